using System;
using System.Linq;
using Listings.Runtime;
using Listings.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using Xunit;

namespace Listings.Tests.Generator;

/// <summary>Projects the package must build for: listings laid out as the project likes, any C# version from 7.3.</summary>
public class ConsumerProjectsTests
{
    private const string TypeName = "Fixture.Listings.FixtureListings";
    private static readonly DateTime On = new(2024, 1, 1);

    private static GeneratorHarness.InMemoryText Listing(string path, string text) => new(path, text);

    [Fact]
    public void Two_files_of_the_same_name_outside_the_source_root_are_both_compiled_and_shown_with_their_folder()
    {
        var listings = new[]
        {
            Listing("/elsewhere/fr/00-liste.listing", Fixtures.List),
            Listing("/elsewhere/annexes/00-liste.listing", Fixtures.AnnexI),
        };

        var (_, diagnostics, output) = GeneratorHarness.Run(listings);

        diagnostics.ShouldBeEmpty();
        using var generated = GeneratedAssembly.Load(output, TypeName);
        var answer = generated.Classify("chlorhydrate de cocaïne", On);
        answer.Status.ShouldBe(ClassificationStatus.Listed);
        answer.Classifications.Single().Location.ShouldBe("annexes/00-liste.listing(5,1)");
    }

    [Fact]
    public void A_mistake_in_either_of_two_files_of_the_same_name_is_reported_at_that_file()
    {
        var listings = new[]
        {
            Listing("/elsewhere/fr/00-liste.listing", Fixtures.List),
            Listing("/elsewhere/annexes/00-liste.listing", Fixtures.AnnexI + "\n- \"Codéine\" ou\n"),
            Listing("/other/annexes/00-liste.listing", "annexe II de stupefiants\n- \"Morphine\" ou\n"),
        };

        var (source, diagnostics, _) = GeneratorHarness.Run(listings);

        diagnostics.Where(d => d.Id == "LST0001").Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p, StringComparer.Ordinal)
            .ShouldBe(new[] { "/elsewhere/annexes/00-liste.listing", "/other/annexes/00-liste.listing" });
        source.ShouldNotBeNull();
        source.ShouldContain("\"elsewhere/annexes/00-liste.listing(5,1)\"");
    }

    [Fact]
    public void The_code_generated_for_a_project_at_CSharp_7_3_compiles_and_classifies()
    {
        var csharp73 = new CSharpParseOptions(LanguageVersion.CSharp7_3);

        var (source, diagnostics, output) = GeneratorHarness.Run(GeneratorHarness.Texts(Fixtures.Set()), parseOptions: csharp73);

        diagnostics.ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ShouldBeEmpty();
        source.ShouldBe(GeneratorHarness.Run(Fixtures.Set()).Source!.Replace("#nullable enable\n", ""));
        using var generated = GeneratedAssembly.Load(output, TypeName);
        generated.Classify("chlorhydrate de cocaïne", On).Status.ShouldBe(ClassificationStatus.Listed);
    }
}
