using System.Linq;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;
using static Listings.Tests.Binding.BindingFixtures;

namespace Listings.Tests.Binding;

/// <summary>
/// The hand-offs pass: preparations one list excepts by route go to the list that receives them; a
/// receiving entry's <c>reçues de</c> names the annex that hands them over, or it is an error.
/// </summary>
public class HandOffsTests
{
    private const string AnnexIII = """
        annexe III de stupefiants
        comprend les substances ci-après désignées
        comprend les préparations
        - "Benzphétamine", sauf préparations autres qu'injectables
        annexe IV de stupefiants
        comprend les substances ci-après désignées
        - "Kétamine"

        """;

    private static string Psychotropes(string receivedFrom) => $"""
        liste psychotropes "Liste des psychotropes" fixée par (1)
        acte (1) de psychotropes : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        partie 2 de psychotropes
        comprend les préparations nommément désignées
        - préparations autres qu'injectables renfermant "benzphétamine" ou ses sels reçues de {receivedFrom}

        """;

    private static ClassificationQuery Oral(string name) => new(name, Today) { Route = QueryRoute.Oral };

    [Fact]
    public void Preparations_an_annex_excepts_go_to_the_part_that_says_it_receives_them()
    {
        using var set = EverySurface.Of(("stup.listing", List + AnnexIII), ("psy.listing", Psychotropes("stupefiants annexe III")));

        set.Compiler.ShouldBeEmpty(set.Show());
        var answer = set.Classify(Oral("benzphétamine"));
        answer.Classifications.ShouldHaveSingleItem().List.ShouldBe("psychotropes");
        answer.Classifications[0].AnnexKind.ShouldBe("partie");
    }

    [Fact]
    public void Received_from_a_list_that_is_not_declared_is_an_unknown_list_at_the_reference()
    {
        var psychotropes = Psychotropes("stupefiantz annexe III");
        using var set = EverySurface.Of(("stup.listing", List + AnnexIII), ("psy.listing", psychotropes));

        var error = set.Single("LST1001");
        (error.Path, error.Line, error.Column).ShouldBe(("psy.listing", 5, ListingFixture.PositionOf(psychotropes, "stupefiantz").Column));
    }

    [Fact]
    public void Received_from_an_annex_that_is_not_declared_is_an_unknown_annex_at_the_reference()
    {
        using var set = EverySurface.Of(("stup.listing", List + AnnexIII), ("psy.listing", Psychotropes("stupefiants annexe V")));

        set.Single("LST1009").Path.ShouldBe("psy.listing");
    }

    [Fact]
    public void Received_from_an_annex_that_hands_nothing_over_is_an_error_and_receives_nothing_from_elsewhere()
    {
        var psychotropes = Psychotropes("stupefiants annexe IV");
        using var set = EverySurface.Of(("stup.listing", List + AnnexIII), ("psy.listing", psychotropes));

        var error = set.Single("LST1015");
        (error.Path, error.Line, error.Column).ShouldBe(("psy.listing", 5, ListingFixture.PositionOf(psychotropes, "stupefiants annexe IV").Column));
        // Annex III's exception is then not linked to a part that says it receives from annex IV.
        set.Classify(Oral("benzphétamine")).Classifications.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(" ou ses sels", true)]
    [InlineData("", false)]
    public void The_preparations_of_a_salt_are_received_only_where_the_part_says_or_its_salts(string withSalts, bool received)
    {
        var psychotropes = Psychotropes("stupefiants annexe III").Replace(" ou ses sels", withSalts);
        var withSaltsRule = AnnexIII.Replace("comprend les préparations\n", "comprend les préparations\ncomprend les sels des substances\n");
        using var set = EverySurface.Of(("stup.listing", List + withSaltsRule), ("psy.listing", psychotropes));

        var answer = set.Classify(Oral("chlorhydrate de benzphétamine"));

        answer.Classifications.Any(c => c.List == "psychotropes").ShouldBe(received, EverySurface.Describe(answer));
    }
}
