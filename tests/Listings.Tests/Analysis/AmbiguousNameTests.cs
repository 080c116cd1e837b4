using Listings.Grammar.Diagnostics;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Analysis;

/// <summary>LST2002: one name finds two different entries (an alias that is another entry's name, a shared alias).</summary>
public class AmbiguousNameTests
{
    // Lines 1-2 of every fixture: the list and its founding act.
    private const string List = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        """;

    [Fact]
    public void An_alias_that_is_another_entrys_name_is_reported_as_a_warning_at_the_later_name_with_the_alias_as_the_other_side()
    {
        // line 4: - "Lysergide" ou "LSD-25"   → the alias's quote is at column 18
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Lysergide" ou "LSD-25"
            - "LSD-25"
            """);

        var finding = findings.Single("LST2002");
        finding.Severity.ShouldBe(DiagnosticSeverity.Warning);
        finding.Span.ShouldBeAt("test.listing", 5, 3);
        finding.OtherSide().ShouldBeAt("test.listing", 4, 18);
    }

    [Fact]
    public void The_ambiguity_message_names_both_entries_and_the_role_of_the_name_in_each()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Lysergide" ou "LSD-25"
            - "LSD-25"
            """);

        var message = findings.Single("LST2002").Message;
        message.ShouldContain("the name of « LSD-25 »");
        message.ShouldContain("an alias of « Lysergide »");
        message.ShouldContain("test.listing(4,18)");
    }

    [Fact]
    public void Two_entries_sharing_an_alias_up_to_case_are_ambiguous()
    {
        // line 4: - "Gamma-hydroxybutyrate" ou "GHB"   → alias at column 30
        // line 5: - "Oxybate de sodium" ou "ghb"        → alias at column 26
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Gamma-hydroxybutyrate" ou "GHB"
            - "Oxybate de sodium" ou "ghb"
            """);

        var finding = findings.Single("LST2002");
        finding.Span.ShouldBeAt("test.listing", 5, 26);
        finding.OtherSide().ShouldBeAt("test.listing", 4, 30);
        finding.Message.ShouldContain("« Gamma-hydroxybutyrate »");
        finding.Message.ShouldContain("« Oxybate de sodium »");
    }

    [Fact]
    public void An_alias_equal_to_the_entrys_own_name_is_not_ambiguous()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Lysergide" ou "lysergide"
            """);

        findings.ShouldBeClean();
    }

    [Fact]
    public void Two_different_aliases_of_two_entries_are_not_ambiguous()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe I de stupefiants
            - "Lysergide" ou "LSD-25"
            - "Rolicyclidine" ou "PHP"
            """);

        findings.ShouldBeClean();
    }
}
