using Listings.Grammar.Diagnostics;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Analysis;

/// <summary>
/// LST2008: an act published or in force before it is signed, or an amending act in force before the
/// act that founded the list it amends.
/// </summary>
public class ContradictoryDateTests
{
    // line 2: acte (1) de stupefiants : arrêté du 22/02/1990 …   → the signature date at column 37
    // line 3:     JO du …                                          → the JO date at column 11
    private static string FoundingAct(string published) => $"""
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste"
            JO du {published}
        """;

    // After the lines a test is about: the list's annex, which the amendments add to.
    private const string Annex = "\nannexe I de stupefiants";

    [Fact]
    public void An_act_published_before_it_is_signed_is_reported_as_a_warning_at_the_JO_date_with_the_signature_as_the_other_side()
    {
        var findings = Analyzed.Findings(FoundingAct("07/06/1989") + Annex);

        var finding = findings.Single("LST2008");
        finding.Severity.ShouldBe(DiagnosticSeverity.Warning);
        finding.Span.ShouldBeAt("test.listing", 3, 11);
        finding.OtherSide().ShouldBeAt("test.listing", 2, 37);
    }

    [Fact]
    public void The_publication_message_names_the_act_and_both_dates()
    {
        var findings = Analyzed.Findings(FoundingAct("07/06/1989") + Annex);

        var message = findings.Single("LST2008").Message;
        message.ShouldContain("act (1)");
        message.ShouldContain("1989-06-07");
        message.ShouldContain("1990-02-22");
    }

    [Theory]
    [InlineData("07/06/1990")]
    [InlineData("22/02/1990")]
    public void An_act_published_on_or_after_its_signature_is_fine(string published)
    {
        var findings = Analyzed.Findings(FoundingAct(published) + Annex);

        findings.ShouldBeClean();
    }

    [Fact]
    public void An_act_in_force_before_it_is_signed_is_reported_at_its_entry_into_force_date()
    {
        // line 4:     en vigueur le 01/02/1990   → the date at column 19
        var findings = Analyzed.Findings(FoundingAct("07/06/1990") + "\n" + """
                en vigueur le 01/02/1990
            """ + Annex);

        var finding = findings.Single("LST2008");
        finding.Span.ShouldBeAt("test.listing", 4, 19);
        finding.OtherSide().ShouldBeAt("test.listing", 2, 37);
        finding.Message.ShouldContain("1990-02-01");
        finding.Message.ShouldContain("1990-02-22");
    }

    [Fact]
    public void An_amending_act_in_force_before_the_founding_act_is_reported_at_the_amendment_with_the_founding_act_as_the_other_side()
    {
        // line 6: amendement par (5)   → the act at column 16; the founding act's statement starts at (2,1)
        var findings = Analyzed.Findings(FoundingAct("07/06/1990") + "\n" + """
            acte (5) de stupefiants : arrêté du 01/01/1980 "modifiant la liste"
                JO du 05/01/1980
            amendement par (5)
            ajoute à stupefiants annexe I
            - "Héroïne"
            """ + Annex);

        var finding = findings.Single("LST2008");
        finding.Span.ShouldBeAt("test.listing", 6, 16);
        finding.OtherSide().ShouldBeAt("test.listing", 2, 1);
        finding.Message.ShouldContain("act (5)");
        finding.Message.ShouldContain("1980-01-06");
        finding.Message.ShouldContain("(1)");
        finding.Message.ShouldContain("1990-06-08");
    }

    [Fact]
    public void An_amending_act_in_force_after_the_founding_act_is_fine()
    {
        var findings = Analyzed.Findings(FoundingAct("07/06/1990") + "\n" + """
            acte (5) de stupefiants : arrêté du 01/01/2000 "modifiant la liste"
                JO du 05/01/2000
            amendement par (5)
            ajoute à stupefiants annexe I
            - "Héroïne"
            """ + Annex);

        findings.ShouldBeClean();
    }
}
