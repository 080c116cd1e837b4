using System;
using System.Linq;
using System.Text;
using Shouldly;
using Xunit;

namespace Listings.Tests.Editor;

public class TextMateGrammarTests
{
    private static ColouredToken Only(string text, string word)
    {
        var tokens = ListingTextMate.Tokenize(text).Where(t => t.Text.Trim() == word).ToList();
        tokens.Count.ShouldBe(1, $"one token '{word}' in «{text}», got: {Render(ListingTextMate.Tokenize(text))}");
        return tokens[0];
    }

    private static string Render(System.Collections.Generic.IEnumerable<ColouredToken> tokens) =>
        string.Join(" | ", tokens.Select(t => $"'{t.Text}' {t.Scope}"));

    [Theory]
    [InlineData("arrêté")]
    [InlineData("Arrêté")]
    [InlineData("arrete")]
    [InlineData("ARRÊTÉ")]
    [InlineData("arre\u0302te\u0301")] // decomposed accents, as some editors save them
    [InlineData("décret")]
    [InlineData("decision")]
    public void Act_kinds_are_coloured_whatever_their_case_and_accents(string kind)
    {
        Only($"acte (1) de stupefiants : {kind} du 22/02/1990 \"fixant la liste\"", kind)
            .Scope.ShouldBe("storage.type.act.listing");
    }

    [Theory]
    [InlineData("transfère \"Kétamine\" de stupefiants annexe IV à stupefiants annexe III", "transfère")]
    [InlineData("transfere \"Kétamine\" de stupefiants annexe IV à stupefiants annexe III", "transfere")]
    [InlineData("dérogation par x à \"Cannabis\" de stupefiants annexe I", "dérogation")]
    [InlineData("Derogation par x à \"Cannabis\" de stupefiants annexe I", "Derogation")]
    [InlineData("astérisques inconnus", "astérisques")]
    [InlineData("asterisques inconnus", "asterisques")]
    [InlineData("contre-ions \"napsilate\"", "contre-ions")]
    [InlineData("  comprend les sels", "comprend")]
    public void Statement_keywords_starting_a_line_are_statement_keywords(string line, string keyword)
    {
        Only(line, keyword).Scope.ShouldBe("keyword.control.statement.listing");
    }

    [Fact]
    public void A_statement_keyword_inside_a_statement_is_a_plain_keyword()
    {
        Only("- \"Pyrovalérone\", sauf préparations relevant de la liste externe \"liste I\"", "liste")
            .Scope.ShouldBe("keyword.other.listing");
    }

    [Theory]
    [InlineData("- \"Morphine\" sauf les éthers nommément mentionnés à l'annexe II", "l'annexe")]
    [InlineData("- \"Morphine\" sauf les éthers nommément mentionnés à l’annexe II", "l’annexe")]
    [InlineData("- \"Opium\" sauf préparations relevant d’un autre classement", "d’un")]
    public void Straight_and_curly_apostrophes_are_one(string line, string keyword)
    {
        Only(line, keyword).Scope.ShouldBe("keyword.other.listing");
    }

    [Theory]
    [InlineData("acte decision-hhc-2023 de stupefiants : décision du 12/06/2023 \"portant\"", "decision-hhc-2023")]
    [InlineData("dérogation par arrete-chanvre-2021 à \"Cannabis\" de stupefiants annexe I", "arrete-chanvre-2021")]
    [InlineData("liste stupefiants \"Liste\" fixée par (1)", "stupefiants")]
    public void An_identifier_holding_a_keyword_is_not_coloured_as_one(string line, string identifier)
    {
        Only(line, identifier).Scope.ShouldBe(ListingTextMate.ScopeName);
    }

    [Fact]
    public void Double_quoted_strings_keep_their_escapes_and_hide_keywords_and_comments()
    {
        var tokens = ListingTextMate.Tokenize("- \"le \\\"sel\\\" # \\\\ arrêté\" (2)");
        var inside = tokens.Where(t => t.Has("string.quoted.double.listing")).ToList();
        string.Concat(inside.Select(t => t.Text)).ShouldBe("\"le \\\"sel\\\" # \\\\ arrêté\"");
        inside.Where(t => t.Scope == "constant.character.escape.listing").Select(t => t.Text)
            .ShouldBe(new[] { "\\\"", "\\\"", "\\\\" });
        tokens.ShouldNotContain(t => t.Has("comment") || t.Has("keyword") && t.Has("string"));
        tokens.Last().Scope.ShouldBe("constant.other.mark.listing");
    }

    [Fact]
    public void Guillemet_strings_hold_anything_but_the_closing_guillemet()
    {
        var tokens = ListingTextMate.Tokenize("groupe « Les \"cannabinoïdes\" # suivants » (28)");
        string.Concat(tokens.Where(t => t.Has("string.quoted.other.guillemets.listing")).Select(t => t.Text))
            .ShouldBe("« Les \"cannabinoïdes\" # suivants »");
        tokens.ShouldNotContain(t => t.Has("comment"));
        tokens.Last().Scope.ShouldBe("constant.other.mark.listing");
    }

    [Fact]
    public void An_unterminated_string_ends_with_its_line_as_the_parser_reads_it()
    {
        var tokens = ListingTextMate.Tokenize("- \"Acétorphine\n- \"Morphine\" (2)");
        tokens.Where(t => t.Line == 2 && t.Text == "-").Single().Scope.ShouldBe("keyword.control.statement.entry.listing");
        tokens.Where(t => t.Line == 2).Last().Scope.ShouldBe("constant.other.mark.listing");
    }

    [Theory]
    [InlineData("acte (13) de stupefiants : arrêté du 24/03/2000 \"x\"", "24/03/2000")]
    [InlineData("acte x de stupefiants : arrêté du 7 juin 2010 \"x\"", "7 juin 2010")]
    [InlineData("acte x de stupefiants : arrêté du 1er juillet 2022 \"x\"", "1er juillet 2022")]
    [InlineData("acte x de stupefiants : arrêté du 22 fevrier 1990 \"x\"", "22 fevrier 1990")]
    [InlineData("acte x de stupefiants : arrêté du 3 Août 2021 \"x\"", "3 Août 2021")]
    public void Dates_are_one_token_in_figures_or_in_words(string line, string date)
    {
        Only(line, date).Scope.ShouldBe("constant.numeric.date.listing");
    }

    [Theory]
    [InlineData("2,5 mg", "2,5 ", "mg")]
    [InlineData("0.025 mg", "0.025 ", "mg")]
    [InlineData("0,30 %", "0,30 ", "%")]
    [InlineData("10 µg", "10 ", "µg")]
    [InlineData("10 ug", "10 ", "ug")]
    [InlineData("1,5 KG", "1,5 ", "KG")]
    [InlineData("0,005 g", "0,005 ", "g")]
    public void Quantities_are_coloured_with_their_unit(string quantity, string number, string unit)
    {
        var tokens = ListingTextMate.Tokenize($"autorise \"x\" si teneur en \"y\" au plus {quantity}");
        var coloured = tokens.Where(t => t.Has("constant.numeric.quantity.listing")).ToList();
        coloured.Select(t => t.Text).ShouldBe(new[] { number, unit });
        coloured[1].Scope.ShouldBe("keyword.other.unit.listing");
    }

    [Fact]
    public void Marks_diagnostic_ids_comments_and_annex_numbers_have_their_own_scopes()
    {
        var tokens = ListingTextMate.Tokenize(
            "- \"Oripavine\" ( 26 ) accepte LST2006 \"voulu\" # ajouté par (26)\nannexe III de stupefiants\npartie 2 de psychotropes");
        Only("- \"Oripavine\" ( 26 )", "( 26 )").Scope.ShouldBe("constant.other.mark.listing");
        tokens.Single(t => t.Text == "LST2006").Scope.ShouldBe("constant.other.diagnostic-id.listing");
        tokens.Single(t => t.Text == "accepte").Scope.ShouldBe("keyword.other.note.listing");
        string.Concat(tokens.Where(t => t.Has("comment.line.number-sign.listing")).Select(t => t.Text))
            .ShouldBe("# ajouté par (26)");
        tokens.Single(t => t.Text == "III").Scope.ShouldBe("constant.numeric.annex.listing");
        tokens.Single(t => t.Text == "2").Scope.ShouldBe("constant.numeric.annex.listing");
    }

    [Fact]
    public void An_entry_bullet_and_its_asterisk_are_marked_but_a_hyphenated_word_is_not()
    {
        var tokens = ListingTextMate.Tokenize("- * \"Nom\"\n• \"Autre\"");
        tokens.Single(t => t.Text == "-").Scope.ShouldBe("keyword.control.statement.entry.listing");
        tokens.Single(t => t.Text == "*").Scope.ShouldBe("keyword.operator.asterisk.listing");
        tokens.Single(t => t.Text == "•").Scope.ShouldBe("keyword.control.statement.entry.listing");
        Only("comprend leurs stéréo-isomères", "stéréo-isomères").Scope.ShouldBe("support.type.form.listing");
    }

    [Fact]
    public void In_the_French_listings_only_identifiers_and_free_words_are_left_uncoloured()
    {
        // Everything else outside strings and comments is a keyword, a mark, a date, a quantity, an
        // annex number or punctuation: a word left plain would be one the grammar forgot.
        var declared = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        var plain = new System.Collections.Generic.SortedSet<string>(StringComparer.Ordinal);
        var files = System.IO.Directory.GetFiles(Support.RepositoryPaths.Listings, "*.listing", System.IO.SearchOption.AllDirectories);
        files.Length.ShouldBeGreaterThan(5);
        foreach (var file in files)
        {
            var text = System.IO.File.ReadAllText(file);
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(
                         text, @"^\s*(?:liste|acte)\s+([A-Za-z][A-Za-z0-9_-]*)", System.Text.RegularExpressions.RegexOptions.Multiline))
                declared.Add(m.Groups[1].Value);
            foreach (var token in ListingTextMate.Tokenize(text))
                foreach (var word in token.Text.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
                    if (token.Scope == ListingTextMate.ScopeName)
                        plain.Add(word);
        }
        declared.ShouldContain("stupefiants");
        // The EBNF's free words: "de la convention de word", "son isomère [word]". And the keywords issue 14
        // added (consolidée jusqu'à, contenu inconnu, lecture, régime … par voie orale), which the editor
        // grammar (editors/, outside that change) does not colour yet: listed so that the gap is seen.
        plain.Except(declared).ShouldBe(new[] { "Vienne", "dextrogyre" });
    }

    [Fact]
    public void Every_construct_of_the_language_reference_token_by_token()
    {
        // The examples of grammar/LANGUAGE.md's "Constructs, one example each", each token with the
        // scope a theme colours it by (whitespace left out).
        var builder = new StringBuilder();
        foreach (var block in LanguageReference.ConstructExamples())
        {
            builder.Append("## ").AppendLine(block.Heading);
            var lines = block.Text.Split('\n');
            foreach (var group in ListingTextMate.Tokenize(block.Text).GroupBy(t => t.Line))
            {
                builder.AppendLine(lines[group.Key - 1]);
                foreach (var token in group.Where(t => t.Text.Trim().Length > 0))
                    builder.Append("  ").Append(token.Text.Trim()).Append("  ").AppendLine(token.Scope);
            }
        }
        Support.Snapshot.Match(builder.ToString());
    }
}
