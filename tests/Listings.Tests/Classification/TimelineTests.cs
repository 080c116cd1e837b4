using System;
using System.Linq;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Classifying;

/// <summary>
/// A classification is as of a date (the act tables of sources/). An entry an amending arrêté added is listed from
/// the day that arrêté entered into force — the day after the JO date the seed's act table prints —
/// and not the day before. The dates are read off the seed, never copied here.
/// </summary>
public class TimelineTests
{
    private const string Stup = SeedText.Stupefiants;
    private const string Psy = SeedText.Psychotropes;

    public static TheoryData<string, int, string> AddedEntries => new()
    {
        { Stup, 2, "Khat" },
        { Stup, 3, "Etryptamine" },
        { Stup, 6, "MBDB" },
        { Stup, 8, "2-CB" },
        { Stup, 8, "GHB" },
        { Stup, 9, "Nabilone" },
        { Stup, 13, "Dihydroétorphine" },
        { Stup, 13, "Rémifentanil" },
        { Stup, 18, "TMA-2" },
        { Stup, 19, "2-CT-2" },
        { Stup, 20, "2-CT-7" },
        { Stup, 22, "2-CI" },
        { Stup, 23, "Peyotl" },
        { Stup, 24, "harmine" },
        { Stup, 25, "ibogaïne" },
        { Stup, 26, "Oripavine" },
        { Stup, 27, "BZP" },
        { Stup, 28, "JWH-018" },
        { Psy, 5, "Flunitrazépam" },
        { Psy, 5, "Aminorex" },
        { Psy, 10, "zopiclone" },
        { Psy, 14, "zaléplone" },
        { Psy, 16, "Zolpidem" },
    };

    [Theory]
    [MemberData(nameof(AddedEntries))]
    public void An_added_entry_is_not_listed_the_day_before_its_act_enters_into_force(string list, int mark, string name)
    {
        SeedSectionOf(list, mark, name);
        var dayBefore = SeedDates.InForce(list, mark).AddDays(-1);

        var answer = Ask.Name(name, dayBefore);

        answer.HasList(list).ShouldBeFalse(answer.Show());
    }

    [Theory]
    [MemberData(nameof(AddedEntries))]
    public void An_added_entry_is_listed_in_its_seed_annex_from_the_day_its_act_enters_into_force(string list, int mark, string name)
    {
        var (section, _) = SeedSectionOf(list, mark, name);

        var answer = Ask.Name(name, SeedDates.InForce(list, mark));

        answer.Has(section.ListId, section.AnnexId).ShouldBeTrue(answer.Show());
    }

    [Theory]
    [MemberData(nameof(AddedEntries))]
    public void The_answer_cites_the_amending_act_and_the_day_after_its_JO_date(string list, int mark, string name)
    {
        var inForce = SeedDates.InForce(list, mark);

        var answer = Ask.Name(name);

        answer.Classifications.Where(c => c.List == list).SelectMany(c => c.Acts)
            .ShouldContain(a => a.Mark == $"({mark})" && a.InForce == inForce && !a.InForceAssumed, answer.Show());
    }

    [Fact]
    public void An_entry_of_the_founding_arrete_is_listed_from_the_day_after_its_JO_and_not_before()
    {
        // "(1) Arrêté du 22 février 1990 fixant la liste des substances classées comme stupéfiants (J.O. du 07/06/1990)"
        var published = SeedDates.Published(Stup, 1);

        var onPublication = Ask.Name("Cocaïne", published);
        var dayAfter = Ask.Name("Cocaïne", published.AddDays(1));

        onPublication.Status.ShouldBe(ClassificationStatus.NotListed, onPublication.Show());
        dayAfter.Has(Stup, "I").ShouldBeTrue(dayAfter.Show());
    }

    [Fact]
    public void A_psychotrope_of_the_founding_arrete_is_listed_from_the_day_after_its_JO_and_not_before()
    {
        var published = SeedDates.Published(Psy, 1);

        var onPublication = Ask.Name("Diazépam", published);
        var dayAfter = Ask.Name("Diazépam", published.AddDays(1));

        onPublication.Status.ShouldBe(ClassificationStatus.NotListed, onPublication.Show());
        dayAfter.Has(Psy, "1").ShouldBeTrue(dayAfter.Show());
    }

    [Fact]
    public void An_answer_cites_no_act_that_had_not_entered_into_force_on_the_date_asked()
    {
        // "Amphétamine,(21) …": act (21) (J.O. du 15/09/2004) changed an entry of the founding arrêté
        var before21 = SeedDates.InForce(Stup, 21).AddDays(-1);

        var answer = Ask.Name("Amphétamine", before21);

        answer.Has(Stup, "III").ShouldBeTrue(answer.Show());
        answer.Classifications.SelectMany(c => c.Acts).ShouldAllBe(a => a.InForce <= before21, answer.Show());
    }

    public static TheoryData<string> HhcNames()
    {
        // the three names the seed's decision adds, and the aliases its bullets give them
        var data = new TheoryData<string>();
        foreach (var name in SeedText.HhcDecision().Names)
            data.Add(name);
        foreach (var alias in new[] { "HHC", "HHC-acétate", "HHCO", "HHCP" })
            data.Add(alias);
        return data;
    }

    [Theory]
    [MemberData(nameof(HhcNames))]
    public void An_HHC_substance_is_not_listed_on_the_day_the_decision_was_signed(string name)
    {
        var signed = SeedText.HhcDecision().Signed.ToDateTime(TimeOnly.MinValue);

        var answer = Ask.Name(name, signed);

        answer.Status.ShouldBe(ClassificationStatus.NotListed, answer.Show());
    }

    [Theory]
    [MemberData(nameof(HhcNames))]
    public void An_HHC_substance_is_a_stupefiant_after_the_decision(string name)
    {
        var dayAfter = SeedText.HhcDecision().Signed.ToDateTime(TimeOnly.MinValue).AddDays(1);

        var answer = Ask.Name(name, dayAfter);

        answer.HasList(Stup).ShouldBeTrue(answer.Show());
    }

    [Theory]
    [MemberData(nameof(HhcNames))]
    public void An_HHC_answer_flags_the_decisions_entry_into_force_as_assumed(string name)
    {
        // the seed gives the decision's signature date only: no JO date, no date of entry into force
        var answer = Ask.Name(name);

        var acts = answer.Classifications.Where(c => c.List == Stup).SelectMany(c => c.Acts).ToList();
        acts.ShouldNotBeEmpty(answer.Show());
        acts.ShouldAllBe(a => a.InForceAssumed, answer.Show());
    }

    /// <summary>
    /// The seed bullet of <paramref name="list"/> that names <paramref name="name"/> (first, or between
    /// commas), checked to carry the act's mark itself or under the heading it stands below
    /// (the cannabinoids of annex IV carry theirs on "Les cannabinoïdes suivants … (28) :").
    /// </summary>
    private static (SeedSection Section, SeedBullet Bullet) SeedSectionOf(string list, int mark, string name)
    {
        var key = NameFolding.Key(name);
        var bullet = SeedText.AnnexBullets().SingleOrDefault(b => b.ListId == list
            && (NameFolding.Key(b.Text).StartsWith(key, StringComparison.Ordinal) || NameFolding.Key(b.Text).Contains(", " + key + ",", StringComparison.Ordinal)))
            ?? throw new InvalidOperationException($"No bullet of the {list} seed names {name}.");
        var printed = $"({mark})";
        if (!bullet.Text.Contains(printed, StringComparison.Ordinal))
        {
            var lines = SeedText.LinesOf(bullet.File);
            var line = bullet.Line - 2; // 0-based index of the line above the bullet
            while (line >= 0 && (lines[line].Trim().Length == 0 || lines[line].StartsWith("  • ", StringComparison.Ordinal)))
                line--;
            if (line < 0 || !lines[line].Contains(printed, StringComparison.Ordinal))
                throw new InvalidOperationException($"{bullet.Where} \"{bullet.Text}\" carries no mark {printed}, nor does its heading.");
        }
        return (bullet.Section, bullet);
    }
}
