using System;
using System.Linq;
using Listings.French;
using Listings.Runtime;
using Listings.Tests.Classifying;
using Listings.Tests.Cli.Classify;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Verdicts;

/// <summary>
/// Issue 14, "regimes": sources/actes-cites.txt names five arrêtés that apply all or part of the
/// stupéfiants rules to named medicines or products, by route (lines 1, 3, 7, 9, 19), with no JO date:
/// each applies, at the earliest, the day after its signature. The answer reports the regime in a field
/// of its own; status and classifications are those of the lists.
/// </summary>
public class RegimeTests
{
    private static string Title(int line) => SeedText.LinesOf("actes-cites.txt")[line - 1];

    private static ClassificationAnswer Ask(string name, DateTime on, QueryRoute route = QueryRoute.Unspecified) =>
        FrenchListings.All.Classify(new ClassificationQuery(name, on) { Route = route });

    private static void Regime(string name, QueryRoute route, DateTime signed, string act, bool whole, RegimeRoute regimeRoute)
    {
        var before = Ask(name, signed, route);
        before.Regimes.ShouldBeEmpty();

        var after = Ask(name, signed.AddDays(1), route);
        var regime = after.Regimes.ShouldHaveSingleItem();
        (regime.Act, regime.Whole, regime.Route, regime.InForce, regime.InForceAssumed).ShouldBe((act, whole, regimeRoute, (DateTime?)signed.AddDays(1), true));
        after.Status.ShouldBe(before.Status, "a regime does not change the verdict about the lists");
        after.Classifications.Select(c => c.List + c.Annex).ShouldBe(before.Classifications.Select(c => c.List + c.Annex));
    }

    [Fact]
    public void Oral_clonazepam_medicines_get_the_whole_of_the_stupefiants_rules_from_9_march_2012()
    {
        Title(3).ShouldContain("portant application de la réglementation des stupéfiants");
        Title(3).ShouldContain("aux médicaments à base de clonazépam administrés par voie orale");

        Regime("clonazépam", QueryRoute.Oral, new DateTime(2012, 3, 9), "arrete-2012-03-09-regime", true, RegimeRoute.Oral);
        var answer = Ask("clonazépam", new DateTime(2024, 1, 1), QueryRoute.Oral);
        answer.HasList("psychotropes").ShouldBeTrue("the lists still say psychotropes, part 1");
        answer.Regimes[0].AppliesTo.ShouldBe("médicaments");
        // Another route than the act's: no regime.
        Ask("clonazépam", new DateTime(2024, 1, 1), QueryRoute.Injectable).Regimes.ShouldBeEmpty();
        // The one list's classifier reports it too: the regime concerns what the query names, on any list.
        var query = new ClassificationQuery("clonazépam", new DateTime(2024, 1, 1)) { Route = QueryRoute.Oral };
        FrenchListings.Psychotropes.Classify(query).Regimes.ShouldHaveSingleItem().Act.ShouldBe("arrete-2012-03-09-regime");
        FrenchListings.Stupefiants.Classify(query).Regimes.ShouldHaveSingleItem().Act.ShouldBe("arrete-2012-03-09-regime");
        Ask("clorazépate dipotassique", new DateTime(2024, 1, 1), QueryRoute.Oral).Regimes.ShouldHaveSingleItem().AppliesTo.ShouldBe("certains médicaments");
    }

    [Fact]
    public void Injectable_midazolam_medicines_get_a_part_of_the_rules_from_14_june_2021()
    {
        Title(1).ShouldContain("portant application d’une partie de la réglementation des stupéfiants aux médicaments à usage humain composés de midazolam, administrés par voie injectable");

        Regime("midazolam", QueryRoute.Injectable, new DateTime(2021, 6, 14), "arrete-2021-06-14-regime", false, RegimeRoute.Injectable);
        Ask("midazolam", new DateTime(2024, 1, 1), QueryRoute.Oral).Regimes.ShouldBeEmpty();
    }

    [Fact]
    public void GBL_and_its_products_get_a_part_of_the_rules_from_2_september_2011()
    {
        Title(7).ShouldContain("à la gamma-butyrolactone (GBL), au 1,4-butanediol (1,4 BD) et aux produits qui en contiennent");

        Ask("GBL", new DateTime(2011, 9, 2)).Regimes.ShouldBeEmpty();
        var after = Ask("GBL", new DateTime(2011, 9, 3));
        after.Status.ShouldBe(ClassificationStatus.NotListed);
        after.Regimes.Select(r => (r.Act, r.Whole, r.AppliesTo)).ShouldBe(new[]
        {
            ("arrete-2011-09-02-regime", false, "substances"), ("arrete-2011-09-02-regime", false, "produits"),
        });
        Ask("1,4-butanediol", new DateTime(2024, 1, 1)).Regimes.Count.ShouldBe(2);
    }

    [Fact]
    public void Products_containing_an_alkyl_nitrite_get_a_part_of_the_rules_from_29_june_2011()
    {
        Title(9).ShouldContain("aux produits contenant des nitrites d’alkyle aliphatiques, cycliques ou hétérocycliques et leurs isomères");

        Regime("nitrites d’alkyle aliphatiques", QueryRoute.Unspecified, new DateTime(2011, 6, 29), "arrete-2011-06-29-regime", false, RegimeRoute.Any);
        Ask("nitrite d'alkyle", new DateTime(2024, 1, 1)).Regimes.ShouldHaveSingleItem().AppliesTo.ShouldBe("produits");
    }

    [Fact]
    public void An_injectable_ketamine_medicine_gets_the_whole_of_the_rules_from_31_july_2003_and_stays_exempted_from_annex_IV()
    {
        Title(19).ShouldContain("portant application de la réglementation des stupéfiants aux médicaments à base de kétamine et aux médicaments à base de tilétamine");

        Regime("kétamine", QueryRoute.Injectable, new DateTime(2003, 7, 31), "arrete-2003-07-31-regime", true, RegimeRoute.Any);
        var answer = Ask("chlorhydrate de kétamine", new DateTime(2024, 1, 1), QueryRoute.Injectable);
        answer.Status.ShouldBe(ClassificationStatus.Exempted, "annex IV excepts its injectable preparations");
        answer.Regimes.ShouldHaveSingleItem().Names.ShouldBe(new[] { "kétamine" });
    }

    [Fact]
    public void The_jsonl_answer_has_the_regimes_field()
    {
        var answer = JsonlRunner.Answer("{\"name\":\"clonazépam\",\"on\":\"2024-01-01\",\"preparation\":{\"route\":\"oral\"}}");

        var regime = answer.GetProperty("regimes").EnumerateArray().ShouldHaveSingleItem();
        (regime.Str("act"), regime.Str("rules"), regime.Str("route"), regime.Str("applies_to"), regime.Str("in_force"))
            .ShouldBe(("arrete-2012-03-09-regime", "whole", "oral", "médicaments", "2012-03-10"));
        regime.GetProperty("in_force_assumed").GetBoolean().ShouldBeTrue();
        answer.GetProperty("classifications").EnumerateArray().ShouldHaveSingleItem().Str("list").ShouldBe("psychotropes");
    }
}
