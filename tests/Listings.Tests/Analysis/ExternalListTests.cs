using Listings.Grammar.Diagnostics;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Analysis;

/// <summary>LST2010: an exception refers to a named list outside the listing set; classifiers cannot decide it.</summary>
public class ExternalListTests
{
    // Lines 1-4: the list, its founding act, annex III including preparations; the entry is line 5.
    private const string AnnexIII = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        annexe III de stupefiants
        comprend les préparations, à l'exception de celles nommément désignées
        """;

    [Fact]
    public void An_exception_deferring_to_a_named_external_list_is_reported_as_info_at_the_exception()
    {
        // line 5: - "Pyrovalérone", sauf …   → "sauf" at column 19
        var findings = Analyzed.Findings(AnnexIII + "\n" + """
            - "Pyrovalérone", sauf préparations relevant de la liste externe "liste I"
            """);

        var finding = findings.Single("LST2010");
        finding.Severity.ShouldBe(DiagnosticSeverity.Info);
        finding.Span.ShouldBeAt("test.listing", 5, 19);
        finding.AdditionalSpans.ShouldBeEmpty();
    }

    [Fact]
    public void The_external_list_message_names_the_entry_and_the_external_list()
    {
        var findings = Analyzed.Findings(AnnexIII + "\n" + """
            - "Pyrovalérone", sauf préparations relevant de la liste externe "liste I"
            """);

        var message = findings.Single("LST2010").Message;
        message.ShouldContain("« Pyrovalérone » (stupefiants III)");
        message.ShouldContain("« liste I »");
    }

    [Fact]
    public void An_exception_deferring_to_another_classification_without_naming_a_list_is_not_an_external_reference()
    {
        var findings = Analyzed.Findings(AnnexIII + "\n" + """
            - "Opium" sauf préparations relevant d'un autre classement
            """);

        findings.ShouldBeClean();
    }
}
