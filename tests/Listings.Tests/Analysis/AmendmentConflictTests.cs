using Listings.Grammar.Diagnostics;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Analysis;

/// <summary>LST2009: two acts change the same entry on the same date, or an amendment adds an entry already in force.</summary>
public class AmendmentConflictTests
{
    // Lines 1-3: the list, its founding act, and act (2) in force on 06/01/2000.
    private const string Acts = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        acte (2) de stupefiants : arrêté du 01/01/2000 "modifiant la liste" JO du 05/01/2000
        """;

    /// <summary>Act (3), line 4 of the fixture, published on the given date.</summary>
    private static string ActThree(string published) =>
        $"acte (3) de stupefiants : arrêté du 02/01/2000 \"modifiant la liste\" JO du {published}";

    // Lines 5-10: the entry, changed by act (2) (line 8) and removed by act (3) (line 10).
    // line 10: retire "Cocaïne" …   → the name at column 8
    private const string TwoChanges = """
        annexe I de stupefiants
        - "Cocaïne"
        amendement par (2)
        modifie "Cocaïne" de stupefiants annexe I : avec ses sels
        amendement par (3)
        retire "Cocaïne" de stupefiants annexe I
        """;

    [Fact]
    public void Two_acts_changing_the_same_entry_on_the_same_date_are_reported_as_a_warning_at_the_second_change()
    {
        var findings = Analyzed.Findings(Acts + "\n" + ActThree("05/01/2000") + "\n" + TwoChanges);

        var finding = findings.Single("LST2009");
        finding.Severity.ShouldBe(DiagnosticSeverity.Warning);
        finding.Span.ShouldBeAt("test.listing", 10, 8);
        finding.OtherSide().ShouldBeAt("test.listing", 8, 1);
    }

    [Fact]
    public void The_same_date_message_names_both_acts_and_the_entry()
    {
        var findings = Analyzed.Findings(Acts + "\n" + ActThree("05/01/2000") + "\n" + TwoChanges);

        var message = findings.Single("LST2009").Message;
        message.ShouldContain("act (3)");
        message.ShouldContain("(2)");
        message.ShouldContain("« Cocaïne »");
        message.ShouldContain("test.listing(8,1)");
    }

    [Fact]
    public void Two_acts_changing_the_same_entry_on_different_dates_are_fine()
    {
        var findings = Analyzed.Findings(Acts + "\n" + ActThree("05/02/2000") + "\n" + TwoChanges);

        findings.ShouldBeClean();
    }

    [Fact]
    public void An_amendment_adding_an_entry_already_in_force_is_reported_at_the_added_entry_with_the_original_as_the_other_side()
    {
        var findings = Analyzed.Findings(Acts + "\n" + """
            annexe I de stupefiants
            - "Lysergide"
            amendement par (2)
            ajoute à stupefiants annexe I
            - "Lysergide"
            """);

        var finding = findings.Single("LST2009");
        finding.Severity.ShouldBe(DiagnosticSeverity.Warning);
        finding.Span.ShouldBeAt("test.listing", 8, 3);
        finding.OtherSide().ShouldBeAt("test.listing", 5, 3);
        finding.Message.ShouldContain("adds « Lysergide »");
        finding.Message.ShouldContain("test.listing(5,3)");
    }

    [Fact]
    public void An_amendment_adding_an_entry_that_was_removed_before_is_fine()
    {
        var findings = Analyzed.Findings(Acts + "\n" + """
            acte (3) de stupefiants : arrêté du 01/01/2005 "modifiant la liste" JO du 05/01/2005
            annexe I de stupefiants
            - "Lysergide"
            amendement par (2)
            retire "Lysergide" de stupefiants annexe I
            amendement par (3)
            ajoute à stupefiants annexe I
            - "Lysergide"
            """);

        findings.ShouldBeClean();
    }
}
