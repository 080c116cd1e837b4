using System.Collections.Generic;
using System.Linq;
using Listings.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using Xunit;

namespace Listings.Tests.Generator;

/// <summary>
/// The IDE reruns the generator on every keystroke: work must be redone only where its input changed.
/// </summary>
public class IncrementalTests
{
    private static readonly string[] AllSteps =
    {
        TrackingNames.ListingText, TrackingNames.Parsed, TrackingNames.Collected, TrackingNames.Bound, TrackingNames.Emitted,
    };

    private static List<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static bool Reused(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    [Fact]
    public void An_unrelated_CSharp_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(Fixtures.Set()).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }")));

        foreach (var step in AllSteps)
            Reasons(driver, step).ShouldAllBe(r => Reused(r), step);
    }

    [Fact]
    public void Editing_one_listing_reparses_that_file_only_and_regenerates()
    {
        var texts = GeneratorHarness.Texts(Fixtures.Set());
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        var edited = texts[2];
        var replacement = new GeneratorHarness.InMemoryText(edited.Path, edited.GetText().ToString() + "- \"Hexahydrocannabiphorol\" ou \"HHCP\"\n");

        driver = driver.ReplaceAdditionalText(edited, replacement).RunGenerators(compilation);

        var parsed = Reasons(driver, TrackingNames.Parsed);
        parsed.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        parsed.Count(Reused).ShouldBe(2);
        Reasons(driver, TrackingNames.Emitted).ShouldAllBe(r => r == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void An_edit_that_does_not_change_what_a_listing_says_emits_nothing_new()
    {
        var texts = GeneratorHarness.Texts(Fixtures.Set());
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        var edited = texts[1];
        // A trailing comment changes the file's text, not a single statement or location in it.
        var replacement = new GeneratorHarness.InMemoryText(edited.Path, edited.GetText().ToString() + "\n# revu le 21/11/2026\n");

        driver = driver.ReplaceAdditionalText(edited, replacement).RunGenerators(compilation);

        Reasons(driver, TrackingNames.ListingText).ShouldContain(IncrementalStepRunReason.Modified);
        Reasons(driver, TrackingNames.Parsed).ShouldAllBe(r => Reused(r));
        Reasons(driver, TrackingNames.Emitted).ShouldAllBe(r => Reused(r));
    }
}
