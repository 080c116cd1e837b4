using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Listings.Cli;
using Listings.Cli.Commands;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Site;

/// <summary>
/// The site of the French listings, read as a browser reads it (AngleSharp): every link inside it
/// leads somewhere, every entry and act has its page, every consolidated version lists exactly what
/// <c>listings export --on</c> prints for its date, and the search data holds every name and alias.
/// </summary>
public class SiteStructureTests : IClassFixture<FrenchSite>
{
    private readonly FrenchSite _site;
    private static readonly HtmlParser Parser = new();

    public SiteStructureTests(FrenchSite site) => _site = site;

    private IDocument Open(string sitePath) => Parser.ParseDocument(File.ReadAllText(_site.Path_(sitePath)));

    [Fact]
    public void Every_internal_link_resolves_and_no_page_asks_for_anything_outside_the_site()
    {
        var broken = new List<string>();
        var checkedLinks = 0;
        var documents = new Dictionary<string, IDocument>(StringComparer.Ordinal);
        IDocument Load(string file) => documents.TryGetValue(file, out var d) ? d : documents[file] = Parser.ParseDocument(File.ReadAllText(file));
        foreach (var file in _site.HtmlFiles)
        {
            var document = Load(file);
            document.DocumentElement.GetAttribute("lang").ShouldBe("fr", file);
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var target = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("//", StringComparison.Ordinal) || target.StartsWith("data:", StringComparison.Ordinal))
                {
                    broken.Add($"{file}: external reference {target}");
                    continue;
                }
                checkedLinks++;
                var hash = target.IndexOf('#');
                var path = hash >= 0 ? target[..hash] : target;
                var fragment = hash >= 0 ? target[(hash + 1)..] : "";
                var resolved = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
                if (!File.Exists(resolved))
                {
                    broken.Add($"{file}: {target} (no such file)");
                    continue;
                }
                if (fragment.Length > 0 && Load(resolved).GetElementById(fragment) is null)
                    broken.Add($"{file}: {target} (no element #{fragment})");
            }
        }
        broken.ShouldBeEmpty();
        checkedLinks.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public void Every_entry_and_every_act_has_its_page_under_its_name()
    {
        var set = ListingSet.Load(new[] { RepositoryPaths.Listings });
        var entryPages = Directory.EnumerateFiles(_site.Path_("entrees"), "*.html").Where(f => Path.GetFileName(f) != "index.html").ToList();
        var ids = set.Model.Entries.Select(e => e.Id).Distinct().ToList();
        entryPages.Count.ShouldBe(ids.Count);
        var titles = entryPages.Select(f => Parser.ParseDocument(File.ReadAllText(f)).QuerySelector("h1")!.TextContent).ToList();
        foreach (var id in ids)
        {
            var title = set.Model.Entries.Where(e => e.Id == id).OrderBy(e => e.From).Last().Title;
            titles.ShouldContain(title);
        }
        // Each page's timeline has one step per version of the entry, and its removal if it was removed.
        var timelines = entryPages.Select(f => Parser.ParseDocument(File.ReadAllText(f)))
            .ToDictionary(d => d.QuerySelector("h1")!.TextContent + " @ " + d.QuerySelector("td.location")!.TextContent, d => d.QuerySelectorAll("ol.timeline li").Length);
        foreach (var id in ids)
        {
            var versions = set.Model.Entries.Where(e => e.Id == id).OrderBy(e => e.From).ToList();
            var key = versions[^1].Title + " @ " + versions[0].Location;
            timelines[key].ShouldBe(versions.Count + (versions[^1].To.IsKnown ? 1 : 0), key);
        }

        var actPages = Directory.EnumerateFiles(_site.Path_("actes"), "*.html").Where(f => Path.GetFileName(f) != "index.html").ToList();
        actPages.Count.ShouldBe(set.Model.Acts.Count);
        var actTitles = actPages.Select(f => Parser.ParseDocument(File.ReadAllText(f)).QuerySelectorAll("dl.facts dd")[2].TextContent).ToList();
        foreach (var act in set.Model.Acts)
            actTitles.ShouldContain(act.Title);
    }

    [Fact]
    public void Every_consolidated_version_lists_exactly_what_export_on_prints()
    {
        var versions = Directory.EnumerateFiles(_site.Path_("versions"), "*.html").Select(Path.GetFileNameWithoutExtension).Where(n => n != "index").OrderBy(n => n, StringComparer.Ordinal).ToList();
        versions.Count.ShouldBeGreaterThan(10);
        var entriesCompared = 0;
        foreach (var version in versions)
        {
            var output = new StringWriter();
            ExportCommand.Run(new[] { RepositoryPaths.Listings }, "json", DateTime.ParseExact(version!, "yyyy-MM-dd", CultureInfo.InvariantCulture), output).ShouldBe(0);
            var expected = JsonDocument.Parse(output.ToString()).RootElement;
            var page = Open("versions/" + version + ".html");
            var lists = page.QuerySelectorAll("section.list");
            lists.Select(l => l.GetAttribute("data-list")).ShouldBe(expected.EnumerateArray().Select(l => l.GetProperty("id").GetString()), version);
            foreach (var (list, expectedList) in lists.Zip(expected.EnumerateArray()))
            {
                var annexes = list.QuerySelectorAll("section.annex");
                annexes.Select(a => a.GetAttribute("data-annex")).ShouldBe(expectedList.GetProperty("annexes").EnumerateArray().Select(a => a.GetProperty("id").GetString()), version);
                foreach (var (annex, expectedAnnex) in annexes.Zip(expectedList.GetProperty("annexes").EnumerateArray()))
                {
                    annex.QuerySelector(".preamble ul.rules")?.Children.Select(li => li.TextContent).ToList().ShouldBe(Strings(expectedAnnex, "inclusion_rules"));
                    var entries = annex.QuerySelectorAll("li.entry");
                    entries.Length.ShouldBe(expectedAnnex.GetProperty("entries").GetArrayLength(), version + " " + expectedAnnex.GetProperty("id"));
                    foreach (var (entry, expectedEntry) in entries.Zip(expectedAnnex.GetProperty("entries").EnumerateArray()))
                    {
                        var where = version + ": " + expectedEntry.GetProperty("name").GetString();
                        entry.QuerySelector(".name")!.TextContent.ShouldBe(expectedEntry.GetProperty("name").GetString(), where);
                        Items(entry, "ul.aliases").ShouldBe(Strings(expectedEntry, "aliases"), where);
                        Items(entry, "ul.designations").ShouldBe(Strings(expectedEntry, "chemical_designations"), where);
                        Items(entry, "ul.forms").ShouldBe(Strings(expectedEntry, "forms"), where);
                        Items(entry, "ul.exceptions").ShouldBe(Strings(expectedEntry, "exceptions"), where);
                        entry.QuerySelectorAll("ul.acts li .mark").Select(m => m.TextContent).ShouldBe(
                            expectedEntry.GetProperty("acts").EnumerateArray().Select(a => a.GetProperty("mark").GetString()!), where);
                        var actTexts = entry.QuerySelectorAll("ul.acts li").Select(li => li.TextContent).ToList();
                        foreach (var (text, act) in actTexts.Zip(expectedEntry.GetProperty("acts").EnumerateArray()))
                            text.ShouldContain(act.GetProperty("title").GetString()!, Case.Sensitive, where);
                        entry.QuerySelector("dd.location")!.TextContent.ShouldBe(expectedEntry.GetProperty("location").GetString(), where);
                        entriesCompared++;
                    }
                }
            }
        }
        entriesCompared.ShouldBeGreaterThan(2_000);
    }

    private static List<string> Items(IElement entry, string selector) =>
        entry.QuerySelector(selector)?.Children.Select(li => li.TextContent).ToList() ?? new List<string>();

    private static List<string> Strings(JsonElement element, string member) =>
        element.GetProperty(member).EnumerateArray().Select(e => e.GetString()!).ToList();

    [Fact]
    public void The_search_index_holds_every_name_and_alias_under_the_classifiers_key()
    {
        var set = ListingSet.Load(new[] { RepositoryPaths.Listings });
        var data = _site.SearchData();
        var entries = data.GetProperty("entries").EnumerateArray().Select(e => e[1].GetString()!).ToList();
        var indexed = data.GetProperty("names").EnumerateArray()
            .Select(n => (Key: n[0].GetString()!, Name: n[1].GetString()!, Entry: entries[n[2].GetInt32()]))
            .ToHashSet();
        var expected = 0;
        foreach (var entry in set.Model.Entries)
        {
            var title = set.Model.Entries.Where(e => e.Id == entry.Id).OrderBy(e => e.From).Last().Title;
            var names = new[] { entry.Title }.Concat(entry.Names.Where(n => n.Span is not null && Compiler.Analysis.NameIndex.IsFindable(n.Role)).Select(n => n.Text));
            foreach (var name in names)
            {
                indexed.ShouldContain((MatchKey.Of(name), name, title), name);
                expected++;
            }
        }
        // Every alias the export prints on the latest version is there too.
        var latest = data.GetProperty("on").GetString()!;
        var output = new StringWriter();
        ExportCommand.Run(new[] { RepositoryPaths.Listings }, "json", DateTime.ParseExact(latest, "yyyy-MM-dd", CultureInfo.InvariantCulture), output).ShouldBe(0);
        var names2 = indexed.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var list in JsonDocument.Parse(output.ToString()).RootElement.EnumerateArray())
            foreach (var annex in list.GetProperty("annexes").EnumerateArray())
                foreach (var entry in annex.GetProperty("entries").EnumerateArray())
                    foreach (var alias in entry.GetProperty("aliases").EnumerateArray().Concat(entry.GetProperty("chemical_designations").EnumerateArray()))
                        names2.ShouldContain(alias.GetString()!);
        expected.ShouldBeGreaterThan(500);
    }

    [Fact]
    public void The_folding_table_is_the_runtimes_for_every_code_unit()
    {
        var fold = _site.SearchData().GetProperty("fold").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString(), StringComparer.Ordinal);
        for (var i = 0; i <= 0xFFFF; i++)
        {
            var c = (char)i;
            var count = TextFolding.FoldChar(c, out var first, out var second);
            var folded = count == 0 ? "" : count == 1 ? first.ToString() : new string(new[] { first, second });
            if (char.IsSurrogate(c))
            {
                // A lone surrogate cannot be a JSON member name: the page leaves it as it is, as FoldChar does.
                folded.ShouldBe(c.ToString());
                continue;
            }
            var exported = fold.TryGetValue(c.ToString(), out var value) ? value : c.ToString();
            exported.ShouldBe(folded, $"U+{i:X4}");
        }
    }

    [Fact]
    public void Entry_pages_show_the_defects_the_sources_state()
    {
        // "Tabernanthe iboga" sic "Tabernathe iboga" (LANGUAGE.md's example, in the French listings).
        var iboga = Directory.EnumerateFiles(_site.Path_("entrees"), "*.html")
            .Select(f => Parser.ParseDocument(File.ReadAllText(f)))
            .FirstOrDefault(d => d.QuerySelector("h1")!.TextContent.Contains("iboga", StringComparison.OrdinalIgnoreCase));
        iboga.ShouldNotBeNull();
        iboga.QuerySelector("ul.defects")!.TextContent.ShouldContain("sic");
    }
}
