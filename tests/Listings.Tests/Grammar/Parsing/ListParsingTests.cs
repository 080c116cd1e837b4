using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary><c>liste ident string [fixée par actId]</c></summary>
public class ListParsingTests
{
    [Fact]
    public void A_list_has_its_identifier_its_title_and_the_act_that_founded_it()
    {
        var list = Parsed.Valid("liste stupefiants \"Liste des substances classées comme stupéfiants\" fixée par (1)\n")
            .Lists.ShouldHaveSingleItem();

        list.Id.ShouldBe("stupefiants");
        list.Title.Value.ShouldBe("Liste des substances classées comme stupéfiants");
        list.FoundedBy.ShouldNotBeNull().Mark.ShouldBe(1);
        list.FoundedBy.Identifier.ShouldBeNull();
    }

    [Fact]
    public void A_list_without_fixee_par_names_no_founding_act()
    {
        var list = Parsed.Valid("liste psychotropes \"Liste des substances psychotropes\"\n").Lists.ShouldHaveSingleItem();

        list.FoundedBy.ShouldBeNull();
    }

    [Fact]
    public void A_list_may_be_founded_by_an_act_named_by_identifier()
    {
        var list = Parsed.Valid("liste chanvre \"Chanvre\" fixée par arrete-chanvre-2021\n").Lists.ShouldHaveSingleItem();

        list.FoundedBy.ShouldNotBeNull().Identifier.ShouldBe("arrete-chanvre-2021");
        list.FoundedBy.Mark.ShouldBeNull();
    }

    [Fact]
    public void A_list_and_its_parts_are_located_where_they_are_written()
    {
        // line 2: two spaces, "liste" at 3, "stupefiants" at 9, the title's quote at 21, "(1)" at 39
        var list = Parsed.Valid("# la liste\n  liste stupefiants \"Liste\" fixée par (1)\n").Lists.ShouldHaveSingleItem();

        (list.Span.Line, list.Span.Column).ShouldBe((2, 3));
        (list.Title.Span.Line, list.Title.Span.Column).ShouldBe((2, 21));
        (list.FoundedBy!.Span.Line, list.FoundedBy.Span.Column).ShouldBe((2, 39));
    }
}
