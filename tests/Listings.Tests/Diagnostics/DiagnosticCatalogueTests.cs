using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Listings.Analyzers;
using Listings.Generator;
using Listings.Grammar.Diagnostics;
using Listings.Tests.Support;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using Severity = Listings.Grammar.Diagnostics.DiagnosticSeverity;

namespace Listings.Tests.Diagnostics;

/// <summary>
/// The diagnostics catalogue (<see cref="DiagnosticCatalogue"/>) is complete: every id has a title, one
/// Roslyn descriptor with an absolute help link, a docs page, a row in docs/diagnostics/README.md and
/// one line in the release-tracking files of the project that reports it; and no id is used anywhere
/// in the product without being in the catalogue.
/// </summary>
public class DiagnosticCatalogueTests
{
    public static TheoryData<string> Ids => new(DiagnosticCatalogue.All.Select(r => r.Id));

    private static readonly Regex IdPattern = new(@"\bLST\d{4}\b", RegexOptions.CultureInvariant);

    private static IReadOnlyList<DiagnosticDescriptor> Descriptors =>
        ListingsGenerator.SupportedDiagnostics.Concat(new ListingsAnalyzer().SupportedDiagnostics).ToList();

    private static string Docs => Path.Combine(RepositoryPaths.Root, "docs", "diagnostics");

    /// <summary>MSBuild's RepositoryUrl, as Directory.Build.props sets it (the one place it is written).</summary>
    private static string RepositoryUrl
    {
        get
        {
            var props = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
            var urls = Regex.Matches(props, "<RepositoryUrl>(?<url>[^<]*)</RepositoryUrl>");
            urls.Count.ShouldBe(1, "Directory.Build.props sets RepositoryUrl once");
            return urls[0].Groups["url"].Value.Trim();
        }
    }

    /// <summary>The project whose release-tracking files must list the id: the one that reports it.</summary>
    private static string ReportingProject(DiagnosticRule rule) => rule.Kind is DiagnosticKind.Syntax or DiagnosticKind.Binding
        ? Path.Combine("compiler", "Listings.Generator")
        : Path.Combine("analyzers", "Listings.Analyzers");

    private static readonly string[] Projects = { Path.Combine("compiler", "Listings.Generator"), Path.Combine("analyzers", "Listings.Analyzers") };

    /// <summary>The "New Rules" rows of a project's AnalyzerReleases.Shipped.md and Unshipped.md.</summary>
    private static IReadOnlyList<(string Id, string Category, string Severity)> ReleaseRows(string project)
    {
        var rows = new List<(string, string, string)>();
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            var path = Path.Combine(RepositoryPaths.Root, project, file);
            if (!File.Exists(path))
                continue;
            var section = "";
            foreach (var line in File.ReadAllLines(path))
            {
                if (line.StartsWith("###", StringComparison.Ordinal))
                    section = line.TrimStart('#').Trim();
                var row = Regex.Match(line, @"^\s*(?<id>LST\d{4})\s*\|\s*(?<category>[^|]+?)\s*\|\s*(?<severity>[^|]+?)\s*\|");
                if (row.Success && section == "New Rules")
                    rows.Add((row.Groups["id"].Value, row.Groups["category"].Value, row.Groups["severity"].Value));
            }
        }
        return rows;
    }

    private static string Text(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static DiagnosticSeverity Roslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_has_a_title_one_descriptor_an_absolute_help_link_a_docs_page_and_a_release_line(string id)
    {
        var rule = DiagnosticCatalogue.Find(id)!;
        var lacks = new List<string>();

        if (string.IsNullOrWhiteSpace(rule.Title) || rule.Title.Contains(id) || rule.Title.StartsWith("Listing diagnostic", StringComparison.Ordinal))
            lacks.Add($"a real title (has '{rule.Title}')");
        if (string.IsNullOrWhiteSpace(rule.Description))
            lacks.Add("a description");

        var descriptors = Descriptors.Where(d => d.Id == id).ToList();
        if (descriptors.Count != 1)
            lacks.Add($"exactly one Roslyn descriptor (has {descriptors.Count})");
        foreach (var descriptor in descriptors)
        {
            if (descriptor.Title.ToString() != rule.Title || descriptor.Category != rule.Category
                || descriptor.DefaultSeverity != Roslyn(rule.Severity) || descriptor.Description.ToString() != rule.Description)
                lacks.Add($"a descriptor that says what the catalogue says (title '{descriptor.Title}', {descriptor.Category}, {descriptor.DefaultSeverity})");
            var expected = RepositoryUrl.TrimEnd('/') + "/blob/main/docs/diagnostics/" + id + ".md";
            if (!Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || descriptor.HelpLinkUri != expected)
                lacks.Add($"an absolute help link {expected} built from RepositoryUrl (has '{descriptor.HelpLinkUri}')");
            if (descriptor.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable) == rule.IsConfigurable)
                lacks.Add(rule.IsConfigurable ? "a configurable descriptor" : "the NotConfigurable tag (an error of the parser or binder)");
        }

        var page = Path.Combine(Docs, id + ".md");
        if (!File.Exists(page))
            lacks.Add($"a docs page docs/diagnostics/{id}.md");
        else
        {
            var lines = File.ReadAllLines(page);
            if (lines.FirstOrDefault() != $"# {id} — {rule.Title}")
                lacks.Add($"a docs page titled '# {id} — {rule.Title}' (has '{lines.FirstOrDefault()}')");
            if (!lines.Any(l => l.Contains($"**Severity:** {Text(rule.Severity)} ") && l.Contains($"**Category:** {rule.Category} ")))
                lacks.Add($"a docs page giving severity {Text(rule.Severity)} and category {rule.Category}");
        }
        var readme = File.ReadAllLines(Path.Combine(Docs, "README.md"))
            .Where(l => l.StartsWith($"| [{id}]({id}.md) |", StringComparison.Ordinal)).ToList();
        if (readme.Count != 1 || !readme[0].Equals($"| [{id}]({id}.md) | {rule.Title} | {Text(rule.Severity)} |", StringComparison.OrdinalIgnoreCase))
            lacks.Add($"one row '| [{id}]({id}.md) | {rule.Title} | {Text(rule.Severity)} |' in docs/diagnostics/README.md");

        var project = ReportingProject(rule);
        var releases = ReleaseRows(project).Where(r => r.Id == id).ToList();
        if (releases.Count != 1 || releases[0] != (id, rule.Category, Roslyn(rule.Severity).ToString()))
            lacks.Add($"one line '{id} | {rule.Category} | {Roslyn(rule.Severity)} | …' in {project}/AnalyzerReleases.*.md (has {releases.Count})");

        lacks.ShouldBeEmpty($"{id} lacks");
    }

    [Fact]
    public void Every_id_is_LSTnnnn_once_and_its_thousand_says_who_reports_it()
    {
        var ids = DiagnosticCatalogue.All.Select(r => r.Id).ToList();
        ids.ShouldBeUnique();
        ids.ShouldAllBe(id => IdPattern.IsMatch(id) && id.Length == 7);
        static bool ReportedByItsThousand(DiagnosticRule rule) => rule.Id[3] switch
        {
            '0' => rule.Kind == DiagnosticKind.Syntax,
            '1' => rule.Kind == DiagnosticKind.Binding,
            '2' => rule.Kind is DiagnosticKind.Finding or DiagnosticKind.Analysis or DiagnosticKind.SourceDefect,
            _ => false,
        };
        DiagnosticCatalogue.All.Where(r => !ReportedByItsThousand(r))
            .Select(r => $"{r.Id}: {r.Kind}")
            .ShouldBeEmpty("LST0xxx are the parser's, LST1xxx the binder's, LST2xxx the analyzers'");
    }

    [Fact]
    public void No_docs_page_release_line_or_descriptor_names_an_id_outside_the_catalogue()
    {
        var known = DiagnosticCatalogue.All.Select(r => r.Id).ToHashSet();
        var strays = Directory.EnumerateFiles(Docs, "LST*.md").Select(Path.GetFileNameWithoutExtension)
            .Concat(Projects.SelectMany(ReleaseRows).Select(r => r.Id))
            .Concat(Descriptors.Select(d => d.Id))
            .Where(id => !known.Contains(id!))
            .Distinct();

        strays.ShouldBeEmpty();
    }

    [Fact]
    public void No_id_is_used_in_the_product_without_being_in_the_catalogue()
    {
        // Sources, docs, listings, scripts: every LSTnnnn written anywhere but in the tests (which may
        // name ids that do not exist, to check how they are refused).
        var skipped = new HashSet<string>(StringComparer.Ordinal) { ".git", "bin", "obj", "tests", "node_modules", "TestResults" };
        var extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".cs", ".md", ".listing", ".sh", ".props", ".targets", ".csproj", ".json" };
        var known = DiagnosticCatalogue.All.Select(r => r.Id).ToHashSet();
        var unknown = new List<string>();
        var scanned = 0;
        void Scan(string folder)
        {
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => extensions.Contains(Path.GetExtension(f))))
            {
                scanned++;
                foreach (Match match in IdPattern.Matches(File.ReadAllText(file)))
                    if (!known.Contains(match.Value))
                        unknown.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)}: {match.Value}");
            }
            foreach (var sub in Directory.EnumerateDirectories(folder).Where(d => !skipped.Contains(Path.GetFileName(d))))
                Scan(sub);
        }

        Scan(RepositoryPaths.Root);

        scanned.ShouldBeGreaterThan(100, "the scan reached the grammar, compiler, analyzers, docs and listings");
        unknown.Distinct().ShouldBeEmpty("ids used but missing from DiagnosticCatalogue");
    }

    [Fact]
    public void The_suppressor_suppresses_exactly_the_ids_a_listing_may_accept()
    {
        var suppressions = new AcceptedFindingsSuppressor().SupportedSuppressions;

        suppressions.Select(s => s.SuppressedDiagnosticId).OrderBy(id => id, StringComparer.Ordinal)
            .ShouldBe(DiagnosticCatalogue.All.Where(r => r.IsAcceptable).Select(r => r.Id));
        suppressions.Select(s => s.Id).ShouldBeUnique();
        suppressions.ShouldAllBe(s => s.Id == "LSTA" + s.SuppressedDiagnosticId.Substring(3));
    }

    [Fact]
    public void A_listing_may_accept_the_analyzers_findings_and_nothing_else()
    {
        DiagnosticCatalogue.All.Where(r => r.IsAcceptable).Select(r => r.Id)
            .ShouldBe(new[] { "LST2001", "LST2002", "LST2003", "LST2004", "LST2005", "LST2006", "LST2007", "LST2008", "LST2009", "LST2010", "LST2011" });
        DiagnosticCatalogue.AcceptableRange.ShouldBe("LST2001–LST2011");
    }

    [Fact]
    public void Accepting_an_id_that_cannot_be_accepted_names_the_acceptable_range()
    {
        var findings = Analyzed.Findings("""
            liste stupefiants "Liste des stupéfiants" fixée par (1)
            acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
            annexe I de stupefiants
            - "Cocaïne"
                accepte LST1004 "un avertissement du compilateur ne s'accepte pas"
            """);

        findings.Single("LST2012").Message.ShouldBe(
            "LST1004 cannot be accepted: only the analyzers' findings (LST2001–LST2011) can; fix what LST1004 reports instead");
    }
}
