using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Listings.Cli;
using Listings.Cli.Commands;
using Listings.Cli.Site;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Site;

/// <summary>
/// What <c>listings site</c> writes: the same bytes for the same listings (whatever the culture or the
/// order the files are given in), listing strings escaped wherever they go, errors instead of a site.
/// </summary>
public class SiteOutputTests
{
    private static SortedDictionary<string, byte[]> Build(IReadOnlyList<string> paths)
    {
        var set = ListingSet.Load(paths, RepositoryPaths.Root, analyze: true);
        set.HasErrors.ShouldBeFalse();
        return SiteBuilder.Build(set, set.Diagnostics);
    }

    [Fact]
    public void The_same_listings_give_the_same_bytes_in_another_culture_and_file_order()
    {
        var first = Build(new[] { RepositoryPaths.Listings });
        var files = Directory.EnumerateFiles(RepositoryPaths.Listings, "*.listing", SearchOption.AllDirectories)
            .OrderByDescending(f => f, StringComparer.Ordinal).ToList();
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        SortedDictionary<string, byte[]> second;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            second = Build(files);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
        second.Keys.ShouldBe(first.Keys);
        foreach (var path in first.Keys)
            second[path].SequenceEqual(first[path]).ShouldBeTrue(path + " differs");
        first.Count.ShouldBeGreaterThan(300);
    }

    [Fact]
    public void Listing_strings_are_escaped_in_html_and_in_the_search_data()
    {
        var hostile = new[]
        {
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(2)>",
            "</script><script>alert(3)</script>",
            "a & b ' \u2028 \u2029 <!-- -->",
        };
        var folder = Path.Combine(Path.GetTempPath(), "listings-site-hostile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
            var lines = new List<string>
            {
                "liste stupefiants " + Quote("<b>liste</b>") + " fixée par (1)",
                "acte (1) de stupefiants : arrêté du 22/02/1990 " + Quote("<i>titre</i> & \"x\"") + " JO du 07/06/1990",
                "annexe I de stupefiants",
                "comprend les substances ci-après désignées texte " + Quote("<u>note</u>"),
            };
            for (var i = 0; i < hostile.Length; i++)
                lines.Add("- " + Quote("n" + i + hostile[i]) + " ou " + Quote("a" + i + hostile[i]) + " sic " + Quote("s" + i + hostile[i]) + " défaut " + Quote("d" + i + hostile[i]) + " (1)");
            File.WriteAllText(Path.Combine(folder, "hostile.listing"), string.Join("\n", lines) + "\n");

            var set = ListingSet.Load(new[] { folder }, folder, analyze: true);
            set.HasErrors.ShouldBeFalse(string.Join("\n", set.Diagnostics));
            var site = SiteBuilder.Build(set, set.Diagnostics);
            var parser = new HtmlParser();
            foreach (var (path, bytes) in site.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
            {
                var text = Encoding.UTF8.GetString(bytes);
                text.ShouldNotContain("<script>alert", Case.Insensitive, path);
                text.ShouldNotContain("<img", Case.Insensitive, path);
                text.ShouldNotContain("<b>liste", Case.Insensitive, path);
                text.ShouldNotContain("<i>titre", Case.Insensitive, path);
                var document = parser.ParseDocument(text);
                document.QuerySelectorAll("script").Select(s => s.GetAttribute("src")).ShouldAllBe(src => src != null && src.EndsWith(".js"), path);
                document.QuerySelectorAll("img").ShouldBeEmpty(path);
            }
            // Each entry's page shows its name exactly, and its sic and défaut.
            var pages = site.Where(f => f.Key.StartsWith("entrees/", StringComparison.Ordinal) && f.Key != "entrees/index.html")
                .Select(f => parser.ParseDocument(Encoding.UTF8.GetString(f.Value))).ToList();
            for (var i = 0; i < hostile.Length; i++)
            {
                var page = pages.Single(p => p.QuerySelector("h1")!.TextContent == "n" + i + hostile[i]);
                page.QuerySelector("ul.defects")!.TextContent.ShouldContain("s" + i + hostile[i]);
                page.QuerySelector("ul.defects")!.TextContent.ShouldContain("d" + i + hostile[i]);
            }

            var script = Encoding.UTF8.GetString(site["assets/search-data.js"]);
            script.ShouldNotContain("</script", Case.Insensitive);
            script.ShouldNotContain("<");
            script.ShouldNotContain("\u2028");
            script.ShouldNotContain("\u2029");
            var json = JsonDocument.Parse(script["window.LISTINGS_SEARCH = ".Length..^2]).RootElement;
            var names = json.GetProperty("names").EnumerateArray().Select(n => n[1].GetString()).ToList();
            for (var i = 0; i < hostile.Length; i++)
            {
                names.ShouldContain("n" + i + hostile[i]);
                names.ShouldContain("a" + i + hostile[i]);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Listings_with_errors_give_no_site_and_exit_1()
    {
        var folder = Path.Combine(Path.GetTempPath(), "listings-site-broken-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "broken.listing"), "annexe I de stupefiants\n- \"non fermé\n");
            var output = Path.Combine(folder, "out");
            var error = new StringWriter();
            SiteCommand.Run(new[] { folder }, output, error).ShouldBe(ListingsCli.Failure);
            error.ToString().ShouldContain("error LST");
            Directory.Exists(output).ShouldBeFalse();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_new_site_removes_the_pages_the_last_one_wrote_and_it_does_not_and_leaves_other_files_alone()
    {
        var folder = Path.Combine(Path.GetTempPath(), "listings-site-rewrite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "entrees"));
        try
        {
            File.WriteAllText(Path.Combine(folder, "entrees", "ancienne.html"), "stale");
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");
            File.WriteAllText(Path.Combine(folder, "entrees", "mienne.html"), "mine");
            File.WriteAllText(Path.Combine(folder, SiteBuilder.Manifest), "entrees/ancienne.html\n../outside.html\n");
            var error = new StringWriter();
            SiteCommand.Run(new[] { RepositoryPaths.Listings }, folder, error).ShouldBe(ListingsCli.Success, error.ToString());
            File.Exists(Path.Combine(folder, "entrees", "ancienne.html")).ShouldBeFalse();
            File.Exists(Path.Combine(folder, "entrees", "mienne.html")).ShouldBeTrue();
            File.Exists(Path.Combine(folder, "notes.txt")).ShouldBeTrue();
            File.Exists(Path.Combine(folder, "index.html")).ShouldBeTrue();
            File.ReadAllLines(Path.Combine(folder, SiteBuilder.Manifest)).ShouldContain("index.html");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_command_line_takes_out_and_paths()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, () => Stream.Null);
        ListingsCli.Run(new[] { "site", "--nope" }, context).ShouldBe(ListingsCli.Usage);
        error.ToString().ShouldContain("--nope");

        // --out names a folder: a file there is a usage error that names it, and the file is left as it was.
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "mine");
            var fileError = new StringWriter();
            SiteCommand.Run(new[] { RepositoryPaths.Listings }, file, fileError).ShouldBe(ListingsCli.Usage);
            fileError.ToString().ShouldContain(ListingFiles.Tried(file));
            File.ReadAllText(file).ShouldBe("mine");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
