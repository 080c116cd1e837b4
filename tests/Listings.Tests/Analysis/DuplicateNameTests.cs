using Listings.Grammar.Diagnostics;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Analysis;

/// <summary>LST2001: the same substance is an entry twice while both are in force.</summary>
public class DuplicateNameTests
{
    // Lines 1-2 of every fixture: the list and its founding act (in force on 08/06/1990).
    private const string List = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        """;

    [Fact]
    public void A_substance_entered_in_two_annexes_is_reported_as_a_warning_at_the_second_entry_with_the_first_as_the_other_side()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Cocaïne"
            annexe II de stupefiants
            - "Cocaïne"
            """);

        var finding = findings.Single("LST2001");
        finding.Severity.ShouldBe(DiagnosticSeverity.Warning);
        finding.Span.ShouldBeAt("test.listing", 6, 3);
        finding.OtherSide().ShouldBeAt("test.listing", 4, 3);
    }

    [Fact]
    public void The_duplicate_message_names_both_entries_and_where_the_first_one_is()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Cocaïne"
            annexe II de stupefiants
            - "Cocaïne"
            """);

        var message = findings.Single("LST2001").Message;
        message.ShouldContain("« Cocaïne » (stupefiants II)");
        message.ShouldContain("stupefiants I at test.listing(4,3)");
    }

    [Theory]
    [InlineData("ACIDE LYSERGIQUE")]
    [InlineData("acide lysergique")]
    [InlineData("Acide lysérgique")]
    [InlineData("Acide   lysergique")]
    [InlineData("Acide\u00A0lysergique")]
    public void Names_that_differ_only_by_case_accents_or_spacing_are_the_same_substance(string spelling)
    {
        var findings = Analyzed.Findings(List + "\n" + $"""
            annexe I de stupefiants
            - "Acide lysergique"
            annexe II de stupefiants
            - "{spelling}"
            """);

        var finding = findings.Single("LST2001");
        finding.Span.ShouldBeAt("test.listing", 6, 3);
        finding.OtherSide().ShouldBeAt("test.listing", 4, 3);
    }

    [Fact]
    public void A_duplicate_across_two_files_is_reported_in_the_second_file_with_the_first_file_as_the_other_side()
    {
        var findings = Analyzed.Findings(
            ("a.listing", List + "\n" + """
                annexe I de stupefiants
                - "Cocaïne"
                """),
            ("b.listing", """
                annexe II de stupefiants
                - "Cocaïne"
                """));

        var finding = findings.Single("LST2001");
        finding.Span.ShouldBeAt("b.listing", 2, 3);
        finding.OtherSide().ShouldBeAt("a.listing", 4, 3);
        finding.Message.ShouldContain("a.listing(4,3)");
    }

    [Fact]
    public void The_entry_inscribed_later_is_the_duplicate_whatever_the_order_of_the_lines()
    {
        // Line 5 is inscribed by act (26) in 2008, line 7 by the founding act in 1990.
        var findings = Analyzed.Findings(List + "\n" + """
            acte (26) de stupefiants : arrêté du 28/02/2008 "modifiant la liste" JO du 07/03/2008
            annexe I de stupefiants
            - "Oripavine" (26)
            annexe II de stupefiants
            - "Oripavine"
            """);

        var finding = findings.Single("LST2001");
        finding.Span.ShouldBeAt("test.listing", 5, 3);
        finding.OtherSide().ShouldBeAt("test.listing", 7, 3);
    }

    [Fact]
    public void A_substance_removed_and_added_again_later_is_not_a_duplicate()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            acte (2) de stupefiants : arrêté du 01/01/2000 "modifiant la liste" JO du 05/01/2000
            acte (3) de stupefiants : arrêté du 01/01/2005 "modifiant la liste" JO du 05/01/2005
            annexe III de stupefiants
            - "Zipéprol"
            amendement par (2)
            retire "Zipéprol" de stupefiants annexe III
            amendement par (3)
            ajoute à stupefiants annexe III
            - "Zipéprol"
            """);

        findings.ShouldBeClean();
    }

    [Fact]
    public void A_substance_transferred_to_another_annex_is_one_entry_not_two()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            acte (2) de stupefiants : arrêté du 01/01/2000 "modifiant la liste" JO du 05/01/2000
            annexe III de stupefiants
            annexe IV de stupefiants
            - "Kétamine"
            amendement par (2)
            transfère "Kétamine" de stupefiants annexe IV à stupefiants annexe III
            """);

        findings.ShouldBeClean();
    }

    [Fact]
    public void A_substance_entered_in_two_lists_is_a_duplicate_too()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            liste psychotropes "Liste des psychotropes" fixée par (1)
            acte (1) de psychotropes : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
            annexe IV de stupefiants
            - "Kétamine"
            partie 1 de psychotropes
            - "Kétamine"
            """);

        var finding = findings.Single("LST2001");
        finding.Span.ShouldBeAt("test.listing", 8, 3);
        finding.OtherSide().ShouldBeAt("test.listing", 6, 3);
        finding.Message.ShouldContain("(psychotropes 1)");
        finding.Message.ShouldContain("stupefiants IV at test.listing(6,3)");
    }
}
