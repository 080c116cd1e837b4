using System;
using System.Linq;
using Listings.French;
using Listings.Runtime;
using Listings.Tests.Classifying;
using Listings.Tests.Matching;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Verdicts;

/// <summary>
/// Issue 14, first section: where the sources cannot decide, the answer is <c>undetermined</c>, with
/// why and what would decide it; a name the encoded acts list stays <c>listed</c>. Each expected
/// answer is read off the line of <c>sources/</c> it cites, and <see cref="Classifier.Quick"/> must
/// give the same status as <see cref="Classifier.Classify"/>.
/// </summary>
public class UndeterminedTests
{
    private static ClassificationAnswer Ask(string name, DateTime on)
    {
        var answer = FrenchListings.Classify(name, on);
        FrenchListings.All.Quick(name, on).Status.ShouldBe(answer.Status, "Quick and Classify disagree on " + name + " " + on.ToString("yyyy-MM-dd"));
        return answer;
    }

    private static ClassificationAnswer Ask(ClassificationQuery query) => FrenchListings.All.Classify(query);

    /// <summary>Act (28) of the stupéfiants: the last act whose mark the consolidated list prints (line 37, JO 27/02/2009).</summary>
    private static readonly DateTime Consolidated = SeedDates.InForce(SeedText.Stupefiants, 28);

    [Fact]
    public void PMMA_is_undetermined_from_the_founding_act_until_the_consolidated_list_stands_and_listed_after()
    {
        // line 267: "PMMA ou paraméthoxyméthamphétamine (15)"; lines 15-38 list no act (15).
        Printed.Stupefiants(267, "PMMA ou paraméthoxyméthamphétamine (15)").ShouldBeOnItsLine();
        Printed.Stupefiants(37, "(28) Arrêté du 24/02/2009").ShouldBeOnItsLine();
        SeedText.NumberedActs(SeedText.Stupefiants).ShouldNotContain(a => a.Mark == 15);
        Consolidated.ShouldBe(new DateTime(2009, 2, 28));

        foreach (var on in new[] { new DateTime(1990, 6, 8), new DateTime(1995, 1, 1), Consolidated.AddDays(-1) })
        {
            var before = Ask("PMMA", on);
            before.Status.ShouldBe(ClassificationStatus.Undetermined, before.Show());
            var doubt = before.Undetermined.ShouldHaveSingleItem();
            (doubt.List, doubt.Annex, doubt.Entry, doubt.Reason).ShouldBe(("stupefiants", "IV", "PMMA", Doubt.InscriptionUnknown));
            doubt.Why.ShouldContain("(15)");
            doubt.Why.ShouldContain("2009-02-28");
            doubt.WouldDecide.ShouldContain("(15)");
            before.Classifications.ShouldBeEmpty();
        }
        Ask("paraméthoxyméthamphétamine", new DateTime(1995, 1, 1)).Status.ShouldBe(ClassificationStatus.Undetermined);
        // Before the founding act, there is no list at all.
        Ask("PMMA", new DateTime(1990, 6, 7)).Status.ShouldBe(ClassificationStatus.NotListed);

        var after = Ask("PMMA", Consolidated);
        after.Status.ShouldBe(ClassificationStatus.Listed, after.Show());
        after.Undetermined.ShouldBeEmpty();
        after.Has("stupefiants", "IV").ShouldBeTrue();
    }

    [Fact]
    public void Annex_III_stereo_isomers_are_undetermined_before_act_13_by_its_mark_and_after_it_by_their_lost_asterisks()
    {
        // line 187: "leurs stéréo-isomères … pour les substances précédées d’un astérisque (13) ;" — act (13)
        // (line 25, JO 18/04/2000) touched the rule; no bullet of lines 193-242 has an asterisk.
        Printed.Stupefiants(187, "pour les substances précédées d’un astérisque (13)").ShouldBeOnItsLine();
        Printed.Stupefiants(199, "Cathinone").ShouldBeOnItsLine();
        var act13 = SeedDates.InForce(SeedText.Stupefiants, 13);

        var before = Ask("lévocathinone", act13.AddDays(-1));
        before.Status.ShouldBe(ClassificationStatus.Undetermined, before.Show());
        before.Undetermined.Select(u => (u.Entry, u.Via, u.Reason)).ShouldBe(new[]
        {
            ("Cathinone", Via.Isomer, Doubt.RuleDatedByMark), ("Cathinone", Via.Isomer, Doubt.AsteriskLost),
        });
        before.Undetermined[0].Why.ShouldContain("(13)");

        var after = Ask("lévocathinone", act13);
        after.Status.ShouldBe(ClassificationStatus.Undetermined, after.Show());
        after.Undetermined.Select(u => u.Reason).ShouldBe(new[] { Doubt.AsteriskLost });
        after.Undetermined[0].WouldDecide.ShouldContain("astérisques");
    }

    [Fact]
    public void A_name_the_annex_III_bullets_print_stays_listed_before_and_after_act_13()
    {
        // lines 201 and 211: "Dexamfétamine", "Levamfétamine": named, not reached through a lost asterisk.
        Printed.Stupefiants(201, "Dexamfétamine").ShouldBeOnItsLine();
        Printed.Stupefiants(211, "Levamfétamine").ShouldBeOnItsLine();
        foreach (var on in new[] { new DateTime(1995, 1, 1), new DateTime(2024, 1, 1) })
        {
            Ask("Levamfétamine", on).Status.ShouldBe(ClassificationStatus.Listed);
            Ask("sulfate de dexamfétamine", on).Status.ShouldBe(ClassificationStatus.Listed);
        }
    }

    [Fact]
    public void The_salt_of_an_annex_III_stereo_isomer_is_undetermined_because_the_preamble_says_only_leurs_sels()
    {
        // line 189: "leurs sels dans tous les cas où ils peuvent exister ;" where annex I (line 50) says
        // "les sels desdites substances, de leurs isomères, de leurs esters et éthers".
        Printed.Stupefiants(189, "leurs sels dans tous les cas où ils peuvent exister").ShouldBeOnItsLine();
        Printed.Stupefiants(50, "de leurs isomères").ShouldBeOnItsLine();

        var answer = Ask("sulfate de d-amphétamine", new DateTime(2024, 1, 1));

        answer.Status.ShouldBe(ClassificationStatus.Undetermined, answer.Show());
        answer.Undetermined.Select(u => u.Reason).ShouldBe(new[] { Doubt.AsteriskLost, Doubt.SaltsOfIsomersUnstated });
        answer.Undetermined.ShouldAllBe(u => u.Entry == "Amphétamine" && u.Via == Via.Salt);
    }

    [Fact]
    public void Amphetamine_s_tablet_preparation_is_undetermined_before_act_21_and_exempted_from_it()
    {
        // line 195: "Amphétamine,(21) à l’exception de la préparation présentée en comprimés et renfermant par
        // comprimé : sulfate d’amphétamine 0,005 g, phénobarbital 0,100 g"; act (21): line 30, JO 15/09/2004.
        Printed.Stupefiants(195, "Amphétamine,(21) à l’exception de la préparation présentée en comprimés").ShouldBeOnItsLine();
        var act21 = SeedDates.InForce(SeedText.Stupefiants, 21);
        ClassificationQuery Tablet(DateTime on)
        {
            var query = new ClassificationQuery("amphétamine", on) { Route = QueryRoute.Oral };
            query.PerUnit["sulfate d’amphétamine"] = Classifying.Ask.Mg("0,005 g");
            query.PerUnit["phénobarbital"] = Classifying.Ask.Mg("0,100 g");
            return query;
        }

        var before = Ask(Tablet(act21.AddDays(-1)));
        before.Status.ShouldBe(ClassificationStatus.Undetermined, before.Show());
        var doubt = before.Undetermined.ShouldHaveSingleItem();
        (doubt.Entry, doubt.Reason, doubt.Via).ShouldBe(("Amphétamine", Doubt.ChangeUnknown, Via.Preparation));
        doubt.Why.ShouldContain("(21)");
        before.Exceptions.ShouldHaveSingleItem().Applied.ShouldBeFalse();

        var after = Ask(Tablet(act21));
        after.Status.ShouldBe(ClassificationStatus.Exempted, after.Show());
        after.Undetermined.ShouldBeEmpty();

        // The substance itself was in annex III before (21): listed, whatever (21) changed.
        Ask("amphétamine", act21.AddDays(-1)).Status.ShouldBe(ClassificationStatus.Listed);
        Ask("sulfate d'amphétamine", new DateTime(1995, 1, 1)).Status.ShouldBe(ClassificationStatus.Listed);
    }

    [Fact]
    public void A_list_classifier_carries_only_its_own_undetermined_entries()
    {
        var answer = FrenchListings.Psychotropes.Classify(new ClassificationQuery("PMMA", new DateTime(1995, 1, 1)));

        answer.Status.ShouldBe(ClassificationStatus.NotListed);
        answer.Undetermined.ShouldBeEmpty();
        FrenchListings.Stupefiants.Classify(new ClassificationQuery("PMMA", new DateTime(1995, 1, 1))).Status.ShouldBe(ClassificationStatus.Undetermined);
    }
}
