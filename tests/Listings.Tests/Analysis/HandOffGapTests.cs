using Listings.Grammar.Diagnostics;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Analysis;

/// <summary>LST2006: an entry excepts its preparations by route, and no other list of the set receives them.</summary>
public class HandOffGapTests
{
    // stupefiants.listing: the list, its founding act, annex III including preparations; the entry is line 5.
    // line 5: - "Benzphétamine", sauf …   → "sauf" at column 20
    private const string Stupefiants = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        annexe III de stupefiants
        comprend les préparations, à l'exception de celles nommément désignées
        - "Benzphétamine", sauf préparations autres qu'injectables
        """;

    private const string Psychotropes = """
        liste psychotropes "Liste des psychotropes" fixée par (1)
        acte (1) de psychotropes : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        partie 2 de psychotropes
        comprend les préparations nommément désignées
        """;

    [Fact]
    public void Preparations_excepted_by_route_that_no_list_receives_are_reported_as_a_warning_at_the_exception()
    {
        var findings = Analyzed.Findings(("stupefiants.listing", Stupefiants));

        var finding = findings.Single("LST2006");
        finding.Severity.ShouldBe(DiagnosticSeverity.Warning);
        finding.Span.ShouldBeAt("stupefiants.listing", 5, 20);
        finding.AdditionalSpans.ShouldBeEmpty();
    }

    [Fact]
    public void The_gap_message_names_the_entry_and_the_preparations_it_excepts()
    {
        var findings = Analyzed.Findings(("stupefiants.listing", Stupefiants));

        var message = findings.Single("LST2006").Message;
        message.ShouldContain("« Benzphétamine » (stupefiants III)");
        message.ShouldContain("préparations autres qu'injectables");
    }

    [Fact]
    public void Preparations_received_by_another_list_are_not_a_gap()
    {
        var findings = Analyzed.Findings(
            ("stupefiants.listing", Stupefiants),
            ("psychotropes.listing", Psychotropes + "\n"
                + "- préparations autres qu'injectables renfermant \"benzphétamine\" ou ses sels reçues de stupefiants annexe III"));

        findings.ShouldBeClean();
    }

    [Fact]
    public void A_list_receiving_the_preparations_of_the_other_route_does_not_close_the_gap()
    {
        var findings = Analyzed.Findings(
            ("stupefiants.listing", Stupefiants),
            ("psychotropes.listing", Psychotropes + "\n"
                + "- préparations injectables renfermant \"benzphétamine\" ou ses sels"));

        findings.Single("LST2006").Span.ShouldBeAt("stupefiants.listing", 5, 20);
    }

    [Fact]
    public void A_preparation_exception_with_per_unit_amounts_is_an_exoneration_not_a_gap()
    {
        var findings = Analyzed.Findings(("stupefiants.listing", """
            liste stupefiants "Liste des stupéfiants" fixée par (1)
            acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
            annexe I de stupefiants
            comprend les préparations, à l'exception de celles nommément désignées
            - "Diphénoxylate", sauf préparations orales renfermant par unité au plus 2,5 mg de "diphénoxylate" en base
                et au moins 0,025 mg de "sulfate d'atropine"
            """));

        findings.ShouldBeClean();
    }

    [Fact]
    public void Oral_preparations_excepted_without_amounts_are_a_gap()
    {
        // line 5: - "Diphénoxylate", sauf …   → "sauf" at column 20
        var findings = Analyzed.Findings(("stupefiants.listing", """
            liste stupefiants "Liste des stupéfiants" fixée par (1)
            acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
            annexe I de stupefiants
            comprend les préparations, à l'exception de celles nommément désignées
            - "Diphénoxylate", sauf préparations orales
            """));

        findings.Single("LST2006").Span.ShouldBeAt("stupefiants.listing", 5, 20);
    }

    [Fact]
    public void Preparations_excepted_by_an_amendment_that_no_list_receives_are_a_gap()
    {
        // The exception comes with act (2)'s 'modifie', not with the entry: the later version of the entry
        // excepts the preparations, and no list receives them.
        // line 8: modifie "Benzphétamine" de stupefiants annexe III : sauf …   → "sauf" at column 53
        var findings = Analyzed.Findings(("stupefiants.listing", """
            liste stupefiants "Liste des stupéfiants" fixée par (1)
            acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
            acte (2) de stupefiants : arrêté du 01/01/2000 "modifiant la liste" JO du 05/01/2000
            annexe III de stupefiants
            comprend les préparations, à l'exception de celles nommément désignées
            - "Benzphétamine"
            amendement par (2)
            modifie "Benzphétamine" de stupefiants annexe III : sauf préparations autres qu'injectables
            """));

        var finding = findings.Single("LST2006");
        finding.Span.ShouldBeAt("stupefiants.listing", 8, 53);
        finding.Message.ShouldContain("« Benzphétamine »");
    }
}
