using Listings.Grammar.Diagnostics;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Analysis;

/// <summary>
/// LST2011: a string holds a bidirectional control or an invisible character, a name mixes Latin with
/// look-alike Cyrillic or Greek letters, or a name is spaced out letter by letter. Reported at the
/// string's opening quote.
/// </summary>
public class SuspiciousTextTests
{
    // Lines 1-2: the list and its founding act; line 3: the annex; the entries start at line 4.
    private const string List =
        "liste stupefiants \"Liste des stupéfiants\" fixée par (1)\n"
        + "acte (1) de stupefiants : arrêté du 22/02/1990 \"fixant la liste\" JO du 07/06/1990\n";

    private static string AnnexI(params string[] entries) =>
        List + "annexe I de stupefiants\n" + string.Join("\n", entries) + "\n";

    [Fact]
    public void A_name_with_a_cyrillic_look_alike_letter_is_reported_as_a_warning_at_the_name()
    {
        // "Cocаïne" with a Cyrillic а (U+0430)
        var findings = Analyzed.Findings(AnnexI("- \"Coc\u0430ïne\""));

        var finding = findings.Single("LST2011");
        finding.Severity.ShouldBe(DiagnosticSeverity.Warning);
        finding.Span.ShouldBeAt("test.listing", 4, 3);
        finding.AdditionalSpans.ShouldBeEmpty();
        finding.Message.ShouldContain("« Coc\u0430ïne »");
        finding.Message.ShouldContain("U+0430");
        finding.Message.ShouldContain("Cyrillic");
    }

    [Fact]
    public void A_name_with_a_greek_look_alike_letter_inside_a_latin_word_is_reported()
    {
        // "Cοcaïne" with a Greek omicron (U+03BF)
        var findings = Analyzed.Findings(AnnexI("- \"C\u03BFcaïne\""));

        var finding = findings.Single("LST2011");
        finding.Span.ShouldBeAt("test.listing", 4, 3);
        finding.Message.ShouldContain("U+03BF");
        finding.Message.ShouldContain("Greek");
    }

    [Theory]
    [InlineData("- \"α-Méthylfentanyl\"")]
    [InlineData("- \"Δ9-tétrahydrocannabinol\"")]
    [InlineData("- \"DOET\" ou désignation chimique \"dl-diméthoxy-2,5 éthyl-4α-méthylphényléthylamine\"")]
    [InlineData("- \"PMA\" ou désignation chimique \"p-méthoxy α-méthylphényléthylamine\"")]
    public void A_greek_letter_standing_as_its_own_word_in_a_chemical_name_is_fine(string entry)
    {
        var findings = Analyzed.Findings(AnnexI(entry));

        findings.ShouldBeClean();
    }

    [Fact]
    public void A_name_with_a_bidirectional_control_is_reported()
    {
        var findings = Analyzed.Findings(AnnexI("- \"Coca\u202Eïne\""));

        var finding = findings.Single("LST2011");
        finding.Span.ShouldBeAt("test.listing", 4, 3);
        finding.Message.ShouldContain("bidirectional control");
        finding.Message.ShouldContain("U+202E");
    }

    [Fact]
    public void A_chemical_designation_with_an_invisible_character_is_reported_at_the_designation()
    {
        // line 4: - "MPPP" ou désignation chimique "…"   → the designation's quote at column 34
        var findings = Analyzed.Findings(AnnexI("- \"MPPP\" ou désignation chimique \"propionate de\u200B méthyl-1 phényl-4 pipéridinyle-4\""));

        var finding = findings.Single("LST2011");
        finding.Span.ShouldBeAt("test.listing", 4, 34);
        finding.Message.ShouldContain("invisible character");
        finding.Message.ShouldContain("U+200B");
    }

    [Fact]
    public void A_texte_with_an_invisible_character_is_reported_at_the_texte_string()
    {
        // line 4: - "Cocaïne" texte "…"   → the texte's quote at column 19
        var findings = Analyzed.Findings(AnnexI("- \"Cocaïne\" texte \"Cocaïne\u200B et ses sels\""));

        var finding = findings.Single("LST2011");
        finding.Span.ShouldBeAt("test.listing", 4, 19);
        finding.Message.ShouldContain("U+200B");
    }

    [Fact]
    public void A_non_breaking_space_in_a_texte_is_fine()
    {
        var findings = Analyzed.Findings(AnnexI("- \"Cocaïne\" texte \"Cocaïne\u00A0: chlorhydrate de cocaïne\""));

        findings.ShouldBeClean();
    }

    [Fact]
    public void An_act_title_with_an_invisible_character_is_reported_at_the_title()
    {
        // line 2: acte (1) de stupefiants : arrêté du 22/02/1990 "…"   → the title's quote at column 48
        var findings = Analyzed.Findings(
            "liste stupefiants \"Liste des stupéfiants\" fixée par (1)\n"
            + "acte (1) de stupefiants : arrêté du 22/02/1990 \"fixant\u00AD la liste\" JO du 07/06/1990\n"
            + "annexe I de stupefiants\n");

        var finding = findings.Single("LST2011");
        finding.Span.ShouldBeAt("test.listing", 2, 48);
        finding.Message.ShouldContain("U+00AD");
    }

    [Fact]
    public void A_name_spaced_out_letter_by_letter_is_reported()
    {
        var findings = Analyzed.Findings(AnnexI("- \"H U - 2 1 0\""));

        var finding = findings.Single("LST2011");
        finding.Span.ShouldBeAt("test.listing", 4, 3);
        finding.Message.ShouldContain("« H U - 2 1 0 »");
        finding.Message.ShouldContain("spaced out letter by letter");
    }

    [Fact]
    public void A_letter_spaced_spelling_kept_with_sic_is_fine()
    {
        var findings = Analyzed.Findings(AnnexI("- \"HU-210\" sic \"H U - 2 1 0\""));

        System.Linq.Enumerable.Where(findings, f => f.Id != "LST2014").ShouldBeEmpty(Analyzed.Show(findings)); // only the sic itself (LST2014, info)
    }

    [Fact]
    public void A_name_with_a_few_single_letter_words_is_not_letter_spaced()
    {
        var findings = Analyzed.Findings(AnnexI("- \"Vitamine B 1 C\""));

        findings.ShouldBeClean();
    }

    // ---- strings the check does not read yet ------------------------------------------------------

    [Fact]
    public void A_derogation_subject_with_an_invisible_character_is_reported()
    {
        // The subject of an 'autorise' becomes a name of the entry (asking about it is asking about the
        // derogation): a hidden character makes it unfindable, like an entry's name.
        // line 7: autorise "…"   → the subject's quote at column 10
        var findings = Analyzed.Findings(
            List
            + "acte arrete-chanvre de stupefiants : arrêté du 30/12/2021 \"relatif au chanvre\" JO du 31/12/2021\n"
            + "annexe I de stupefiants\n"
            + "- \"Cannabis\"\n"
            + "dérogation par arrete-chanvre à \"Cannabis\" de stupefiants annexe I\n"
            + "autorise \"extraits\u200B de chanvre\" si teneur en \"delta-9-tétrahydrocannabinol\" au plus 0,30 %\n");

        var finding = findings.Single("LST2011");
        finding.Span.ShouldBeAt("test.listing", 7, 10);
        finding.Message.ShouldContain("U+200B");
    }

    [Fact]
    public void A_counter_ion_with_a_bidirectional_control_is_reported()
    {
        // Counter-ions are matched against what users type ("napsylate de X"), like names.
        // line 3: contre-ions "…"   → the quote at column 13
        var findings = Analyzed.Findings(List + "contre-ions \"napsy\u202Elate\"\nannexe I de stupefiants\n");

        var finding = findings.Single("LST2011");
        finding.Span.ShouldBeAt("test.listing", 3, 13);
        finding.Message.ShouldContain("U+202E");
    }

    [Fact]
    public void A_group_title_with_a_bidirectional_control_is_reported()
    {
        // line 4: groupe "…"   → the quote at column 8
        var findings = Analyzed.Findings(
            List + "annexe IV de stupefiants\n" + "groupe \"Les canna\u202Ebinoïdes suivants\"\n" + "- \"JWH-018\"\n");

        var finding = findings.Single("LST2011");
        finding.Span.ShouldBeAt("test.listing", 4, 8);
        finding.Message.ShouldContain("U+202E");
    }
}
