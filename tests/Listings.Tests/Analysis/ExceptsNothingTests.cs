using Listings.Grammar.Diagnostics;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Analysis;

/// <summary>
/// LST2005: an exception that takes out a form the entry does not include (isomers, preparations), names
/// a substance no entry names, or defers to an annex that lists nothing. Reported at its <c>sauf</c>
/// (or <c>autres que</c>).
/// </summary>
public class ExceptsNothingTests
{
    // Lines 1-2 of every fixture: the list and its founding act.
    private const string List = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        """;

    [Fact]
    public void An_isomer_exception_in_an_annex_without_isomers_is_reported_as_a_warning_at_its_sauf()
    {
        // line 4: - "Lévométhorphane", sauf …   → "sauf" at column 22
        var findings = Analyzed.Findings(List + "\n" + """
            annexe II de stupefiants
            - "Lévométhorphane", sauf son isomère dextrogyre ou "dextrométhorphane"
            """);

        var finding = findings.Single("LST2005");
        finding.Severity.ShouldBe(DiagnosticSeverity.Warning);
        finding.Span.ShouldBeAt("test.listing", 4, 22);
        finding.AdditionalSpans.ShouldBeEmpty();
    }

    [Fact]
    public void The_isomer_exception_message_names_the_entry_the_excepted_isomer_and_what_is_missing()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe II de stupefiants
            - "Lévométhorphane", sauf son isomère dextrogyre ou "dextrométhorphane"
            """);

        var message = findings.Single("LST2005").Message;
        message.ShouldContain("« Lévométhorphane » (stupefiants II)");
        message.ShouldContain("dextrométhorphane");
        message.ShouldContain("isomers");
    }

    [Fact]
    public void An_isomer_exception_in_an_annex_that_includes_isomers_is_fine()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            comprend leurs isomères, sauf exception expresse
            - "Lévométhorphane", sauf son isomère dextrogyre ou "dextrométhorphane"
            """);

        findings.ShouldBeClean();
    }

    [Fact]
    public void A_preparation_exception_in_an_annex_without_preparations_is_reported_as_excepting_nothing_not_as_a_gap()
    {
        // line 4: - "Kétamine", sauf …   → "sauf" at column 15
        var findings = Analyzed.Findings(List + "\n" + """
            annexe II de stupefiants
            - "Kétamine", sauf préparations injectables
            """);

        var finding = findings.Single("LST2005");
        finding.Span.ShouldBeAt("test.listing", 4, 15);
        finding.Message.ShouldContain("« Kétamine »");
        finding.Message.ShouldContain("préparations injectables");
    }

    [Fact]
    public void A_preparation_exception_in_an_annex_that_includes_preparations_does_not_except_nothing()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe IV de stupefiants
            comprend leurs préparations à l'exception de celles nommément désignées
            - "Kétamine", sauf préparations injectables
            """);

        // What happens to the excepted preparations is LST2006's business, not this check's.
        findings.WithId("LST2005").ShouldBeEmpty(Analyzed.Show(findings));
    }

    [Fact]
    public void An_other_than_clause_naming_a_substance_no_entry_names_is_reported()
    {
        // line 4: - "Peyotl" autres que "mescaline"   → "autres" at column 12
        var findings = Analyzed.Findings(List + "\n" + """
            annexe IV de stupefiants
            - "Peyotl" autres que "mescaline"
            """);

        var finding = findings.Single("LST2005");
        finding.Severity.ShouldBe(DiagnosticSeverity.Warning);
        finding.Span.ShouldBeAt("test.listing", 4, 12);
        finding.Message.ShouldContain("« Peyotl »");
        finding.Message.ShouldContain("mescaline");
    }

    [Fact]
    public void An_other_than_clause_naming_an_entry_of_another_list_is_fine()
    {
        var findings = Analyzed.Findings(
            ("a.listing", List + "\n" + """
                annexe IV de stupefiants
                - "Peyotl" autres que "mescaline"
                """),
            ("b.listing", """
                liste psychotropes "Liste des psychotropes" fixée par (1)
                acte (1) de psychotropes : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
                partie 1 de psychotropes
                - "Mescaline"
                """));

        findings.ShouldBeClean();
    }

    [Fact]
    public void Ethers_deferred_to_an_annex_that_lists_nothing_are_reported()
    {
        // line 4: - "Morphine" sauf …   → "sauf" at column 14
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Morphine" sauf les éthers nommément mentionnés à l'annexe II
            """);

        var finding = findings.Single("LST2005");
        finding.Span.ShouldBeAt("test.listing", 4, 14);
        finding.Message.ShouldContain("« Morphine »");
        finding.Message.ShouldContain("annexe II");
    }

    [Fact]
    public void Ethers_deferred_to_an_annex_that_lists_them_are_fine()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Morphine" sauf les éthers nommément mentionnés à l'annexe II
            annexe II de stupefiants
            - "Codéine"
            """);

        findings.ShouldBeClean();
    }
}
