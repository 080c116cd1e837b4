using System.Linq;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;
using static Listings.Tests.Binding.BindingFixtures;

namespace Listings.Tests.Binding;

/// <summary>
/// The exceptions pass: an exception is bound to facts — the route and per-unit masses of the
/// preparations it takes out, the annex or the outside list it points to — which the classifiers and
/// the checks read; its words are for answers only.
/// </summary>
public class EntryExceptionsTests
{
    private static EverySurface Entry(string entry) => EverySurface.Of(("a.listing", List + """
        annexe I de stupefiants
        comprend les substances ci-après désignées
        comprend les préparations
        comprend les esters et éthers

        """ + entry + "\n"));

    [Fact]
    public void Per_unit_amounts_are_masses_in_milligrams_whatever_unit_the_act_writes()
    {
        using var set = Entry("""- "Amphétamine" sauf la préparation en comprimés renfermant par comprimé "sulfate d'amphétamine" 0,005 g, "phénobarbital" 100 mg""");

        var exception = set.Bound.Model.Entries.Single().Exceptions.Single();
        exception.Route.ShouldBe(PreparationRoute.Tablets);
        exception.Amounts.Select(a => a.Mass.Milligrams).ShouldBe(new[] { 5m, 100m });
        var tablet = new ClassificationQuery("Amphétamine", Today) { Route = QueryRoute.Oral };
        tablet.PerUnit["sulfate d'amphétamine"] = 5m;
        tablet.PerUnit["phénobarbital"] = 100m;
        set.Classify(tablet).Status.ShouldBe(ClassificationStatus.Exempted);
    }

    [Fact]
    public void A_per_unit_amount_that_is_not_a_mass_is_a_warning_at_the_quantity_and_the_exception_never_applies()
    {
        const string entry = """- "Diphénoxylate", sauf préparations orales renfermant par unité au plus 2,5 % de "diphénoxylate" """;
        using var set = Entry(entry);

        var warning = set.Single("LST1004");
        warning.Column.ShouldBe(ListingFixture.PositionOf(entry, "2,5 %").Column);
        var oral = new ClassificationQuery("Diphénoxylate", Today) { Route = QueryRoute.Oral };
        oral.PerUnit["diphénoxylate"] = 1m;
        set.Classify(oral).Status.ShouldBe(ClassificationStatus.Listed);
    }

    [Fact]
    public void An_exception_of_derivatives_knows_the_annex_that_names_them_and_one_that_lists_nothing_is_reported()
    {
        using var set = Entry("""- "Morphine" sauf les éthers nommément mentionnés à l'annexe II""");

        var exception = set.Bound.Model.Entries.Single().Exceptions.Single();
        (exception.Derivatives, exception.OtherAnnexId).ShouldBe((FormFlags.Ethers, "II"));
        set.Single("LST2005").Severity.ShouldBe("warning");
    }

    [Fact]
    public void An_exception_to_a_list_outside_the_set_knows_that_list_whatever_its_name()
    {
        using var set = Entry("""- "Pyrovalérone", sauf préparations relevant de la liste externe "tableau C" """);

        set.Bound.Model.Entries.Single().Exceptions.Single().ExternalList.ShouldBe("tableau C");
        set.Single("LST2010").Severity.ShouldBe("info");
    }

    [Fact]
    public void An_exception_to_another_classification_is_no_outside_list()
    {
        using var set = Entry("""- "Opium" sauf préparations relevant d'un autre classement""");

        set.Bound.Model.Entries.Single().Exceptions.Single().ExternalList.ShouldBeNull();
        set.Reported("LST2010").ShouldBeEmpty();
    }
}
