using System.Linq;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;
using static Listings.Tests.Binding.BindingFixtures;

namespace Listings.Tests.Binding;

/// <summary>The entries pass: every name an entry is found by; a name that is empty is an error where it is written.</summary>
public class EntriesAndNamesTests
{
    [Fact]
    public void An_entry_with_an_empty_name_is_an_error_at_the_name_and_lists_nothing()
    {
        var text = List + AnnexI + "- \"\"\n";
        using var set = EverySurface.Of(("a.listing", text));

        var error = set.Single("LST1011");
        (error.Line, error.Column, error.Severity).ShouldBe((ListingFixture.LineOf(text, "- \"\""), 3, "error"));
        set.Bound.Model.Entries.Select(e => e.Title).ShouldBe(new[] { "Cocaïne" });
    }

    [Fact]
    public void An_empty_alias_is_an_error_at_the_alias_and_the_entry_keeps_its_name()
    {
        var text = List + AnnexI + "- \"Héroïne\" ou \"  \"\n";
        using var set = EverySurface.Of(("a.listing", text));

        var error = set.Single("LST1011");
        error.Column.ShouldBe(ListingFixture.PositionOf(text, "\"  \"").Column);
        set.Classify("Héroïne", Today).Status.ShouldBe(ClassificationStatus.Listed);
    }

    [Fact]
    public void An_empty_counter_ion_is_an_error_at_the_counter_ion()
    {
        var text = List + AnnexI + "contre-ions \"napsylate\", \"\"\n";
        using var set = EverySurface.Of(("a.listing", text));

        var error = set.Single("LST1011");
        (error.Line, error.Column).ShouldBe(ListingFixture.PositionOf(text, "\"\""));
        // The other counter-ion of the statement still names salts.
        set.Classify("napsylate de cocaïne", Today).Status.ShouldBe(ClassificationStatus.Listed);
    }

    [Fact]
    public void An_entry_is_found_by_its_chemical_designation()
    {
        var text = List + AnnexI + "- \"MPPP\" ou désignation chimique \"propionate de méthyl-1 phényl-4 pipéridinyle-4\"\n";
        using var set = EverySurface.Of(("a.listing", text));

        set.Compiler.ShouldBeEmpty(set.Show());
        set.Classify("propionate de méthyl-1 phényl-4 pipéridinyle-4", Today).Classifications.ShouldHaveSingleItem().Entry.ShouldBe("MPPP");
    }
}
