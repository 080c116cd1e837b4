using System.Linq;
using Listings.Grammar.Syntax;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary><c>sauf …</c>: what an entry leaves out, in each form the acts use.</summary>
public class ExceptionParsingTests
{
    private static T Exception<T>(string entryLines) where T : ExceptionSyntax =>
        Parsed.Clause<ExceptionClause>(entryLines).Exception.ShouldBeOfType<T>();

    [Fact]
    public void An_isomer_exception_keeps_its_qualifier_and_the_isomers_name()
    {
        var exception = Exception<IsomerExceptionSyntax>("- \"Lévométhorphane\", sauf son isomère dextrogyre ou \"dextrométhorphane\"\n");

        exception.Qualifier.ShouldBe("dextrogyre");
        exception.Name.Value.ShouldBe("dextrométhorphane");
    }

    [Fact]
    public void An_isomer_exception_may_have_no_qualifier()
    {
        var exception = Exception<IsomerExceptionSyntax>("- \"Lévorphanol\", sauf son isomère \"dextrorphane\"\n");

        exception.Qualifier.ShouldBeNull();
        exception.Name.Value.ShouldBe("dextrorphane");
    }

    [Fact]
    public void Derivatives_nommement_mentionnes_a_another_annex_are_excepted()
    {
        var exception = Exception<DerivativeExceptionSyntax>("- \"Morphine\" sauf les éthers nommément mentionnés à l'annexe II\n");

        exception.Kind.ShouldBe(FormKind.Ethers);
        exception.AnnexId.ShouldBe("II");
    }

    [Fact]
    public void Derivatives_inscrits_a_another_annex_are_excepted()
    {
        var exception = Exception<DerivativeExceptionSyntax>("- \"Morphine\" sauf les esters inscrits à l'annexe II\n");

        exception.Kind.ShouldBe(FormKind.Esters);
        exception.AnnexId.ShouldBe("II");
    }

    [Theory]
    [InlineData("injectables", Route.Injectable)]
    [InlineData("autres qu'injectables", Route.OtherThanInjectable)]
    [InlineData("orales", Route.Oral)]
    public void A_preparation_exception_names_its_route(string route, Route expected)
    {
        var exception = Exception<PreparationExceptionSyntax>($"- \"Benzphétamine\", sauf préparations {route}\n");

        exception.Route.ShouldBe(expected);
        exception.Tablets.ShouldBeFalse();
        exception.PerUnit.ShouldBeEmpty();
        exception.External.ShouldBeNull();
    }

    [Fact]
    public void A_preparation_exception_with_an_article_and_a_possessive_reads_the_same()
    {
        var exception = Exception<PreparationExceptionSyntax>("- \"Kétamine\" avec ses sels, sauf leurs préparations injectables (7)\n");

        exception.Route.ShouldBe(Route.Injectable);
    }

    [Fact]
    public void Per_unit_amounts_keep_their_bound_quantity_substance_and_base()
    {
        var exception = Exception<PreparationExceptionSyntax>(
            "- \"Diphénoxylate\", sauf préparations orales renfermant par unité au plus 2,5 mg de \"diphénoxylate\" en base\n" +
            "      et au moins 0,025 mg de \"sulfate d'atropine\"\n");

        exception.Route.ShouldBe(Route.Oral);
        exception.PerUnitBasis.ShouldBe("unité");
        exception.PerUnit.Count.ShouldBe(2);

        var most = exception.PerUnit[0];
        most.Bound.ShouldBe(Bound.AtMost);
        most.Quantity.Value.ShouldBe(2.5m);
        most.Quantity.Unit.ShouldBe("mg");
        most.Substance.Value.ShouldBe("diphénoxylate");
        most.AsBase.ShouldBeTrue();

        var least = exception.PerUnit[1];
        least.Bound.ShouldBe(Bound.AtLeast);
        least.Quantity.Value.ShouldBe(0.025m);
        least.Substance.Value.ShouldBe("sulfate d'atropine");
        least.AsBase.ShouldBeFalse();
        (least.Span.Line, least.Span.Column).ShouldBe((3, 10));
    }

    [Fact]
    public void A_tablet_preparation_lists_exact_amounts_per_tablet_name_first()
    {
        var exception = Exception<PreparationExceptionSyntax>(
            "- \"Amphétamine\" sauf la préparation en comprimés renfermant par comprimé \"sulfate d'amphétamine\" 0,005 g,\n" +
            "      \"phénobarbital\" 0,100 g\n");

        exception.Tablets.ShouldBeTrue();
        exception.Route.ShouldBeNull();
        exception.PerUnitBasis.ShouldBe("comprimé");
        exception.PerUnit.Select(a => (a.Bound, a.Quantity.Value, a.Quantity.Unit, a.Substance.Value)).ShouldBe(new[]
        {
            (Bound.Exactly, 0.005m, "g", "sulfate d'amphétamine"),
            (Bound.Exactly, 0.100m, "g", "phénobarbital"),
        });
    }

    [Fact]
    public void An_amount_reads_the_same_quantity_first_or_name_first()
    {
        var quantityFirst = Exception<PreparationExceptionSyntax>(
            "- \"X\" sauf préparations renfermant par unité au plus 2,5 mg de \"diphénoxylate\"\n").PerUnit.ShouldHaveSingleItem();
        var nameFirst = Exception<PreparationExceptionSyntax>(
            "- \"X\" sauf préparations renfermant par unité au plus \"diphénoxylate\" 2,5 mg\n").PerUnit.ShouldHaveSingleItem();

        (nameFirst.Bound, nameFirst.Quantity.Value, nameFirst.Quantity.Unit, nameFirst.Substance.Value)
            .ShouldBe((quantityFirst.Bound, quantityFirst.Quantity.Value, quantityFirst.Quantity.Unit, quantityFirst.Substance.Value));
        nameFirst.Bound.ShouldBe(Bound.AtMost);
    }

    [Fact]
    public void A_per_unit_basis_written_without_its_accent_reads_as_the_same_keyword()
    {
        // LANGUAGE.md: keywords are matched without regard to case or accents ("comprimé" = "comprime"),
        // so the tree must not depend on how the keyword was typed.
        var accented = Exception<PreparationExceptionSyntax>(
            "- \"X\" sauf la préparation en comprimés renfermant par comprimé \"s\" 0,005 g\n");
        var plain = Exception<PreparationExceptionSyntax>(
            "- \"X\" sauf la préparation en comprimés renfermant par comprime \"s\" 0,005 g\n");

        plain.PerUnitBasis.ShouldBe(accented.PerUnitBasis);
    }

    [Fact]
    public void Preparations_may_be_left_to_an_external_list()
    {
        var exception = Exception<PreparationExceptionSyntax>("- \"Pyrovalérone\", sauf préparations relevant de la liste externe \"liste I\"\n");

        exception.External.ShouldNotBeNull().ListName.ShouldNotBeNull().Value.ShouldBe("liste I");
    }

    [Fact]
    public void Preparations_may_be_left_to_another_unnamed_classification()
    {
        var exception = Exception<PreparationExceptionSyntax>("- \"Opium\" sauf préparations relevant d'un autre classement\n");

        exception.Route.ShouldBeNull();
        exception.External.ShouldNotBeNull().ListName.ShouldBeNull();
    }

    [Fact]
    public void An_entry_may_have_several_exceptions()
    {
        var entry = Parsed.Substance(
            "- \"Morphine\",\n" +
            "    sauf les éthers nommément mentionnés à l'annexe II,\n" +
            "    sauf préparations relevant d'un autre classement\n");

        var exceptions = entry.Clauses.OfType<ExceptionClause>().Select(c => c.Exception).ToList();
        exceptions.Count.ShouldBe(2);
        exceptions[0].ShouldBeOfType<DerivativeExceptionSyntax>();
        exceptions[1].ShouldBeOfType<PreparationExceptionSyntax>();
        (exceptions[1].Span.Line, exceptions[1].Span.Column).ShouldBe((4, 10));
    }
}
