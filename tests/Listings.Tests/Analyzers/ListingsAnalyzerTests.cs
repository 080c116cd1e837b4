using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Listings.Analyzers;
using Listings.Compiler.Analysis;
using Listings.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Shouldly;
using Xunit;
using CatalogueSeverity = Listings.Grammar.Diagnostics.DiagnosticSeverity;

namespace Listings.Tests.Analyzers;

/// <summary>
/// <see cref="ListingsAnalyzer"/> through Roslyn (<c>CompilationWithAnalyzers</c>, listings as additional
/// files, <c>build_property.ListingsSourceRoot</c> as a global option): what the build, the IDE and
/// SARIF see. Its descriptors agree with the catalogue, the docs and the release tracking files.
/// </summary>
public class ListingsAnalyzerTests
{
    // listings/a.listing: the list, its act, annex I; "Cocaïne" on line 4, column 3.
    // listings/b.listing: annex II; "Cocaïne" again on line 2, column 3.
    private const string A = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        annexe I de stupefiants
        - "Cocaïne"
        """;

    private const string B = """
        annexe II de stupefiants
        - "Cocaïne"
        """;

    private static readonly (string Path, string Text)[] Duplicate = { ("listings/a.listing", A), ("listings/b.listing", B) };

    private static IReadOnlyList<DiagnosticDescriptor> Descriptors => new ListingsAnalyzer().SupportedDiagnostics;

    private static Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions WithSeverity(string id, ReportDiagnostic report) =>
        AnalyzerHarness.DefaultOptions.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { [id] = report });

    private static string Show(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics);

    // ---- a finding as a Roslyn diagnostic ------------------------------------------------------

    [Fact]
    public async Task A_duplicate_is_reported_as_a_roslyn_warning_LST2001()
    {
        var diagnostics = await AnalyzerHarness.Run(Duplicate);

        var duplicate = diagnostics.ShouldHaveSingleItem(Show(diagnostics));
        duplicate.Id.ShouldBe("LST2001");
        duplicate.Severity.ShouldBe(DiagnosticSeverity.Warning);
    }

    [Fact]
    public async Task The_duplicates_location_is_the_full_path_of_the_listing_at_the_listings_line_and_column()
    {
        var diagnostics = await AnalyzerHarness.Run(Duplicate);

        var location = diagnostics.ShouldHaveSingleItem(Show(diagnostics)).Location;
        location.Kind.ShouldBe(LocationKind.ExternalFile);
        var span = location.GetLineSpan();
        span.Path.ShouldBe("/repo/listings/b.listing");
        // Roslyn counts from 0: line 2, column 3 of the listing.
        span.StartLinePosition.ShouldBe(new LinePosition(1, 2));
    }

    [Fact]
    public async Task The_duplicates_first_additional_location_is_the_first_entry()
    {
        var diagnostics = await AnalyzerHarness.Run(Duplicate);

        var other = diagnostics.ShouldHaveSingleItem(Show(diagnostics)).AdditionalLocations.ShouldHaveSingleItem();
        var span = other.GetLineSpan();
        span.Path.ShouldBe("/repo/listings/a.listing");
        // line 4, column 3 of the listing
        span.StartLinePosition.ShouldBe(new LinePosition(3, 2));
    }

    [Fact]
    public async Task The_message_names_both_sides_relative_to_the_listings_source_root_as_listings_check_does()
    {
        var diagnostics = await AnalyzerHarness.Run(Duplicate);

        var message = diagnostics.ShouldHaveSingleItem(Show(diagnostics)).GetMessage();
        message.ShouldContain("« Cocaïne » (stupefiants II)");
        message.ShouldContain("stupefiants I at listings/a.listing(4,3)");
        message.ShouldNotContain(AnalyzerHarness.Root);
    }

    [Fact]
    public async Task An_accepted_finding_reaches_roslyn_as_info_with_its_justification()
    {
        var accepted = new[] { ("listings/a.listing", A), ("listings/b.listing", B + "\n    accepte LST2001 \"inscrite aux deux annexes\"") };

        var diagnostics = await AnalyzerHarness.Run(accepted);

        var duplicate = diagnostics.ShouldHaveSingleItem(Show(diagnostics));
        duplicate.Id.ShouldBe("LST2001");
        duplicate.Severity.ShouldBe(DiagnosticSeverity.Info);
        duplicate.GetMessage().ShouldEndWith(" — accepté : « inscrite aux deux annexes »");
    }

    [Fact]
    public async Task The_repositorys_listings_give_no_roslyn_warning_or_error()
    {
        var listings = Directory.EnumerateFiles(RepositoryPaths.Listings, "*.listing", SearchOption.AllDirectories)
            .Select(path => (Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'), File.ReadAllText(path)));

        var diagnostics = await AnalyzerHarness.Run(listings);

        diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty(Show(diagnostics));
    }

    // ---- severity set from outside (.globalconfig: dotnet_diagnostic.LSTnnnn.severity) --------

    [Fact]
    public async Task Setting_LST2001_to_error_turns_the_duplicate_into_an_error()
    {
        // dotnet_diagnostic.LST2001.severity = error in a .globalconfig reaches the compiler as this option.
        var diagnostics = await AnalyzerHarness.Run(Duplicate, WithSeverity("LST2001", ReportDiagnostic.Error));

        var duplicate = diagnostics.ShouldHaveSingleItem(Show(diagnostics));
        duplicate.Id.ShouldBe("LST2001");
        duplicate.Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Setting_LST2001_to_none_silences_the_duplicate()
    {
        var diagnostics = await AnalyzerHarness.Run(Duplicate, WithSeverity("LST2001", ReportDiagnostic.Suppress));

        diagnostics.ShouldBeEmpty(Show(diagnostics));
    }

    [Fact]
    public async Task An_accepted_finding_does_not_fail_the_build_when_its_id_is_set_to_error()
    {
        // An acceptance exists so that what the act really says "stays visible without failing a build"
        // (Acceptances.cs). A project that sets dotnet_diagnostic.LST2001.severity = error to make new
        // duplicates fail must not fail on the ones its listings already accept.
        var accepted = new[] { ("listings/a.listing", A), ("listings/b.listing", B + "\n    accepte LST2001 \"inscrite aux deux annexes\"") };

        var diagnostics = await AnalyzerHarness.Run(accepted, WithSeverity("LST2001", ReportDiagnostic.Error));

        // What fails a build: an error that is not suppressed.
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed).ShouldBeEmpty(Show(diagnostics));
        diagnostics.ShouldContain(d => d.Id == "LST2001" && d.IsSuppressed, Show(diagnostics));
    }

    // ---- descriptors: docs, catalogue, release tracking ----------------------------------------

    [Fact]
    public void Every_descriptors_help_link_is_its_page_in_docs_diagnostics()
    {
        Descriptors.Where(d => d.HelpLinkUri != $"docs/diagnostics/{d.Id}.md")
            .Select(d => $"{d.Id}: {d.HelpLinkUri}")
            .ShouldBeEmpty();
    }

    [Fact]
    public void Every_descriptors_help_page_exists_in_the_repository()
    {
        Descriptors.Where(d => !File.Exists(Path.Combine(RepositoryPaths.Root, d.HelpLinkUri)))
            .Select(d => d.HelpLinkUri)
            .ShouldBeEmpty("help pages missing from the repository");
    }

    [Fact]
    public void The_analyzer_supports_exactly_the_catalogues_ids_and_LST2000_for_its_own_failure()
    {
        var supported = Descriptors.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal);

        supported.ShouldBe(AnalysisDiagnostics.All.Select(r => r.Id).Append("LST2000").OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void LST2000_is_the_analyzers_own_and_not_in_the_catalogue()
    {
        AnalysisDiagnostics.All.ShouldNotContain(r => r.Id == "LST2000");
        Descriptors.ShouldContain(d => d.Id == "LST2000");
    }

    [Fact]
    public void Every_descriptor_has_the_category_severity_and_title_of_its_catalogue_rule()
    {
        var mismatches = new List<string>();
        foreach (var rule in AnalysisDiagnostics.All)
        {
            var descriptor = Descriptors.SingleOrDefault(d => d.Id == rule.Id);
            if (descriptor is null)
            {
                mismatches.Add($"{rule.Id}: no descriptor");
                continue;
            }
            var severity = rule.Severity switch
            {
                CatalogueSeverity.Error => DiagnosticSeverity.Error,
                CatalogueSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            };
            if (descriptor.Category != rule.Category)
                mismatches.Add($"{rule.Id}: category {descriptor.Category}, catalogue {rule.Category}");
            if (descriptor.DefaultSeverity != severity)
                mismatches.Add($"{rule.Id}: severity {descriptor.DefaultSeverity}, catalogue {rule.Severity}");
            if (descriptor.Title.ToString() != rule.Title)
                mismatches.Add($"{rule.Id}: title {descriptor.Title}, catalogue {rule.Title}");
        }

        mismatches.ShouldBeEmpty();
    }

    /// <summary>The rows of AnalyzerReleases.Unshipped.md: <c>LST2001 | Listings.Entries | Warning | …</c>.</summary>
    private static IReadOnlyList<(string Id, string Category, string Severity)> UnshippedRows()
    {
        var path = Path.Combine(RepositoryPaths.Root, "analyzers", "Listings.Analyzers", "AnalyzerReleases.Unshipped.md");
        return File.ReadAllLines(path)
            .Select(line => Regex.Match(line, @"^\s*(?<id>LST\d{4})\s*\|\s*(?<category>[^|]+?)\s*\|\s*(?<severity>[^|]+?)\s*\|"))
            .Where(m => m.Success)
            .Select(m => (m.Groups["id"].Value, m.Groups["category"].Value, m.Groups["severity"].Value))
            .ToList();
    }

    [Fact]
    public void AnalyzerReleases_Unshipped_lists_every_supported_id_once()
    {
        UnshippedRows().Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal)
            .ShouldBe(Descriptors.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void AnalyzerReleases_Unshipped_gives_every_id_its_descriptors_category_and_severity()
    {
        var rows = UnshippedRows();

        Descriptors.Where(d => !rows.Contains((d.Id, d.Category, d.DefaultSeverity.ToString())))
            .Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity}")
            .ShouldBeEmpty();
    }
}
