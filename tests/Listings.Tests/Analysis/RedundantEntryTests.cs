using Listings.Grammar.Diagnostics;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Analysis;

/// <summary>LST2003: an entry that is a salt or an isomer of another entry of the same annex, whose rules already include it.</summary>
public class RedundantEntryTests
{
    // Lines 1-2 of every fixture: the list and its founding act.
    private const string List = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        """;

    [Theory]
    [InlineData("Chlorhydrate de cocaïne")]
    [InlineData("sulfate de cocaïne")]
    [InlineData("Cocaïne hydrochloride")]
    public void A_salt_named_in_an_annex_that_includes_salts_is_reported_as_info_with_its_base_as_the_other_side(string salt)
    {
        var findings = Analyzed.Findings(List + "\n" + $"""
            annexe I de stupefiants
            comprend les sels des substances
            - "Cocaïne"
            - "{salt}"
            """);

        var finding = findings.Single("LST2003");
        finding.Severity.ShouldBe(DiagnosticSeverity.Info);
        finding.Span.ShouldBeAt("test.listing", 6, 3);
        finding.OtherSide().ShouldBeAt("test.listing", 5, 3);
    }

    [Fact]
    public void The_redundancy_message_names_the_salt_and_the_entry_whose_salts_cover_it()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            comprend les sels des substances
            - "Cocaïne"
            - "Chlorhydrate de cocaïne"
            """);

        var message = findings.Single("LST2003").Message;
        message.ShouldContain("« Chlorhydrate de cocaïne »");
        message.ShouldContain("the salts of « Cocaïne »");
        message.ShouldContain("test.listing(5,3)");
    }

    [Fact]
    public void A_salt_named_in_an_annex_without_salts_is_not_redundant()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Cocaïne"
            - "Chlorhydrate de cocaïne"
            """);

        findings.ShouldBeClean();
    }

    [Fact]
    public void A_dextro_and_levo_pair_in_an_annex_that_includes_isomers_is_reported_once_at_the_later_of_the_two()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            comprend leurs isomères, sauf exception expresse
            - "Dextromoramide"
            - "Lévomoramide"
            """);

        var finding = findings.Single("LST2003");
        finding.Severity.ShouldBe(DiagnosticSeverity.Info);
        finding.Span.ShouldBeAt("test.listing", 6, 3);
        finding.OtherSide().ShouldBeAt("test.listing", 5, 3);
        finding.Message.ShouldContain("« Lévomoramide »");
        finding.Message.ShouldContain("the isomers of « Dextromoramide »");
    }

    [Fact]
    public void A_dextro_and_levo_pair_in_an_annex_without_isomers_is_not_redundant()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Dextromoramide"
            - "Lévomoramide"
            """);

        findings.ShouldBeClean();
    }

    [Fact]
    public void An_isomer_that_an_entry_excepts_is_not_covered_by_that_entry()
    {
        // Dextrométhorphane is an isomer of Lévométhorphane, but Lévométhorphane takes it out.
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            comprend leurs isomères, sauf exception expresse
            - "Dextrométhorphane"
            - "Lévométhorphane", sauf son isomère dextrogyre ou "dextrométhorphane"
            """);

        findings.WithId("LST2003").ShouldNotContain(f => f.Span.Line == 5,
            "Dextrométhorphane is excepted by Lévométhorphane: it is not covered by it:\n" + Analyzed.Show(findings));
    }

    [Fact]
    public void The_findings_of_an_isomer_pair_do_not_depend_on_which_of_the_two_is_written_first()
    {
        // The same two entries in both orders: the analysis must say the same thing about them.
        const string levo = "- \"Lévométhorphane\", sauf son isomère dextrogyre ou \"dextrométhorphane\"";
        const string dextro = "- \"Dextrométhorphane\"";
        const string annex = "annexe I de stupefiants\ncomprend leurs isomères, sauf exception expresse\n";

        var levoFirst = Analyzed.Findings(List + "\n" + annex + levo + "\n" + dextro + "\n");
        var dextroFirst = Analyzed.Findings(List + "\n" + annex + dextro + "\n" + levo + "\n");

        levoFirst.WithId("LST2003").Count.ShouldBe(dextroFirst.WithId("LST2003").Count,
            "Lévométhorphane first:\n" + Analyzed.Show(levoFirst) + "\nDextrométhorphane first:\n" + Analyzed.Show(dextroFirst));
    }
}
