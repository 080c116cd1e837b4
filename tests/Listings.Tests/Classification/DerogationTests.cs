using Listings.French;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Classifying;

/// <summary>
/// The hemp arrêté of 30 December 2021 (seed 004), article 1er: varieties of Cannabis sativa L. whose
/// Δ9-THC content "n'est pas supérieure à 0,30 %" and that are inscribed in the EU common catalogue
/// or the French official catalogue (I), and hemp extracts under the same ceiling (III), are
/// authorised. The ceiling is exact: 0,30 % is in, 0,31 % is out.
/// </summary>
public class DerogationTests
{
    private const string Stup = SeedText.Stupefiants;

    private static ClassificationAnswer Hemp(string name, decimal? thc, bool? catalogued, System.DateTime? on = null)
    {
        var query = new ClassificationQuery(name, on ?? Ask.Today) { ThcPercent = thc, CatalogueVariety = catalogued };
        return FrenchListings.All.Classify(query);
    }

    [Theory]
    [InlineData("0.30")]
    [InlineData("0.29")]
    [InlineData("0.2")]
    [InlineData("0")]
    public void A_catalogued_cannabis_variety_at_most_0_30_percent_THC_is_exempted(string thc)
    {
        var answer = Hemp("Cannabis", decimal.Parse(thc, System.Globalization.CultureInfo.InvariantCulture), catalogued: true);

        answer.Status.ShouldBe(ClassificationStatus.Exempted, answer.Show());
        answer.Exceptions.ShouldContain(e => e.List == Stup && e.Annex == "I" && e.Entry == "Cannabis" && e.Applied, answer.Show());
    }

    [Fact]
    public void A_catalogued_variety_named_as_the_arrete_names_it_is_exempted()
    {
        var answer = Hemp("variétés de Cannabis sativa L.", 0.30m, catalogued: true);

        answer.Status.ShouldBe(ClassificationStatus.Exempted, answer.Show());
    }

    [Theory]
    [InlineData("0.31")]
    [InlineData("0.301")]
    [InlineData("1")]
    public void A_catalogued_cannabis_variety_over_0_30_percent_THC_is_listed_in_stupefiants_I(string thc)
    {
        var answer = Hemp("Cannabis", decimal.Parse(thc, System.Globalization.CultureInfo.InvariantCulture), catalogued: true);

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

    [Fact]
    public void A_catalogued_cannabis_variety_of_unknown_THC_content_is_listed()
    {
        var answer = Hemp("Cannabis", thc: null, catalogued: true);

        answer.Status.ShouldBe(ClassificationStatus.Listed, answer.Show());
    }

    [Theory]
    [InlineData("0.30")]
    [InlineData("0.1")]
    public void A_hemp_extract_at_most_0_30_percent_THC_is_exempted(string thc)
    {
        var answer = Hemp("extraits de chanvre", decimal.Parse(thc, System.Globalization.CultureInfo.InvariantCulture), catalogued: null);

        answer.Status.ShouldBe(ClassificationStatus.Exempted, answer.Show());
        answer.Exceptions.ShouldContain(e => e.List == Stup && e.Annex == "I" && e.Entry == "Cannabis" && e.Applied, answer.Show());
    }

    [Fact]
    public void A_hemp_extract_over_0_30_percent_THC_is_listed_as_cannabis_in_stupefiants_I()
    {
        var answer = Hemp("extraits de chanvre", 0.31m, catalogued: null);

        answer.Status.ShouldBe(ClassificationStatus.Listed, answer.Show());
        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "I" && c.Entry == "Cannabis", answer.Show());
    }

    [Fact]
    public void Before_the_hemp_arrete_entered_into_force_a_catalogued_variety_under_the_ceiling_is_listed()
    {
        var dayBefore = HempSeedText.InForce().AddDays(-1);

        var answer = Hemp("Cannabis", 0.2m, catalogued: true, on: dayBefore);

        answer.Status.ShouldBe(ClassificationStatus.Listed, answer.Show());
        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "I" && c.Entry == "Cannabis", answer.Show());
    }

    [Fact]
    public void From_the_day_the_hemp_arrete_entered_into_force_a_catalogued_variety_under_the_ceiling_is_exempted()
    {
        var answer = Hemp("Cannabis", 0.2m, catalogued: true, on: HempSeedText.InForce());

        answer.Status.ShouldBe(ClassificationStatus.Exempted, answer.Show());
    }

    [Fact]
    public void Before_the_hemp_arrete_entered_into_force_a_hemp_extract_under_the_ceiling_is_not_exempted()
    {
        var answer = Hemp("extraits de chanvre", 0.2m, catalogued: null, on: HempSeedText.InForce().AddDays(-1));

        answer.Status.ShouldNotBe(ClassificationStatus.Exempted, answer.Show());
    }
}
