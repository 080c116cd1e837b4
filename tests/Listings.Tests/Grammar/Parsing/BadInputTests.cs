using System.Collections.Generic;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Parsing;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary>
/// The parser never throws on bad input: it answers with what it could read and located diagnostics
/// (an editor and the source generator both depend on it).
/// </summary>
public class BadInputTests
{
    // Looked up by name: a lone surrogate cannot travel safely through test-case serialization.
    private static readonly Dictionary<string, (string Text, bool Valid)> Inputs = new()
    {
        ["empty"] = ("", true),
        ["only comments"] = ("# un commentaire\n   # un autre\n\n", true),
        ["NUL characters"] = ("\0\0\0", false),
        ["NUL inside a statement"] = ("annexe I de\0 stupefiants\n", false),
        ["lone surrogate"] = ("\ud800", false),
        ["lone surrogate after an entry"] = ("annexe I de stupefiants\n- \"A\" \ud800\n", false),
        ["100 000-character line"] = (new string('x', 100_000), false),
        // Past the 10,000-character line limit (LANGUAGE.md, Limits): a located LST0007, not an exception.
        ["100 000-character name"] = ("annexe I de stupefiants\n- \"" + new string('a', 100_000) + "\"\n", false),
        ["unclosed guillemets"] = ("annexe I de stupefiants\n- « Cannabis\n", false),
        ["acte alone at the end of the file"] = ("acte", false),
        ["a bullet alone"] = ("annexe I de stupefiants\n-", false),
    };

    [Theory]
    [InlineData("empty")]
    [InlineData("only comments")]
    [InlineData("NUL characters")]
    [InlineData("NUL inside a statement")]
    [InlineData("lone surrogate")]
    [InlineData("lone surrogate after an entry")]
    [InlineData("100 000-character line")]
    [InlineData("100 000-character name")]
    [InlineData("unclosed guillemets")]
    [InlineData("acte alone at the end of the file")]
    [InlineData("a bullet alone")]
    public void Bad_input_gives_a_result_and_located_diagnostics_never_an_exception(string name)
    {
        var (text, valid) = Inputs[name];

        var result = Should.NotThrow(() => ListingParser.Parse(Parsed.Path, text));

        result.Document.ShouldNotBeNull();
        if (valid)
        {
            result.Diagnostics.ShouldBeEmpty();
            return;
        }
        result.Diagnostics.ShouldNotBeEmpty();
        foreach (var diagnostic in result.Diagnostics)
            ShouldBeLocatedIn(diagnostic, text);
    }

    [Fact]
    public void A_year_0000_is_an_invalid_date_not_an_exception()
    {
        const string text = "acte (1) de stupefiants : arrêté du 01/01/0000 \"fixant la liste\"\n";

        var result = Should.NotThrow(() => ListingParser.Parse(Parsed.Path, text));

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe(DiagnosticCatalogue.InvalidDate.Id);
        (diagnostic.Span.Line, diagnostic.Span.Column).ShouldBe((1, 37));
    }

    [Fact]
    public void A_month_too_large_for_any_number_type_is_an_invalid_date_not_an_exception()
    {
        const string text = "acte (1) de stupefiants : arrêté du 01/123456789012/1990 \"fixant la liste\"\n";

        var result = Should.NotThrow(() => ListingParser.Parse(Parsed.Path, text));

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe(DiagnosticCatalogue.InvalidDate.Id);
        (diagnostic.Span.Line, diagnostic.Span.Column).ShouldBe((1, 37));
    }

    /// <summary>The diagnostic names this file, and its line and column are those of its offset in the text.</summary>
    private static void ShouldBeLocatedIn(ListingDiagnostic diagnostic, string text)
    {
        diagnostic.Span.Path.ShouldBe(Parsed.Path);
        diagnostic.Span.Offset.ShouldBeInRange(0, text.Length);
        var line = 1;
        var column = 1;
        for (var i = 0; i < diagnostic.Span.Offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
        (diagnostic.Span.Line, diagnostic.Span.Column).ShouldBe((line, column), diagnostic.ToString());
    }
}
