using Listings.Grammar.Diagnostics;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Analysis;

/// <summary>LST2004: an entry that is a salt or an isomer of an entry of another annex whose rules include it too.</summary>
public class CrossAnnexCoverageTests
{
    // Lines 1-2 of every fixture: the list and its founding act.
    private const string List = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        """;

    [Fact]
    public void A_salt_listed_in_another_annex_than_its_base_whose_annex_includes_salts_is_reported_as_a_warning()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            comprend les sels des substances
            - "Cocaïne"
            annexe II de stupefiants
            - "Chlorhydrate de cocaïne"
            """);

        var finding = findings.Single("LST2004");
        finding.Severity.ShouldBe(DiagnosticSeverity.Warning);
        finding.Span.ShouldBeAt("test.listing", 7, 3);
        finding.OtherSide().ShouldBeAt("test.listing", 5, 3);
    }

    [Fact]
    public void The_conflict_message_names_both_entries_and_both_annexes()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            comprend les sels des substances
            - "Cocaïne"
            annexe II de stupefiants
            - "Chlorhydrate de cocaïne"
            """);

        var message = findings.Single("LST2004").Message;
        message.ShouldContain("« Chlorhydrate de cocaïne » (stupefiants II)");
        message.ShouldContain("« Cocaïne » (stupefiants I, test.listing(5,3))");
    }

    [Fact]
    public void An_isomer_listed_in_another_annex_than_an_entry_whose_annex_includes_isomers_is_reported()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            comprend leurs isomères, sauf exception expresse
            - "Dextromoramide"
            annexe II de stupefiants
            - "Lévomoramide"
            """);

        var finding = findings.Single("LST2004");
        finding.Span.ShouldBeAt("test.listing", 7, 3);
        finding.OtherSide().ShouldBeAt("test.listing", 5, 3);
        finding.Message.ShouldContain("the isomers of « Dextromoramide »");
    }

    [Fact]
    public void A_salt_listed_in_another_annex_than_a_base_whose_annex_does_not_include_salts_is_fine()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Cocaïne"
            annexe II de stupefiants
            - "Chlorhydrate de cocaïne"
            """);

        findings.ShouldBeClean();
    }
}
