using System.Linq;
using Listings.Tests.Support;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Listings.Tests.Generator;

public class EmittedCodeTests
{
    [Fact]
    public void The_code_emitted_for_a_small_listing_set_is_the_reviewed_one()
    {
        var (source, diagnostics, _) = GeneratorHarness.Run(Fixtures.Set());

        diagnostics.ShouldBeEmpty();
        Snapshot.Match(source!);
    }

    [Fact]
    public void The_emitted_code_compiles_without_warnings_in_the_consuming_project()
    {
        var (_, _, output) = GeneratorHarness.Run(Fixtures.Set());

        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public void The_namespace_and_class_name_come_from_the_consuming_projects_properties()
    {
        var (source, _, output) = GeneratorHarness.Run(Fixtures.Set());

        output.GetTypeByMetadataName("Fixture.Listings.FixtureListings").ShouldNotBeNull();
        source!.ShouldContain("public static global::Listings.Runtime.ListClassifier Stupefiants");
    }

    [Fact]
    public void A_listing_with_a_syntax_error_reports_it_at_its_location_and_still_generates_the_rest()
    {
        var broken = Fixtures.Set().Append(("listings/broken.listing", "annexe II de stupefiants\n- \"Codéine\" ou\n")).ToArray();

        var (source, diagnostics, _) = GeneratorHarness.Run(broken);

        var error = diagnostics.Single(d => d.Id == "LST0001");
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        error.Location.GetLineSpan().Path.ShouldBe(GeneratorHarness.Root + "listings/broken.listing");
        error.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(2); // 0-based: the empty third line, at end of file
        source.ShouldNotBeNull();
        source.ShouldContain("\"cocaine\"");
    }

    [Fact]
    public void A_project_without_listings_gets_no_generated_source_and_no_error()
    {
        var (source, diagnostics, _) = GeneratorHarness.Run(System.Array.Empty<(string, string)>());

        source.ShouldBeNull();
        diagnostics.ShouldBeEmpty();
    }
}
