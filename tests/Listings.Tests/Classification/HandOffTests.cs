using System.Linq;
using Listings.French;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Classifying;

/// <summary>
/// What stupéfiants annex III takes out of itself for benzphétamine, méfénorex and phentermine
/// (preparations other than injectable) and for GHB (injectable preparations) is what psychotropes
/// part 2 lists; what annex IV takes out for amfépentorex, chlorphentermine and pentorex no list
/// receives (sources/1990-02-22-stupefiants.txt lines 197, 210, 219, 231, 253, 257, 264;
/// sources/1990-02-22-psychotropes.txt lines 101–104). And each per-list classifier sees its own list only.
/// </summary>
public class HandOffTests
{
    private const string Stup = SeedText.Stupefiants;
    private const string Psy = SeedText.Psychotropes;

    private static ClassificationAnswer Preparation(string name, QueryRoute route) => Ask.Preparation(name, route);

    [Theory]
    [InlineData("benzphétamine", QueryRoute.Oral)]
    [InlineData("benzphétamine", QueryRoute.Other)]
    [InlineData("méfénorex", QueryRoute.Oral)]
    [InlineData("phentermine", QueryRoute.Oral)]
    [InlineData("phentermine", QueryRoute.Other)]
    [InlineData("chlorhydrate de phentermine", QueryRoute.Oral)] // "renfermant de la phentermine ou ses sels"
    public void A_non_injectable_preparation_annex_III_excepts_is_a_psychotrope_of_part_2(string name, QueryRoute route)
    {
        var answer = Preparation(name, route);

        answer.Has(Psy, "2").ShouldBeTrue(answer.Show());
    }

    [Theory]
    [InlineData("benzphétamine", QueryRoute.Oral)]
    [InlineData("méfénorex", QueryRoute.Oral)]
    [InlineData("phentermine", QueryRoute.Oral)]
    [InlineData("chlorhydrate de phentermine", QueryRoute.Oral)]
    public void A_non_injectable_preparation_annex_III_excepts_is_not_a_stupefiant(string name, QueryRoute route)
    {
        var answer = Preparation(name, route);

        answer.HasList(Stup).ShouldBeFalse(answer.Show());
        answer.Exceptions.ShouldContain(e => e.List == Stup && e.Annex == "III" && e.Applied, answer.Show());
    }

    [Theory]
    [InlineData("GHB")]
    [InlineData("acide gamma-hydroxybutyrique")]
    public void An_injectable_GHB_preparation_is_a_psychotrope_of_part_2_and_not_a_stupefiant(string name)
    {
        var answer = Preparation(name, QueryRoute.Injectable);

        answer.Has(Psy, "2").ShouldBeTrue(answer.Show());
        answer.HasList(Stup).ShouldBeFalse(answer.Show());
    }

    [Theory]
    [InlineData("benzphétamine", QueryRoute.Injectable)]
    [InlineData("méfénorex", QueryRoute.Injectable)]
    [InlineData("phentermine", QueryRoute.Injectable)]
    [InlineData("GHB", QueryRoute.Oral)]
    [InlineData("acide gamma-hydroxybutyrique", QueryRoute.Oral)]
    public void A_preparation_by_the_other_route_stays_in_stupefiants_annex_III_and_out_of_part_2(string name, QueryRoute route)
    {
        var answer = Preparation(name, route);

        answer.Has(Stup, "III").ShouldBeTrue(answer.Show());
        answer.HasList(Psy).ShouldBeFalse(answer.Show());
    }

    [Theory]
    [InlineData("benzphétamine")]
    [InlineData("méfénorex")]
    [InlineData("phentermine")]
    [InlineData("GHB")]
    public void The_substance_itself_stays_in_stupefiants_annex_III(string name)
    {
        var answer = Ask.Name(name);

        answer.Has(Stup, "III").ShouldBeTrue(answer.Show());
        answer.HasList(Psy).ShouldBeFalse(answer.Show());
    }

    // "Amfépentorex et ses sels, à l’exception de leurs préparations autres qu’injectables" (and the same
    // for chlorphentermine and pentorex): no list of the seeds receives these preparations.
    [Theory]
    [InlineData("amfépentorex", "Amfépentorex")]
    [InlineData("chlorphentermine", "Chlorphentermine")]
    [InlineData("pentorex", "Pentorex")]
    [InlineData("chlorhydrate de chlorphentermine", "Chlorphentermine")]
    public void A_non_injectable_preparation_annex_IV_excepts_is_exempted_and_in_no_list(string name, string entry)
    {
        var answer = Preparation(name, QueryRoute.Oral);

        answer.Status.ShouldBe(ClassificationStatus.Exempted, answer.Show());
        answer.Classifications.ShouldBeEmpty(answer.Show());
        answer.Exceptions.ShouldContain(e => e.List == Stup && e.Annex == "IV" && e.Entry == entry && e.Applied, answer.Show());
    }

    [Theory]
    [InlineData("amfépentorex")]
    [InlineData("chlorphentermine")]
    [InlineData("pentorex")]
    public void An_injectable_preparation_of_an_annex_IV_gap_substance_stays_in_annex_IV(string name)
    {
        var answer = Preparation(name, QueryRoute.Injectable);

        answer.Has(Stup, "IV").ShouldBeTrue(answer.Show());
    }

    [Fact]
    public void The_stupefiants_classifier_does_not_see_a_psychotrope()
    {
        var answer = FrenchListings.Stupefiants.Classify(new ClassificationQuery("Cathine", Ask.Today));

        answer.Status.ShouldBe(ClassificationStatus.NotListed, answer.Show());
    }

    [Fact]
    public void The_psychotropes_classifier_does_not_see_a_stupefiant()
    {
        var answer = FrenchListings.Psychotropes.Classify(new ClassificationQuery("Cocaïne", Ask.Today));

        answer.Status.ShouldBe(ClassificationStatus.NotListed, answer.Show());
    }

    [Fact]
    public void Each_per_list_classifier_answers_for_its_own_list()
    {
        var stupefiant = FrenchListings.Stupefiants.Classify(new ClassificationQuery("Cocaïne", Ask.Today));
        var psychotrope = FrenchListings.Psychotropes.Classify(new ClassificationQuery("Cathine", Ask.Today));

        stupefiant.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "I", stupefiant.Show());
        psychotrope.Classifications.ShouldContain(c => c.List == Psy && c.Annex == "1", psychotrope.Show());
    }

    [Fact]
    public void A_hand_off_shows_in_the_stupefiants_classifier_as_an_exemption_and_in_the_psychotropes_classifier_as_a_listing()
    {
        var query = new ClassificationQuery("phentermine", Ask.Today) { Route = QueryRoute.Oral };

        var stupefiants = FrenchListings.Stupefiants.Classify(query);
        var psychotropes = FrenchListings.Psychotropes.Classify(query);

        stupefiants.Status.ShouldBe(ClassificationStatus.Exempted, stupefiants.Show());
        stupefiants.Classifications.ShouldBeEmpty(stupefiants.Show());
        psychotropes.Status.ShouldBe(ClassificationStatus.Listed, psychotropes.Show());
        psychotropes.Classifications.ShouldAllBe(c => c.List == Psy && c.Annex == "2", psychotropes.Show());
    }

    [Fact]
    public void A_per_list_classifier_reports_only_its_own_lists_exceptions()
    {
        var query = new ClassificationQuery("phentermine", Ask.Today) { Route = QueryRoute.Oral };

        var psychotropes = FrenchListings.Psychotropes.Classify(query);

        psychotropes.Exceptions.ShouldAllBe(e => e.List == Psy, psychotropes.Show());
    }

    [Fact]
    public void The_psychotropes_classifier_carries_no_note_about_a_stupefiant()
    {
        // HHC is a stupéfiant only; the note on its decision's unknown date belongs to that list
        var answer = FrenchListings.Psychotropes.Classify(new ClassificationQuery("HHC", Ask.Today));

        answer.Status.ShouldBe(ClassificationStatus.NotListed, answer.Show());
        answer.Notes.ShouldBeEmpty(answer.Show());
    }
}
