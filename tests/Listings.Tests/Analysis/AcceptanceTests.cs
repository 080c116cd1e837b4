using System.Linq;
using Listings.Grammar.Diagnostics;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Analysis;

/// <summary>
/// <c>accepte LSTnnnn "…"</c>: a finding inside the statement that accepts its id is still reported,
/// downgraded to info with the justification appended; an acceptance that matches no finding on its
/// statement is LST2012.
/// </summary>
public class AcceptanceTests
{
    // Lines 1-2 of every fixture: the list and its founding act.
    private const string List = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        """;

    [Fact]
    public void An_accepted_finding_is_still_reported_at_its_place_as_info_with_the_justification_appended()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe IV de stupefiants
            - "PMMA" (15)
                accepte LST2007 "le texte cite (15) sans lister d'arrêté (15)"
            """);

        var finding = findings.Single("LST2007");
        finding.Severity.ShouldBe(DiagnosticSeverity.Info);
        finding.Span.ShouldBeAt("test.listing", 4, 10);
        finding.Message.ShouldStartWith("« PMMA » cites mark (15)");
        finding.Message.ShouldEndWith(" — accepté : « le texte cite (15) sans lister d'arrêté (15) »");
    }

    [Fact]
    public void An_accepted_conflict_keeps_its_other_side()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Cocaïne"
            annexe II de stupefiants
            - "Cocaïne"
                accepte LST2001 "le texte inscrit la cocaïne aux deux annexes"
            """);

        var finding = findings.Single("LST2001");
        finding.Severity.ShouldBe(DiagnosticSeverity.Info);
        finding.OtherSide().ShouldBeAt("test.listing", 4, 3);
    }

    [Fact]
    public void An_acceptance_that_matches_no_finding_is_reported_as_a_warning_at_the_acceptance()
    {
        // line 5:     accepte LST2001 "…"   → "accepte" at column 5
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Cocaïne"
                accepte LST2001 "justification devenue sans objet"
            """);

        var finding = findings.Single("LST2012");
        finding.Severity.ShouldBe(DiagnosticSeverity.Warning);
        finding.Span.ShouldBeAt("test.listing", 5, 5);
        finding.Message.ShouldContain("LST2001");
    }

    [Fact]
    public void An_acceptance_on_the_wrong_statement_leaves_the_finding_a_warning()
    {
        // The duplicate is reported at the second entry (line 7), but the acceptance stands on the first.
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Cocaïne"
                accepte LST2001 "le texte inscrit la cocaïne aux deux annexes"
            annexe II de stupefiants
            - "Cocaïne"
            """);

        var duplicate = findings.WithId("LST2001").ShouldHaveSingleItem(Analyzed.Show(findings));
        duplicate.Severity.ShouldBe(DiagnosticSeverity.Warning);
        duplicate.Span.ShouldBeAt("test.listing", 7, 3);
        duplicate.Message.ShouldNotContain("accepté");
    }

    [Fact]
    public void An_acceptance_on_the_wrong_statement_is_reported_as_unused()
    {
        // line 5:     accepte LST2001 "…"   → "accepte" at column 5
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Cocaïne"
                accepte LST2001 "le texte inscrit la cocaïne aux deux annexes"
            annexe II de stupefiants
            - "Cocaïne"
            """);

        var unused = findings.WithId("LST2012").ShouldHaveSingleItem(Analyzed.Show(findings));
        unused.Severity.ShouldBe(DiagnosticSeverity.Warning);
        unused.Span.ShouldBeAt("test.listing", 5, 5);
        findings.Select(f => f.Id).OrderBy(id => id).ShouldBe(new[] { "LST2001", "LST2012" });
    }

    [Fact]
    public void An_acceptance_of_another_id_on_the_right_statement_accepts_nothing()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Cocaïne"
            annexe II de stupefiants
            - "Cocaïne"
                accepte LST2002 "mauvais identifiant"
            """);

        findings.WithId("LST2001").ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Warning);
        findings.WithId("LST2012").ShouldHaveSingleItem().Span.ShouldBeAt("test.listing", 7, 5);
    }

    [Fact]
    public void An_acceptance_on_an_annex_does_not_accept_the_findings_of_its_entries()
    {
        // line 3: annexe I de stupefiants accepte LST2001 "…"   → "accepte" at column 25
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants accepte LST2001 "toute l'annexe"
            - "Cocaïne"
            - "Cocaïne"
            """);

        findings.WithId("LST2001").ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Warning);
        findings.WithId("LST2012").ShouldHaveSingleItem().Span.ShouldBeAt("test.listing", 3, 25);
    }

    [Fact]
    public void An_acceptance_on_a_lost_asterisks_statement_that_matches_nothing_is_reported()
    {
        // No acceptable finding is ever reported on 'astérisques inconnus' (its LST2013 cannot be accepted),
        // so an acceptance there always matches nothing.
        // line 4: astérisques inconnus accepte LST2003 "…"   → "accepte" at column 22
        var findings = Analyzed.Findings(List + "\n" + """
            annexe III de stupefiants
            astérisques inconnus accepte LST2003 "les astérisques perdus rendent la redondance incertaine"
            - "Cathinone"
            comprend leurs stéréo-isomères pour les substances précédées d'un astérisque
            """);

        findings.WithId("LST2013").ShouldHaveSingleItem(Analyzed.Show(findings));
        var finding = findings.WithId("LST2012").ShouldHaveSingleItem(Analyzed.Show(findings));
        finding.Span.ShouldBeAt("test.listing", 4, 22);
    }
}
