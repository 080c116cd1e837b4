using System;
using System.Linq;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Diff;

/// <summary>
/// <c>listings diff --from DATE --to DATE</c> on the real listings, over two transitions the seed
/// documents: the arrêtés (26), (27), (28) of 2008–2009, and the HHC decision of 12/06/2023. What is
/// expected — the entries, their annexes, the acts and their dates — is read off the seed text.
/// </summary>
public class RealTransitionTests
{
    private const string Stup = SeedText.Stupefiants;
    private static readonly int[] Marks2008To2009 = { 26, 27, 28 };

    private static DiffOutput From2008To2009(string format = "json") => DiffRunner.Dates("2008-01-01", "2009-06-01", format);

    private static DiffOutput From2023To2024(string format = "json") => DiffRunner.Dates("2023-01-01", "2024-01-01", format);

    /// <summary>The seed's bullets marked (26), (27) or (28), each with the entry of the listings that transcribes it.</summary>
    private static (SeedBullet Bullet, string Title, int Mark)[] MarkedEntries()
    {
        var bullets = SeedMarks.BulletsMarked(Stup, Marks2008To2009);
        var matches = SeedEntries.Match();
        return bullets.Select(b =>
        {
            var match = matches.Single(m => m.Bullet == b);
            match.Problem.ShouldBeNull();
            return (b, match.Entry!.Title.Value, SeedMarks.Of(b).Intersect(Marks2008To2009).Single());
        }).ToArray();
    }

    [Fact]
    public void From_2008_to_2009_adds_exactly_the_entries_of_the_seed_bullets_marked_26_27_28_in_their_annexes()
    {
        var expected = MarkedEntries().Select(e => $"{e.Bullet.ListId} {e.Bullet.AnnexId} {e.Title}").OrderBy(s => s, StringComparer.Ordinal);

        var report = From2008To2009().Json;

        report.Items("added").Select(c => $"{c.Place("after")} {c.Str("entry")}").OrderBy(s => s, StringComparer.Ordinal)
            .ShouldBe(expected);
    }

    [Fact]
    public void From_2008_to_2009_credits_each_added_entry_to_the_act_its_seed_bullet_is_marked_with()
    {
        var expected = MarkedEntries().Select(e => $"{e.Title} ({e.Mark})").OrderBy(s => s, StringComparer.Ordinal);

        var report = From2008To2009().Json;

        report.Items("added").Select(c => $"{c.Str("entry")} {c.GetProperty("act").Str("mark")}").OrderBy(s => s, StringComparer.Ordinal)
            .ShouldBe(expected);
    }

    [Fact]
    public void From_2008_to_2009_removes_moves_and_changes_nothing()
    {
        var report = From2008To2009().Json;

        foreach (var section in new[] { "removed", "moved", "exceptions_changed", "aliases_changed" })
            report.Items(section).ShouldBeEmpty(section);
    }

    [Fact]
    public void From_2008_to_2009_the_acts_added_are_26_27_28_with_the_signature_and_JO_dates_of_the_seeds_act_table()
    {
        var expected = SeedText.NumberedActs(Stup).Where(a => Marks2008To2009.Contains(a.Mark))
            .Select(a => $"({a.Mark}) signed {a.Signed:yyyy-MM-dd} JO {a.Published:yyyy-MM-dd} in force {SeedDates.InForce(Stup, a.Mark):yyyy-MM-dd} assumed False");

        var report = From2008To2009().Json;

        report.Items("acts_added")
            .Select(a => $"{a.Str("mark")} signed {a.Str("signed")} JO {a.Str("published")} in force {a.Str("in_force")} assumed {a.GetProperty("in_force_assumed").GetBoolean()}")
            .ShouldBe(expected);
    }

    [Fact]
    public void From_2023_to_2024_adds_exactly_the_three_substances_of_the_seeds_HHC_decision()
    {
        var (_, names) = SeedText.HhcDecision();
        names.Count.ShouldBe(3);

        var report = From2023To2024().Json;

        report.Items("added").Select(c => c.Str("entry")).OrderBy(s => s, StringComparer.Ordinal)
            .ShouldBe(names.OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void From_2023_to_2024_the_HHC_substances_go_to_the_stupefiants_in_an_annex_the_seed_does_not_state()
    {
        var report = From2023To2024().Json;

        report.Items("added").Select(c => c.Place("after")).Distinct().ShouldBe(new[] { "stupefiants inconnue" });
    }

    [Fact]
    public void From_2023_to_2024_removes_moves_and_changes_nothing()
    {
        var report = From2023To2024().Json;

        foreach (var section in new[] { "removed", "moved", "exceptions_changed", "aliases_changed" })
            report.Items(section).ShouldBeEmpty(section);
    }

    [Fact]
    public void From_2023_to_2024_the_one_act_added_is_the_decision_of_the_seeds_date_with_an_assumed_entry_into_force()
    {
        var (signed, _) = SeedText.HhcDecision();

        var act = From2023To2024().Json.Items("acts_added").ShouldHaveSingleItem();

        act.Str("signed").ShouldBe(signed.ToString("yyyy-MM-dd"));
        act.GetProperty("in_force_assumed").GetBoolean().ShouldBeTrue();
        // No JO date: the earliest day it could apply, the day after the decision (README; ActModel).
        act.Str("in_force").ShouldBe(signed.AddDays(1).ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void From_2023_to_2024_each_HHC_substance_is_credited_to_that_decision()
    {
        var report = From2023To2024().Json;
        var decision = report.Items("acts_added").Single().Str("mark");

        report.Items("added").Select(c => c.GetProperty("act").Str("mark")).Distinct().ShouldBe(new[] { decision });
    }

    [Fact]
    public void Markdown_from_2008_to_2009()
    {
        var output = From2008To2009("markdown");

        output.ExitCode.ShouldBe(0);
        Snapshot.Match(DiffRunner.FromRepositoryRoot(output.Text));
    }

    [Fact]
    public void Markdown_from_2023_to_2024()
    {
        var output = From2023To2024("markdown");

        output.ExitCode.ShouldBe(0);
        Snapshot.Match(DiffRunner.FromRepositoryRoot(output.Text));
    }
}
