using Listings.Grammar.Diagnostics;
using Listings.Grammar.Parsing;
using Listings.Grammar.Syntax;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Diagnostics;

/// <summary>
/// Each diagnostic of LANGUAGE.md's table, on a small input: the exact lines a user reads
/// (snapshots), and the line and column counted by hand from the input.
/// </summary>
public class SyntaxDiagnosticsTests
{
    private static ParseResult Parse(string text) => Parsed.Text(text);

    private static void ShouldBeAt(ListingDiagnostic diagnostic, string id, int line, int column)
    {
        diagnostic.Id.ShouldBe(id);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.Span.Path.ShouldBe(Parsed.Path);
        (diagnostic.Span.Line, diagnostic.Span.Column).ShouldBe((line, column));
    }

    [Fact]
    public void Lst0001_a_syntax_error_says_what_was_expected_and_what_was_found()
    {
        var result = Parse(
            "# Liste des stupéfiants\n" +
            "liste stupefiants 42 \"Liste\"\n");

        // line 2: "liste stupefiants " is 18 characters, "42" starts at column 19
        ShouldBeAt(result.Diagnostics.ShouldHaveSingleItem(), "LST0001", 2, 19);
        Snapshot.Match(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Lst0001_at_the_start_of_a_statement_names_every_statement_keyword()
    {
        // LANGUAGE.md: "Each statement starts with its keyword — liste, acte, annexe, partie, tableau,
        // groupe, comprend, astérisques, - (or •), amendement, ajoute, retire, transfère, modifie,
        // dérogation, autorise, contre-ions".
        var diagnostic = Parse("# aucune instruction ne commence par ce mot\nperdus\n").Diagnostics.ShouldHaveSingleItem();

        ShouldBeAt(diagnostic, "LST0001", 2, 1);
        foreach (var keyword in new[]
                 {
                     "liste", "acte", "annexe", "partie", "tableau", "groupe", "comprend", "astérisques", "-",
                     "amendement", "ajoute", "retire", "transfère", "modifie", "dérogation", "autorise", "contre-ions",
                 })
            diagnostic.Message.ShouldContain("'" + keyword + "'");
    }

    [Fact]
    public void Lst0002_an_unterminated_string_is_reported_where_it_opens()
    {
        var result = Parse(
            "annexe I de stupefiants\n" +
            "- \"Acétorphine\"\n" +
            "- \"Morphine\n");

        ShouldBeAt(result.Diagnostics.ShouldHaveSingleItem(), "LST0002", 3, 3);
        Snapshot.Match(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Lst0003_a_day_that_does_not_exist_is_an_invalid_date()
    {
        var result = Parse(
            "# (1) Arrêté du 22 février 1990\n" +
            "acte (1) de stupefiants : arrêté du 31/02/1990 \"fixant la liste\"\n");

        // line 2: "acte (1) de stupefiants : arrêté du " is 36 characters
        ShouldBeAt(result.Diagnostics.ShouldHaveSingleItem(), "LST0003", 2, 37);
        Snapshot.Match(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Lst0003_a_two_digit_year_is_an_invalid_date()
    {
        // as the seed prints psychotropes act (10): "Arrêté du 25 /02/99"
        var result = Parse(
            "# ligne 760 du texte source\n" +
            "acte (10) de psychotropes : arrêté du 25/02/99 \"modifiant\"\n");

        // line 2: "acte (10) de psychotropes : arrêté du " is 38 characters
        ShouldBeAt(result.Diagnostics.ShouldHaveSingleItem(), "LST0003", 2, 39);
        Snapshot.Match(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Lst0004_an_entry_before_any_annex_has_no_container()
    {
        var result = Parse(
            "# aucune annexe n'est ouverte\n" +
            "- \"Acétorphine\"\n");

        ShouldBeAt(result.Diagnostics.ShouldHaveSingleItem(), "LST0004", 2, 1);
        Snapshot.Match(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Lst0004_autorise_without_a_derogation_has_no_container()
    {
        var result = Parse(
            "acte arrete-chanvre-2021 : arrêté du 30/12/2021 \"chanvre\" JO du 31/12/2021\n" +
            "autorise \"extraits de chanvre\" si teneur en \"delta-9-tétrahydrocannabinol\" au plus 0,30 %\n");

        ShouldBeAt(result.Diagnostics.ShouldHaveSingleItem(), "LST0004", 2, 1);
        Snapshot.Match(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Lst0004_comprend_without_an_annex_has_no_container()
    {
        var result = Parse("liste stupefiants \"Stupéfiants\"\n  comprend les substances ci-après désignées\n");

        ShouldBeAt(result.Diagnostics.ShouldHaveSingleItem(), "LST0004", 2, 3);
    }

    [Fact]
    public void Lst0005_an_unknown_unit_is_reported_at_the_unit()
    {
        var result = Parse(
            "dérogation par arrete-chanvre-2021 à \"Cannabis\" de stupefiants annexe I\n" +
            "autorise \"extraits de chanvre\" si teneur en \"delta-9-tétrahydrocannabinol\" au plus 0,30 ppm\n");

        // line 2: 'autorise "extraits de chanvre" si teneur en "delta-9-tétrahydrocannabinol" au plus 0,30 ' is 88 characters
        ShouldBeAt(result.Diagnostics.ShouldHaveSingleItem(), "LST0005", 2, 89);
        Snapshot.Match(string.Join("\n", result.Diagnostics));
    }
}
