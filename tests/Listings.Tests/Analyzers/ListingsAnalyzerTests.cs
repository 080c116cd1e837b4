using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Listings.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Shouldly;
using Xunit;

namespace Listings.Tests.Analyzers;

/// <summary>
/// <see cref="Listings.Analyzers.ListingsAnalyzer"/> through Roslyn (<c>CompilationWithAnalyzers</c>, listings as additional
/// files, <c>build_property.ListingsSourceRoot</c> as a global option): what the build, the IDE and
/// SARIF see. That its descriptors agree with the catalogue, the docs and the release tracking files
/// is DiagnosticCatalogueTests' to check.
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
}
