using System.Linq;
using Listings.Grammar.Syntax;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary>
/// <c>nomme dérivés|plante|genres|intermédiaires|produits "…", …</c>: names an entry (or an
/// authorisation) prints inside its own text, and the tolerance a content threshold carries.
/// </summary>
public class NamesClauseParsingTests
{
    [Fact]
    public void An_entry_names_the_derivatives_its_text_cites_and_keeps_its_other_clauses()
    {
        var entry = Parsed.Substance(
            "- \"Morphine\" (\"… tel méthobromure, N-oxymorphine, N-oxycodéine\"),\n" +
            "    nomme dérivés \"méthobromure\", \"N-oxymorphine\", \"N-oxycodéine\",\n" +
            "    sauf les éthers nommément mentionnés à l'annexe II\n");

        var names = entry.Clauses.OfType<NamesClause>().ShouldHaveSingleItem();
        names.Kind.ShouldBe(CitedKind.Derivatives);
        names.Names.Select(n => n.Name.Value).ShouldBe(new[] { "méthobromure", "N-oxymorphine", "N-oxycodéine" });
        names.Names.ShouldAllBe(n => n.Label == null);
        (names.Names[1].Name.Span.Line, names.Names[1].Name.Span.Column).ShouldBe((3, 35));
        entry.Clauses.OfType<ExceptionClause>().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("dérivés", CitedKind.Derivatives)]
    [InlineData("dérivé", CitedKind.Derivatives)]
    [InlineData("plante", CitedKind.Plant)]
    [InlineData("genres", CitedKind.Genera)]
    [InlineData("genre", CitedKind.Genera)]
    [InlineData("intermédiaires", CitedKind.Intermediates)]
    [InlineData("intermediaire", CitedKind.Intermediates)]
    [InlineData("produits", CitedKind.Products)]
    public void Each_kind_is_a_keyword(string word, CitedKind kind)
    {
        Parsed.Clause<NamesClause>($"- \"X\" nomme {word} \"y\" et \"z\"\n").Kind.ShouldBe(kind);
    }

    [Fact]
    public void Intermediates_carry_the_letter_the_act_gives_them()
    {
        var names = Parsed.Clause<NamesClause>(
            "- \"Péthidine\" nomme intermédiaires A \"cyano-4 méthyl-1 phényl-4 pipéridine\",\n" +
            "    B \"ester éthylique de l’acide phényl-4 pipéridine carboxylique-4\" et C \"acide méthyl-1 phényl-4 pipéridine carboxylique-4\" (13)\n");

        names.Names.Select(n => n.Label).ShouldBe(new[] { "A", "B", "C" });
        names.Names[2].Name.Value.ShouldBe("acide méthyl-1 phényl-4 pipéridine carboxylique-4");
    }

    [Fact]
    public void A_mark_after_the_names_is_the_entry_s_mark()
    {
        var entry = Parsed.Entry("- \"Khat\" (\"feuilles de Catha edulis, Celastracées\") nomme plante \"Catha edulis\", \"feuilles de Catha edulis\" (2)\n");

        entry.Clauses.OfType<NamesClause>().ShouldHaveSingleItem().Names.Count.ShouldBe(2);
        entry.Marks.ShouldBe(new[] { 2 });
    }

    [Fact]
    public void A_names_clause_without_a_name_is_a_syntax_error_where_the_name_should_be()
    {
        var result = Parsed.Text("annexe I de stupefiants\n- \"X\" nomme genres (2)\n");

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe("LST0001");
        (error.Span.Line, error.Span.Column).ShouldBe((2, 20));
    }

    [Fact]
    public void An_authorisation_names_what_it_authorises_under_its_other_names_and_its_products()
    {
        var derogation = Parsed.Valid(
            "dérogation par chanvre à \"Cannabis\" de stupefiants annexe I\n" +
            "autorise \"variétés de Cannabis sativa L.\" nomme plante \"Cannabis sativa L.\", \"chanvre\"\n" +
            "    si teneur en \"delta-9-tétrahydrocannabinol\" au plus 0,30 % avec une tolérance de 0,03 %\n" +
            "autorise \"extraits de chanvre\" nomme produits \"produits qui les intègrent\" si teneur en \"THC\" au plus 0,30 %\n")
            .Derogations.ShouldHaveSingleItem();

        var variety = derogation.Authorisations[0];
        variety.Names.ShouldHaveSingleItem().Names.Select(n => n.Name.Value).ShouldBe(new[] { "Cannabis sativa L.", "chanvre" });
        var content = variety.Conditions.ShouldHaveSingleItem().ShouldBeOfType<ContentConditionSyntax>();
        content.Threshold.Value.ShouldBe(0.30m);
        content.Tolerance.ShouldNotBeNull().Value.ShouldBe(0.03m);
        content.Tolerance!.Unit.ShouldBe("%");
        derogation.Authorisations[1].Names.ShouldHaveSingleItem().Kind.ShouldBe(CitedKind.Products);
        derogation.Authorisations[1].Conditions.ShouldHaveSingleItem().ShouldBeOfType<ContentConditionSyntax>().Tolerance.ShouldBeNull();
    }
}
