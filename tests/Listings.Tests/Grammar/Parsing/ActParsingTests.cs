using Listings.Grammar.Syntax;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary><c>acte actId [de ident] : kind du date string { actClause }</c></summary>
public class ActParsingTests
{
    private static ActSyntax Act(string text) => Parsed.Valid(text).Acts.ShouldHaveSingleItem();

    [Fact]
    public void A_numbered_act_keeps_its_mark_list_kind_signature_title_and_publication()
    {
        var act = Act(
            "acte (13) de stupefiants : arrêté du 24/03/2000 \"modifiant l'arrêté du 22/02/1990 fixant la liste des substances classées comme stupéfiants\"\n" +
            "    JO du 18/04/2000\n");

        act.Id.Mark.ShouldBe(13);
        act.Id.Identifier.ShouldBeNull();
        act.NumberingList.ShouldBe("stupefiants");
        act.Kind.ShouldBe(ActKind.Arrete);
        act.Signed.Iso.ShouldBe("2000-03-24");
        act.Title.Value.ShouldBe("modifiant l'arrêté du 22/02/1990 fixant la liste des substances classées comme stupéfiants");
        act.Published.ShouldNotBeNull().Iso.ShouldBe("2000-04-18");
    }

    [Fact]
    public void An_act_without_entry_into_force_clause_leaves_the_default_rule()
    {
        var act = Act("acte (2) de stupefiants : arrêté du 19/07/1995 \"modifiant\" JO du 29/07/1995\n");

        act.EntryIntoForce.ShouldBeNull();
    }

    [Fact]
    public void The_publication_date_is_located_on_its_own_line()
    {
        // line 2: four spaces, "JO" at 5, "du" at 8, the date at 11
        var act = Act("acte (1) de stupefiants : arrêté du 22/02/1990 \"fixant\"\n    JO du 07/06/1990\n");

        (act.Published!.Span.Line, act.Published.Span.Column).ShouldBe((2, 11));
        (act.Signed.Span.Line, act.Signed.Span.Column).ShouldBe((1, 37));
    }

    [Fact]
    public void An_unnumbered_decision_is_named_by_its_identifier_and_may_have_no_known_publication()
    {
        var act = Act(
            "acte decision-hhc-2023 de stupefiants : décision du 12/06/2023 \"portant modification de la liste des substances classées comme stupéfiants\"\n" +
            "    JO inconnu\n");

        act.Id.Identifier.ShouldBe("decision-hhc-2023");
        act.Id.Mark.ShouldBeNull();
        act.Kind.ShouldBe(ActKind.Decision);
        act.Published.ShouldNotBeNull().IsKnown.ShouldBeFalse();
    }

    [Fact]
    public void An_act_outside_any_list_numbering_has_no_numbering_list()
    {
        var act = Act("acte arrete-2012-02-14 : arrêté du 14 février 2012 \"modifiant les arrêtés du 22 février 1990\" JO inconnu\n");

        act.NumberingList.ShouldBeNull();
        act.Id.Identifier.ShouldBe("arrete-2012-02-14");
    }

    [Fact]
    public void A_decree_is_a_decret()
    {
        var act = Act("acte decret-2022-972 : décret du 1er juillet 2022 \"relatif à la délivrance de médicaments classés comme stupéfiants\"\n");

        act.Kind.ShouldBe(ActKind.Decret);
    }

    [Fact]
    public void An_explicit_entry_into_force_date_is_kept_apart_from_the_publication()
    {
        var act = Act("acte x : décret du 1er juillet 2022 \"t\" JO du 2 juillet 2022 en vigueur le 03/07/2022\n");

        act.Published!.Iso.ShouldBe("2022-07-02");
        var inForce = act.EntryIntoForce.ShouldNotBeNull();
        inForce.Kind.ShouldBe(EntryIntoForceKind.Date);
        inForce.Date.ShouldNotBeNull().Iso.ShouldBe("2022-07-03");
    }

    [Fact]
    public void En_vigueur_le_lendemain_de_la_publication_states_the_default_rule()
    {
        var act = Act("acte x : arrêté du 01/08/2022 \"t\" JO du 02/08/2022 en vigueur le lendemain de la publication\n");

        var inForce = act.EntryIntoForce.ShouldNotBeNull();
        inForce.Kind.ShouldBe(EntryIntoForceKind.DayAfterPublication);
        inForce.Date.ShouldBeNull();
    }

    [Fact]
    public void An_entry_into_force_at_an_unknown_date_is_said_so()
    {
        var act = Act("acte x : arrêté du 01/08/2022 \"t\" JO inconnu en vigueur à une date inconnue\n");

        act.EntryIntoForce.ShouldNotBeNull().Kind.ShouldBe(EntryIntoForceKind.Unknown);
    }

    [Fact]
    public void An_unknown_signature_date_is_written_du_inconnue()
    {
        var act = Act("acte x : arrêté du inconnue \"t\" JO inconnu\n");

        act.Signed.IsKnown.ShouldBeFalse();
        act.Signed.Iso.ShouldBe("inconnue");
    }

    [Fact]
    public void The_same_mark_in_two_lists_names_two_acts()
    {
        var acts = Parsed.Valid(
            "acte (13) de stupefiants : arrêté du 24/03/2000 \"a\" JO du 18/04/2000\n" +
            "acte (14) de psychotropes : arrêté du 22/01/2001 \"b\" JO du 26/01/2001\n" +
            "acte (13) de psychotropes : arrêté du 01/01/2001 \"c\" JO du 02/01/2001\n").Acts;

        acts.Count.ShouldBe(3);
        acts[0].NumberingList.ShouldBe("stupefiants");
        acts[2].NumberingList.ShouldBe("psychotropes");
        acts[2].Id.Mark.ShouldBe(13);
    }
}
