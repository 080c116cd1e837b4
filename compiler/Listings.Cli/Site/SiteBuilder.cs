using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Listings.Cli.Export;
using Listings.Compiler.Analysis;
using Listings.Compiler.Diff;
using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Runtime;

namespace Listings.Cli.Site;

/// <summary>
/// The static site of a listing set: the file at each path of the site, as bytes. Nothing in it
/// depends on the machine, the day, the culture or the order the files were read in: the same
/// listings give the same bytes.
/// </summary>
public static class SiteBuilder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static SortedDictionary<string, byte[]> Build(ListingSet set, IReadOnlyList<ListingDiagnostic> findings)
    {
        var data = new SiteData(set);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        void Add(string path, string text) => files[path] = Utf8.GetBytes(text);

        CalendarDay? latest = data.Versions.Count > 0 ? data.Versions[^1] : null;
        Add("assets/site.css", Asset("site.css"));
        Add("assets/site.js", Asset("site.js"));
        Add("assets/search-data.js", SiteSearch.Script(data, latest));
        Add("index.html", SitePages.Home(data));
        Add("versions/index.html", SitePages.VersionIndex(data));
        for (var i = 0; i < data.Versions.Count; i++)
            Add(SiteData.VersionPage(data.Versions[i]), SitePages.Version(data, i));
        Add("entrees/index.html", SitePages.EntryIndex(data));
        foreach (var id in data.EntryIds)
            Add(data.EntryPage[id], SitePages.Entry(data, id));
        Add("actes/index.html", SitePages.ActIndex(data));
        foreach (var act in data.Acts)
            Add(data.ActPage[act.Key], SitePages.Act(data, act));
        var docs = DocsPages();
        Add("constats.html", SitePages.Findings(data, findings, docs.Keys.ToHashSet(StringComparer.Ordinal)));
        foreach (var doc in docs)
            Add("docs/" + doc.Key + ".html", SitePages.Doc(doc.Key, doc.Value, docs.Keys.ToHashSet(StringComparer.Ordinal)));
        return files;
    }

    /// <summary>The list of the files a site wrote, kept in its folder so that the next site removes those it no longer writes.</summary>
    public const string Manifest = ".listings-site";

    /// <summary>
    /// Writes the files under <paramref name="outDir"/> (created if needed). Files an earlier site
    /// wrote there (its <see cref="Manifest"/>) and this one does not (the page of an entry since
    /// renamed) are removed, so that the folder is the site and nothing else of it; files the site
    /// never wrote are left alone.
    /// </summary>
    public static void Write(SortedDictionary<string, byte[]> files, string outDir)
    {
        var manifest = Path.Combine(outDir, Manifest);
        if (File.Exists(manifest))
        {
            foreach (var old in File.ReadAllLines(manifest))
            {
                // Only what a site writes: relative paths of the site's own shape, nothing above the folder.
                if (old.Length == 0 || files.ContainsKey(old) || old.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(old)
                    || !(old.EndsWith(".html", StringComparison.Ordinal) || old.EndsWith(".js", StringComparison.Ordinal) || old.EndsWith(".css", StringComparison.Ordinal)))
                    continue;
                var path = Path.Combine(outDir, old.Replace('/', Path.DirectorySeparatorChar));
                if (File.Exists(path))
                    File.Delete(path);
            }
        }
        foreach (var file in files)
        {
            var path = Path.Combine(outDir, file.Key.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Value);
        }
        File.WriteAllText(manifest, string.Concat(files.Keys.Select(k => k + "\n")), Utf8);
    }

    private static string Asset(string name)
    {
        using var stream = typeof(SiteBuilder).Assembly.GetManifestResourceStream("site/" + name)
            ?? throw new InvalidOperationException($"the site's asset {name} is not in the tool");
        using var reader = new StreamReader(stream, Utf8);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    /// <summary>The diagnostics' docs pages the tool carries (docs/diagnostics/*.md), by id ("LST2001", "README").</summary>
    private static SortedDictionary<string, string> DocsPages()
    {
        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var assembly = typeof(SiteBuilder).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("docs/", StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Utf8);
            pages[name["docs/".Length..^".md".Length]] = reader.ReadToEnd().Replace("\r\n", "\n");
        }
        return pages;
    }
}
