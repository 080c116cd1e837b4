using System.Linq;
using System.Text;
using Listings.Grammar.Parsing;
using Listings.Grammar.Syntax;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary>The language's limits (LANGUAGE.md, Limits): past each, a located LST0007, never a hang or a crash.</summary>
public class LimitTests
{
    private const string Annex = "annexe I de stupefiants\n";

    [Fact]
    public void A_line_longer_than_the_limit_is_reported_at_the_first_character_past_it_and_still_read()
    {
        var text = Annex + "- \"Cocaïne\" texte \"" + new string('x', ListingLimits.MaxLineLength) + "\"\n- \"Héroïne\"\n";

        var result = ListingParser.Parse("long.listing", text);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe("LST0007");
        error.Span.Line.ShouldBe(2);
        error.Span.Column.ShouldBe(ListingLimits.MaxLineLength + 1);
        result.Document.Annexes.Single().Sections.SelectMany(s => s.Entries).Count().ShouldBe(2);
    }

    [Fact]
    public void A_line_at_the_limit_is_fine()
    {
        var padding = ListingLimits.MaxLineLength - "- \"\"".Length;
        var text = Annex + "- \"" + new string('x', padding) + "\"\n";

        ListingParser.Parse("edge.listing", text).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void An_entry_with_more_clauses_than_the_limit_is_reported_at_the_first_clause_past_it()
    {
        var text = new StringBuilder(Annex).Append("- \"Cocaïne\"");
        for (var i = 0; i <= ListingLimits.MaxClauses; i++)
            text.Append("\n    sauf préparations injectables");

        var result = ListingParser.Parse("clauses.listing", text.ToString());

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe("LST0007");
        error.Span.Line.ShouldBe(3 + ListingLimits.MaxClauses); // clause n is on line n + 2
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_reported_at_its_start_and_not_read()
    {
        var text = Annex + new string('#', ListingLimits.MaxFileLength);

        var result = ListingParser.Parse("huge.listing", text);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe("LST0007");
        (error.Span.Line, error.Span.Column).ShouldBe((1, 1));
        result.Document.Annexes.ShouldBeEmpty();
    }
}
