using Listings.Grammar.Syntax;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary>The lexical rules of LANGUAGE.md: comments, keywords, apostrophes, strings, line ends, BOM.</summary>
public class LexicalRulesTests
{
    [Fact]
    public void A_comment_runs_from_hash_to_the_end_of_the_line_outside_strings()
    {
        var entries = Parsed.Entries(Parsed.Valid(
            "# Annexe I — arrêté du 22 février 1990\n" +
            "annexe I de stupefiants # l'annexe des opiacés\n" +
            "- \"Morphine\" # commentaire \"pas une chaîne\"\n" +
            "- \"Produit #1\"\n"));

        Parsed.Names(entries).ShouldBe(new[] { "Morphine", "Produit #1" });
        entries[0].Clauses.ShouldBeEmpty();
    }

    [Fact]
    public void A_comment_may_stand_inside_a_statement_that_spans_lines()
    {
        var exception = Parsed.Clause<ExceptionClause>(
                "- \"Diphénoxylate\", sauf préparations orales # par dose unitaire\n" +
                "    renfermant par unité au plus 2,5 mg de \"diphénoxylate\"\n")
            .Exception.ShouldBeOfType<PreparationExceptionSyntax>();

        exception.PerUnit.ShouldHaveSingleItem().Quantity.Value.ShouldBe(2.5m);
    }

    [Fact]
    public void Keywords_match_without_regard_to_case_or_accents()
    {
        // Same file twice: keywords written as the act writes them, then in capitals and without
        // accents. Every token keeps its length, so even the columns must agree.
        const string accented =
            "acte (1) de stupefiants : arrêté du 22/02/1990 \"fixant la liste\" JO du 07/06/1990\n" +
            "annexe III de stupefiants\n" +
            "comprend leurs stéréo-isomères pour les substances précédées d'un astérisque (13)\n" +
            "comprend les préparations à l'exception de celles nommément désignées\n" +
            "astérisques inconnus défaut \"perdus\"\n" +
            "- \"Benzphétamine\", sauf préparations autres qu'injectables\n" +
            "- \"Mescaline\" modifiée par (21)\n" +
            "amendement par (21) en vigueur le 01/01/2024\n" +
            "transfère \"Kétamine\" de stupefiants annexe IV à stupefiants annexe III\n" +
            "dérogation par arrete-chanvre-2021 à \"Cannabis\" de stupefiants annexe I\n" +
            "autorise \"extraits de chanvre\" si teneur en \"delta-9-tétrahydrocannabinol\" au plus 0,30 %\n";
        const string plain =
            "ACTE (1) DE stupefiants : ARRETE DU 22/02/1990 \"fixant la liste\" jo du 07/06/1990\n" +
            "ANNEXE III De stupefiants\n" +
            "Comprend LEURS stereo-isomeres POUR les substances precedees D'UN asterisque (13)\n" +
            "COMPREND les preparations A L'EXCEPTION de celles nommement designees\n" +
            "ASTERISQUES INCONNUS DEFAUT \"perdus\"\n" +
            "- \"Benzphétamine\", SAUF Preparations AUTRES QU'INJECTABLES\n" +
            "- \"Mescaline\" MODIFIEE PAR (21)\n" +
            "Amendement PAR (21) EN VIGUEUR LE 01/01/2024\n" +
            "transfere \"Kétamine\" DE stupefiants ANNEXE IV A stupefiants annexe III\n" +
            "derogation par arrete-chanvre-2021 a \"Cannabis\" de stupefiants annexe I\n" +
            "AUTORISE \"extraits de chanvre\" SI TENEUR EN \"delta-9-tétrahydrocannabinol\" AU PLUS 0,30 %\n";

        SyntaxTreeText.Of(Parsed.Valid(plain)).ShouldBe(SyntaxTreeText.Of(Parsed.Valid(accented)));
    }

    [Fact]
    public void Curly_and_straight_apostrophes_are_the_same_in_keywords()
    {
        const string straight =
            "annexe I de stupefiants\n" +
            "comprend leurs stéréo-isomères pour les substances précédées d'un astérisque\n" +
            "comprend les esters et éthers, à moins qu'ils ne soient inscrits à une autre annexe\n" +
            "comprend les préparations, à l'exception de celles nommément désignées\n" +
            "- \"Benzphétamine\", sauf préparations autres qu'injectables\n" +
            "- \"Opium\" sauf préparations relevant d'un autre classement\n" +
            "- \"Morphine\" sauf les éthers nommément mentionnés à l'annexe II\n";
        var curly = straight.Replace("d'un", "d\u2019un").Replace("qu'ils", "qu\u2019ils").Replace("l'exception", "l\u2019exception")
            .Replace("qu'injectables", "qu\u2019injectables").Replace("l'annexe", "l\u2019annexe");

        curly.ShouldNotBe(straight);
        SyntaxTreeText.Of(Parsed.Valid(curly)).ShouldBe(SyntaxTreeText.Of(Parsed.Valid(straight)));
    }

    [Fact]
    public void Guillemets_hold_a_string_without_their_inner_spaces()
    {
        var entry = Parsed.Substance("- « Cannabis » et «résine de cannabis»\n");

        entry.Name.Value.ShouldBe("Cannabis");
        entry.CoListed.ShouldHaveSingleItem().Value.ShouldBe("résine de cannabis");
    }

    [Fact]
    public void Guillemets_may_hold_straight_quotes()
    {
        Parsed.Substance("- « l’\"Ayahuasca\" »\n").Name.Value.ShouldBe("l’\"Ayahuasca\"");
    }

    [Fact]
    public void Inside_quotes_backslash_escapes_a_quote_and_a_backslash()
    {
        var entry = Parsed.Substance("- \"l’ \\\"Ayahuasca\\\"\" texte \"a\\\\b\"\n");

        entry.Name.Value.ShouldBe("l’ \"Ayahuasca\"");
        entry.Notes.ShouldHaveSingleItem().Content.Value.ShouldBe("a\\b");
    }

    [Fact]
    public void A_file_with_crlf_line_ends_gives_the_same_tree_as_with_lf()
    {
        const string lf =
            "liste stupefiants \"Liste des substances classées comme stupéfiants\" fixée par (1)\n" +
            "acte (1) de stupefiants : arrêté du 22/02/1990 \"fixant la liste\"\n" +
            "    JO du 07/06/1990\n" +
            "# Annexe I\n" +
            "annexe I de stupefiants\n" +
            "comprend les substances ci-après désignées\n" +
            "- \"Diphénoxylate\", sauf préparations orales renfermant par unité au plus 2,5 mg de \"diphénoxylate\" en base\n" +
            "      et au moins 0,025 mg de \"sulfate d'atropine\"\n" +
            "    texte « Diphénoxylate, à l’exception … »\n" +
            "- \"Lysergide\" ou \"LSD-25\" (3)\n" +
            "amendement par decision-hhc-2023\n" +
            "ajoute à stupefiants annexe inconnue\n" +
            "- \"Hexahydrocannabinol\" ou \"HHC\"\n" +
            "dérogation par arrete-chanvre-2021 à \"Cannabis\" de stupefiants annexe I\n" +
            "autorise \"extraits de chanvre\" si teneur en \"delta-9-tétrahydrocannabinol\" au plus 0,30 %\n";
        var crlf = lf.Replace("\n", "\r\n");

        SyntaxTreeText.Of(Parsed.Valid(crlf)).ShouldBe(SyntaxTreeText.Of(Parsed.Valid(lf)));
    }

    [Fact]
    public void A_byte_order_mark_is_ignored()
    {
        var list = Parsed.Valid("\uFEFFliste stupefiants \"Stupéfiants\"\n").Lists.ShouldHaveSingleItem();

        list.Id.ShouldBe("stupefiants");
    }

    [Fact]
    public void Identifiers_hold_letters_digits_hyphens_and_underscores()
    {
        var act = Parsed.Valid("acte arrete_chanvre-2021 : arrêté du 30/12/2021 \"chanvre\"\n").Acts.ShouldHaveSingleItem();

        act.Id.Identifier.ShouldBe("arrete_chanvre-2021");
    }
}
