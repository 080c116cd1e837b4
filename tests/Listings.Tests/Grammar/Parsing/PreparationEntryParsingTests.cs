using Listings.Grammar.Syntax;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary>Entries that list preparations, as the psychotropes' part 2 does, and where they come from.</summary>
public class PreparationEntryParsingTests
{
    [Fact]
    public void A_preparation_entry_names_its_route_its_substance_its_salts_and_the_list_it_is_received_from()
    {
        var entry = Parsed.Valid(
                "partie 2 de psychotropes\n" +
                "- préparations autres qu'injectables renfermant \"benzphétamine\" ou ses sels reçues de stupefiants annexe III\n")
            .Annexes.ShouldHaveSingleItem().Sections.ShouldHaveSingleItem().Entries.ShouldHaveSingleItem()
            .ShouldBeOfType<PreparationEntrySyntax>();

        entry.Route.ShouldBe(Route.OtherThanInjectable);
        entry.Substance.Value.ShouldBe("benzphétamine");
        entry.Title.Value.ShouldBe("benzphétamine");
        entry.WithSalts.ShouldBeTrue();
        var from = entry.ReceivedFrom.ShouldNotBeNull();
        from.ListId.ShouldBe("stupefiants");
        from.Kind.ShouldBe(AnnexKind.Annexe);
        from.AnnexId.ShouldBe("III");
    }

    [Fact]
    public void A_preparation_entry_may_stand_alone_without_salts_or_provenance()
    {
        var entry = Parsed.Entry("- préparations orales renfermant \"codéine\"\n").ShouldBeOfType<PreparationEntrySyntax>();

        entry.Route.ShouldBe(Route.Oral);
        entry.WithSalts.ShouldBeFalse();
        entry.ReceivedFrom.ShouldBeNull();
    }

    [Fact]
    public void A_preparation_entry_takes_entry_clauses_such_as_its_mark()
    {
        var entry = Parsed.Entry(
                "- préparations injectables renfermant \"acide gamma-hydroxybutyrique\" ou ses sels reçues de stupefiants annexe III (16)\n")
            .ShouldBeOfType<PreparationEntrySyntax>();

        entry.Route.ShouldBe(Route.Injectable);
        entry.Marks.ShouldBe(new[] { 16 });
    }
}
