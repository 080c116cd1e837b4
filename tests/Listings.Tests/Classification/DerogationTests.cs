using System;
using System.Collections.Generic;
using System.Globalization;
using Listings.French;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Classifying;

/// <summary>
/// The hemp arrêté of 30 December 2021 (sources/2021-12-30-arrete-chanvre.txt), as it words it.
/// Article 1er, I (line 24): the varieties of Cannabis sativa L. whose Δ9-THC content "n'est pas
/// supérieure à 0,30 %" and that are inscribed in the EU common catalogue or the French official
/// catalogue are authorised; that content is measured by the annex's method (line 24), for varieties
/// (line 50), whose result "est affecté d'une tolérance de 0,03 % en valeur absolue" and is expressed
/// "avec deux décimales" (line 104). The ceiling is 0,30 %: the tolerance describes the measurement, and
/// the arrêté does not say that a result within it is authorised, so 0,31 % is not exempted (the answer
/// may say the tolerance exists; it does not move the ceiling). Their flowers and leaves are
/// produced from those plants (lines 27, 30). The plant is "chanvre" as much as "Cannabis sativa L."
/// (the annex's title, line 46, and its point 1, line 50, name the same varieties). III (line 36):
/// hemp extracts "ainsi que des produits qui les intègrent" under the same ceiling, with no method and
/// no catalogue. Outside these conditions, or when the content is not given, they are the cannabis of
/// stupéfiants annex I (line 76 of sources/1990-02-22-stupefiants.txt), to which the arrêté's annex ties
/// its varieties ("pour le cannabis", lines 53 and 105). The arrêté was published on 31 December 2021
/// (line 7) and sets no date of its own: it applies from 1 January 2022.
/// </summary>
public class DerogationTests
{
    private const string Stup = SeedText.Stupefiants;

    private static readonly DateTime Before = new(2021, 12, 31);

    // The plant and its flowers and leaves, in the arrêté's words and in the spellings people use.
    public static readonly string[] Plants =
    {
        "Cannabis sativa L.", "cannabis sativa", "CANNABIS SATIVA L", "chanvre", "Chanvre", "variétés de Cannabis sativa L.",
        "variété de cannabis sativa L.", "variétés de chanvre", "fleurs de chanvre", "fleur de chanvre", "Fleurs  de  Chanvre",
        "feuilles de chanvre", "feuille de chanvre",
    };

    // Extracts, and products that incorporate them.
    public static readonly string[] Extracts =
    {
        "extraits de chanvre", "extrait de chanvre", "Extrait de Chanvre", "produits qui intègrent des extraits de chanvre",
        "produit intégrant des extraits de chanvre", "produit contenant de l'extrait de chanvre", "produits à base d’extraits de chanvre",
    };

    private static ClassificationAnswer Hemp(string name, decimal? thc, bool? catalogued, DateTime? on = null) =>
        FrenchListings.All.Classify(new ClassificationQuery(name, on ?? Ask.Today) { ThcPercent = thc, CatalogueVariety = catalogued });

    private static decimal Percent(string thc) => decimal.Parse(thc, CultureInfo.InvariantCulture);

    public static IEnumerable<object[]> PlantCases()
    {
        foreach (var name in Plants)
        {
            yield return new object[] { name, "0.29", true, ClassificationStatus.Exempted };
            yield return new object[] { name, "0.30", true, ClassificationStatus.Exempted };
            yield return new object[] { name, "0.31", true, ClassificationStatus.Listed };
            yield return new object[] { name, "0.34", true, ClassificationStatus.Listed };
            yield return new object[] { name, "0.29", false, ClassificationStatus.Listed };
            yield return new object[] { name, "0.30", false, ClassificationStatus.Listed };
            yield return new object[] { name, "0.31", false, ClassificationStatus.Listed };
            yield return new object[] { name, "0.34", false, ClassificationStatus.Listed };
        }
    }

    [Theory]
    [MemberData(nameof(PlantCases))]
    public void The_plant_its_flowers_and_leaves_are_authorised_within_the_ceiling_when_catalogued_else_cannabis_of_annex_I(
        string name, string thc, bool catalogued, ClassificationStatus expected)
    {
        var answer = Hemp(name, Percent(thc), catalogued);

        answer.Status.ShouldBe(expected, answer.Show());
        if (expected == ClassificationStatus.Listed)
            answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "I" && c.Entry == "Cannabis", answer.Show());
        else
            answer.Exceptions.ShouldContain(e => e.List == Stup && e.Annex == "I" && e.Entry == "Cannabis" && e.Applied
                && e.Text.Contains("variétés de Cannabis sativa L.") && e.Text.Contains("tolérance de 0,03 %"), answer.Show());
    }

    public static IEnumerable<object[]> ExtractCases()
    {
        foreach (var name in Extracts)
        {
            foreach (var catalogued in new bool?[] { true, false, null })
            {
                yield return new object?[] { name, "0.29", catalogued, ClassificationStatus.Exempted }!;
                yield return new object?[] { name, "0.30", catalogued, ClassificationStatus.Exempted }!;
                yield return new object?[] { name, "0.31", catalogued, ClassificationStatus.Listed }!;
                yield return new object?[] { name, "0.34", catalogued, ClassificationStatus.Listed }!;
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExtractCases))]
    public void Extracts_and_the_products_that_incorporate_them_are_authorised_up_to_0_30_percent_catalogue_or_not_else_cannabis_of_annex_I(
        string name, string thc, bool? catalogued, ClassificationStatus expected)
    {
        var answer = Hemp(name, Percent(thc), catalogued);

        answer.Status.ShouldBe(expected, answer.Show());
        if (expected == ClassificationStatus.Listed)
            answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "I" && c.Entry == "Cannabis", answer.Show());
        else
            answer.Exceptions.ShouldContain(e => e.Entry == "Cannabis" && e.Applied && e.Text.Contains("extraits de chanvre"), answer.Show());
    }

    public static IEnumerable<object[]> AllNames()
    {
        foreach (var name in Plants)
            yield return new object[] { name };
        foreach (var name in Extracts)
            yield return new object[] { name };
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void Without_a_content_hemp_is_cannabis_of_annex_I(string name)
    {
        var answer = Hemp(name, thc: null, catalogued: true);

        answer.Status.ShouldBe(ClassificationStatus.Listed, answer.Show());
        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "I" && c.Entry == "Cannabis", answer.Show());
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void Before_1_January_2022_hemp_within_every_condition_is_cannabis_of_annex_I(string name)
    {
        HempSeedText.InForce().ShouldBe(new DateTime(2022, 1, 1));

        var answer = Hemp(name, 0.2m, catalogued: true, on: Before);

        answer.Status.ShouldBe(ClassificationStatus.Listed, answer.Show());
        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "I" && c.Entry == "Cannabis", answer.Show());
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void From_1_January_2022_hemp_within_every_condition_is_exempted(string name)
    {
        var answer = Hemp(name, 0.2m, catalogued: true, on: HempSeedText.InForce());

        answer.Status.ShouldBe(ClassificationStatus.Exempted, answer.Show());
    }

    [Theory]
    [InlineData("Cannabis sativa L.", Via.Plant)]
    [InlineData("chanvre", Via.Plant)]
    [InlineData("fleurs de chanvre", Via.Plant)]
    [InlineData("extraits de chanvre", Via.Name)]
    [InlineData("produits qui intègrent des extraits de chanvre", Via.Product)]
    public void The_answer_says_how_a_hemp_name_reached_cannabis(string name, Via via)
    {
        var answer = Hemp(name, thc: null, catalogued: null);

        answer.Classifications.ShouldContain(c => c.Entry == "Cannabis" && c.Via == via, answer.Show());
    }

    [Theory]
    [InlineData("0.30")]
    [InlineData("0.29")]
    [InlineData("0.2")]
    [InlineData("0")]
    public void A_catalogued_cannabis_variety_at_most_0_30_percent_THC_is_exempted(string thc)
    {
        var answer = Hemp("Cannabis", Percent(thc), catalogued: true);

        answer.Status.ShouldBe(ClassificationStatus.Exempted, answer.Show());
        answer.Exceptions.ShouldContain(e => e.List == Stup && e.Annex == "I" && e.Entry == "Cannabis" && e.Applied, answer.Show());
    }

    [Theory]
    [InlineData("0.31")]
    [InlineData("0.34")]
    [InlineData("0.331")]
    [InlineData("1")]
    public void A_catalogued_cannabis_variety_beyond_the_ceiling_is_listed_in_stupefiants_I(string thc)
    {
        var answer = Hemp("Cannabis", Percent(thc), catalogued: true);

        answer.Status.ShouldBe(ClassificationStatus.Listed, answer.Show());
        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "I" && c.Entry == "Cannabis", answer.Show());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void A_cannabis_variety_under_the_ceiling_that_is_not_known_to_be_catalogued_is_listed(bool? catalogued)
    {
        var answer = Hemp("Cannabis", 0.2m, catalogued);

        answer.Status.ShouldBe(ClassificationStatus.Listed, answer.Show());
        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "I" && c.Entry == "Cannabis", answer.Show());
    }

    [Theory]
    [InlineData("résine de cannabis")]
    [InlineData("huile de chanvre")]
    public void Only_what_the_arrete_names_is_authorised(string name)
    {
        // Cannabis resin is listed with cannabis (line 76) and the arrêté authorises nothing of it;
        // hemp oil is not a name the arrêté or the lists print.
        var answer = Hemp(name, 0.1m, catalogued: true);

        answer.Status.ShouldNotBe(ClassificationStatus.Exempted, answer.Show());
    }
}
