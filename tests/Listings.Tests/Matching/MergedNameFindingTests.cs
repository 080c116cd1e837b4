using Listings.Grammar.Diagnostics;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Matching;

/// <summary>
/// The analyzers read names as the classifiers do: two listed names that the name forms make one
/// (spelling, number) are reported, never merged silently, and what the reader takes for a salt of an
/// isomer, or a name an entry cites, is checked like any other name.
/// </summary>
public class MergedNameFindingTests
{
    // Lines 1-2 of every fixture: the list and its founding act; line 3: the annex.
    private const string Annex = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        annexe I de stupefiants
        """;

    [Theory]
    [InlineData("LSD 25")]
    [InlineData("LSD25")]
    [InlineData("lsd-25.")]
    public void An_alias_that_differs_from_another_entry_s_name_only_by_spacing_hyphens_or_stops_is_reported(string alias)
    {
        // line 4: - "LSD-25"; line 5: - "Lysergide" ou "…" → the alias's quote is at column 18
        var findings = Analyzed.Findings(Annex + "\n" + $"""
            - "LSD-25"
            - "Lysergide" ou "{alias}"
            """);

        var finding = findings.Single("LST2002");
        finding.Severity.ShouldBe(DiagnosticSeverity.Warning);
        finding.Span.ShouldBeAt("test.listing", 5, 18);
        finding.OtherSide().ShouldBeAt("test.listing", 4, 3);
    }

    [Theory]
    [InlineData("Feuilles de khat")]
    [InlineData("feuille-de-khat")]
    public void Two_headings_that_differ_only_by_the_number_of_their_head_noun_are_one_substance_entered_twice(string second)
    {
        var findings = Analyzed.Findings(Annex + "\n" + $"""
            - "Feuille de khat"
            - "{second}"
            """);

        var finding = findings.Single("LST2001");
        finding.Span.ShouldBeAt("test.listing", 5, 3);
        finding.OtherSide().ShouldBeAt("test.listing", 4, 3);
    }

    [Fact]
    public void A_name_an_entry_cites_that_is_another_entry_s_name_is_reported()
    {
        // line 4: - "Morphine" nomme dérivés "N-oxymorphine" → the cited name’s quote is at column 28
        var findings = Analyzed.Findings(Annex + "\n" + """
            - "Morphine" nomme dérivés "N-oxymorphine"
            - "N oxymorphine"
            """);

        var finding = findings.Single("LST2002");
        finding.Span.ShouldBeAt("test.listing", 5, 3);
        finding.OtherSide().ShouldBeAt("test.listing", 4, 28);
        finding.Message.ShouldContain("a name the entry cites");
    }

    [Theory]
    [InlineData("Chlorhydrate de lévométhadone")]
    [InlineData("levomethadone hydrochloride")]
    [InlineData("Méthadone (chlorhydrate de)")]
    public void A_salt_of_an_isomer_named_where_the_annex_includes_both_is_reported_as_covered(string salt)
    {
        var findings = Analyzed.Findings(Annex + "\n" + $"""
            comprend leurs isomères
            comprend les sels des substances, isomères, esters et éthers
            - "Méthadone"
            - "{salt}"
            """);

        var finding = findings.Single("LST2003");
        finding.Span.ShouldBeAt("test.listing", 7, 3);
        finding.OtherSide().ShouldBeAt("test.listing", 6, 3);
    }

    [Fact]
    public void A_salt_of_an_isomer_is_not_covered_where_the_annex_includes_salts_but_no_isomers()
    {
        var findings = Analyzed.Findings(Annex + "\n" + """
            comprend les sels des substances
            - "Méthadone"
            - "Chlorhydrate de lévométhadone"
            """);

        findings.ShouldBeClean();
    }
}
