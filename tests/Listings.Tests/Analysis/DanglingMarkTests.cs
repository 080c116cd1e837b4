using Listings.Grammar.Diagnostics;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Analysis;

/// <summary>LST2007: a provenance mark such as (15) that names no act declared in the list's numbering.</summary>
public class DanglingMarkTests
{
    // Lines 1-2 of every fixture: the list and its founding act.
    private const string List = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        """;

    [Fact]
    public void A_mark_that_names_no_declared_act_is_reported_as_a_warning_at_the_mark()
    {
        // line 4: - "PMMA" (15)   → the mark at column 10
        var findings = Analyzed.Findings(List + "\n" + """
            annexe IV de stupefiants
            - "PMMA" (15)
            """);

        var finding = findings.Single("LST2007");
        finding.Severity.ShouldBe(DiagnosticSeverity.Warning);
        finding.Span.ShouldBeAt("test.listing", 4, 10);
        finding.AdditionalSpans.ShouldBeEmpty();
    }

    [Fact]
    public void The_dangling_mark_message_names_the_entry_the_mark_and_the_list()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe IV de stupefiants
            - "PMMA" (15)
            """);

        var message = findings.Single("LST2007").Message;
        message.ShouldContain("« PMMA »");
        message.ShouldContain("(15)");
        message.ShouldContain("stupefiants");
    }

    [Fact]
    public void A_mark_that_names_a_declared_act_is_fine()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            acte (15) de stupefiants : arrêté du 01/01/2002 "modifiant la liste" JO du 05/01/2002
            annexe IV de stupefiants
            - "PMMA" (15)
            """);

        findings.ShouldBeClean();
    }

    [Fact]
    public void A_mark_declared_only_in_another_lists_numbering_is_dangling()
    {
        // psychotropes (15) is not stupefiants (15). Line 7: - "PMMA" (15)
        var findings = Analyzed.Findings(List + "\n" + """
            liste psychotropes "Liste des psychotropes" fixée par (1)
            acte (1) de psychotropes : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
            acte (15) de psychotropes : arrêté du 01/01/2002 "modifiant la liste" JO du 05/01/2002
            annexe IV de stupefiants
            - "PMMA" (15)
            partie 1 de psychotropes
            """);

        findings.Single("LST2007").Span.ShouldBeAt("test.listing", 7, 10);
    }

    [Fact]
    public void A_modified_by_mark_that_names_no_declared_act_is_reported_at_its_clause()
    {
        // line 4: - "Amphétamine" modifiée par (21)   → "modifiée" at column 17
        var findings = Analyzed.Findings(List + "\n" + """
            annexe III de stupefiants
            - "Amphétamine" modifiée par (21)
            """);

        var finding = findings.Single("LST2007");
        finding.Span.ShouldBeAt("test.listing", 4, 17);
        finding.Message.ShouldContain("« Amphétamine »");
        finding.Message.ShouldContain("(21)");
    }

    [Fact]
    public void A_founding_act_that_is_not_declared_is_reported_at_the_lists_mark()
    {
        // line 1: liste stupefiants "Liste des stupéfiants" fixée par (1)   → the mark at column 53
        var findings = Analyzed.Findings("""
            liste stupefiants "Liste des stupéfiants" fixée par (1)
            annexe I de stupefiants
            """);

        var finding = findings.Single("LST2007");
        finding.Span.ShouldBeAt("test.listing", 1, 53);
        finding.Message.ShouldContain("« stupefiants »");
        finding.Message.ShouldContain("(1)");
    }

    [Fact]
    public void A_group_mark_that_names_no_declared_act_is_reported_on_the_group()
    {
        // The group's entries are inscribed by its mark (the binder dates them by it), so an undeclared
        // group mark leaves them as undated as PMMA's (15). Line 4: groupe "…" (28), the mark at column 37.
        var findings = Analyzed.Findings(List + "\n" + """
            annexe IV de stupefiants
            groupe "Les cannabinoïdes suivants" (28)
            - "JWH-018"
            """);

        var finding = findings.Single("LST2007");
        // Group marks carry no span of their own in the syntax tree: the line is what a fix must get right.
        (finding.Span.Path, finding.Span.Line).ShouldBe(("test.listing", 4));
        finding.Message.ShouldContain("(28)");
    }
}
