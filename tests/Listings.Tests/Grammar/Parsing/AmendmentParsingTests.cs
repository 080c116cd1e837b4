using System.Linq;
using Listings.Grammar.Syntax;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary><c>amendement par …</c> and its changes: <c>ajoute</c>, <c>retire</c>, <c>transfère</c>, <c>modifie</c>.</summary>
public class AmendmentParsingTests
{
    private const string Changes =
        "amendement par decision-hhc-2023\n" +
        "ajoute à stupefiants annexe inconnue\n" +
        "- \"Hexahydrocannabinol\" ou \"HHC\"\n" +
        "- \"Hexahydrocannabiphorol\" ou \"HHCP\"\n" +
        "retire \"Zipéprol\" de stupefiants annexe III\n" +
        "transfère \"Kétamine\" de stupefiants annexe IV à stupefiants annexe III\n" +
        "modifie \"Amphétamine\" de stupefiants annexe III : sauf préparations injectables\n";

    private static AmendmentSyntax Amendment(string text) => Parsed.Valid(text).Amendments.ShouldHaveSingleItem();

    [Fact]
    public void An_amendment_names_its_act_and_holds_its_changes_in_order()
    {
        var amendment = Amendment(Changes);

        amendment.Act.Identifier.ShouldBe("decision-hhc-2023");
        amendment.InForce.ShouldBeNull();
        amendment.Operations.Select(o => o.GetType()).ShouldBe(new[]
            { typeof(AdditionSyntax), typeof(RemovalSyntax), typeof(TransferSyntax), typeof(ModificationSyntax) });
    }

    [Fact]
    public void Ajoute_takes_the_entries_that_follow_it_into_an_annex_that_may_be_unknown()
    {
        var addition = Amendment(Changes).Operations[0].ShouldBeOfType<AdditionSyntax>();

        addition.Target.ListId.ShouldBe("stupefiants");
        addition.Target.Kind.ShouldBe(AnnexKind.Annexe);
        addition.Target.AnnexId.ShouldBeNull();
        Parsed.Names(addition.Entries).ShouldBe(new[] { "Hexahydrocannabinol", "Hexahydrocannabiphorol" });
        (addition.Entries[1].Span.Line, addition.Entries[1].Span.Column).ShouldBe((4, 1));
    }

    [Fact]
    public void Added_entries_belong_to_the_amendment_not_to_an_annex()
    {
        Parsed.Valid(Changes).Annexes.ShouldBeEmpty();
    }

    [Fact]
    public void Ajoute_may_name_a_known_annex_or_part()
    {
        var addition = Amendment("amendement par (16)\najoute à psychotropes partie 2\n- \"X\"\n").Operations.ShouldHaveSingleItem()
            .ShouldBeOfType<AdditionSyntax>();

        addition.Target.Kind.ShouldBe(AnnexKind.Partie);
        addition.Target.AnnexId.ShouldBe("2");
    }

    [Fact]
    public void A_second_ajoute_closes_the_first()
    {
        var additions = Amendment(
            "amendement par (21)\n" +
            "ajoute à stupefiants annexe III\n- \"A\"\n" +
            "ajoute à stupefiants annexe IV\n- \"B\"\n- \"C\"\n").Operations.Cast<AdditionSyntax>().ToList();

        additions.Select(a => (a.Target.AnnexId, a.Entries.Count)).ShouldBe(new (string?, int)[] { ("III", 1), ("IV", 2) });
    }

    [Fact]
    public void Retire_names_the_entry_and_the_annex_it_leaves()
    {
        var removal = Amendment(Changes).Operations[1].ShouldBeOfType<RemovalSyntax>();

        removal.Name.Value.ShouldBe("Zipéprol");
        removal.From.ToString().ShouldBe("stupefiants annexe III");
        (removal.Span.Line, removal.Span.Column).ShouldBe((5, 1));
    }

    [Fact]
    public void Transfere_names_the_annex_left_and_the_annex_joined()
    {
        var transfer = Amendment(Changes).Operations[2].ShouldBeOfType<TransferSyntax>();

        transfer.Name.Value.ShouldBe("Kétamine");
        transfer.From.AnnexId.ShouldBe("IV");
        transfer.To.AnnexId.ShouldBe("III");
        transfer.To.ListId.ShouldBe("stupefiants");
    }

    [Fact]
    public void Modifie_gives_the_clauses_that_change_an_entry()
    {
        var modification = Amendment(Changes).Operations[3].ShouldBeOfType<ModificationSyntax>();

        modification.Name.Value.ShouldBe("Amphétamine");
        modification.Target.AnnexId.ShouldBe("III");
        modification.Clauses.ShouldHaveSingleItem().ShouldBeOfType<ExceptionClause>()
            .Exception.ShouldBeOfType<PreparationExceptionSyntax>().Route.ShouldBe(Route.Injectable);
    }

    [Fact]
    public void An_amendment_may_override_the_entry_into_force_of_its_act()
    {
        var amendment = Amendment("amendement par (21) en vigueur le 01/01/2024\n");

        amendment.Act.Mark.ShouldBe(21);
        amendment.InForce.ShouldNotBeNull().Iso.ShouldBe("2024-01-01");
    }
}
