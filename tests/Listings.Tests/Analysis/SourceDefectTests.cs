using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Listings.Cli.Commands;
using Listings.Grammar.Diagnostics;
using Listings.Tests.Support;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;
using DiagnosticSeverity = Listings.Grammar.Diagnostics.DiagnosticSeverity;

namespace Listings.Tests.Analysis;

/// <summary>
/// LST2013–LST2018: every defect of the sources the listings state (lost asterisks, sic, défaut, an
/// unknown date, an unstated annex, an act of unknown content) is reported as info where it is
/// stated, by <c>listings check</c> and by the build; <c>check</c> counts them with LST2007.
/// </summary>
public class SourceDefectTests
{
    // Lines 1-2 of every fixture: the list and its founding act.
    private const string List = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        """;

    private static ListingDiagnostic Only(string text, string id)
    {
        var finding = Analyzed.Findings(List + "\n" + text).Single(id);
        finding.Severity.ShouldBe(DiagnosticSeverity.Info);
        return finding;
    }

    [Fact]
    public void Lost_asterisks_are_reported_at_the_asterisks_statement()
    {
        var finding = Only("""
            annexe III de stupefiants
            comprend leurs stéréo-isomères pour les substances précédées d'un astérisque
            astérisques inconnus
            - "Amfépramone"
            """, "LST2013");
        finding.Span.ShouldBeAt("test.listing", 5, 1);
        finding.Message.ShouldContain("asterisks of stupefiants annexe III");
    }

    [Fact]
    public void A_sic_spelling_is_reported_at_the_sic_with_both_spellings()
    {
        var finding = Only("""
            annexe IV de stupefiants
            - "Tabernanthe iboga" sic "Tabernathe iboga"
            """, "LST2014");
        finding.Span.ShouldBeAt("test.listing", 4, 23);
        finding.Message.ShouldContain("« Tabernanthe iboga » « Tabernathe iboga » (sic)");
    }

    [Fact]
    public void A_defect_note_is_reported_at_the_note_with_its_words()
    {
        var finding = Only("""
            annexe IV de stupefiants
            - "Acétorphine"
                défaut "nom imprimé à moitié"
            """, "LST2015");
        finding.Span.ShouldBeAt("test.listing", 5, 5);
        finding.Message.ShouldContain("« nom imprimé à moitié »");
    }

    [Fact]
    public void Unknown_signature_publication_and_entry_into_force_dates_are_each_reported()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            acte (2) de stupefiants : arrêté du inconnue "modifiant" JO inconnu en vigueur à une date inconnue
            annexe I de stupefiants
            - "Acétorphine"
            """).WithId("LST2016");
        findings.Select(f => (f.Span.Line, f.Severity)).ShouldBe(new[] { (3, DiagnosticSeverity.Info), (3, DiagnosticSeverity.Info), (3, DiagnosticSeverity.Info) });
        findings.Select(f => f.Message).ShouldBe(new[]
        {
            "the sources do not give the date act (2) was signed",
            "the sources do not give the date act (2) was published in the Journal officiel (JO inconnu)",
            "the sources do not give the date act (2) entered into force",
        });
    }

    [Fact]
    public void An_unstated_annex_is_reported_at_the_reference()
    {
        var finding = Only("""
            acte hhc de stupefiants : décision du 12/06/2023 "portant modification" JO du 01/07/2023
            annexe I de stupefiants
            - "Acétorphine"
            amendement par hhc
            ajoute à stupefiants annexe inconnue
            - "HHC"
            """, "LST2017");
        finding.Span.ShouldBeAt("test.listing", 7, 10);
        finding.Message.ShouldContain("« stupefiants annexe inconnue »");
    }

    [Fact]
    public void An_act_of_unknown_content_is_reported_at_contenu_inconnu_with_the_lists_it_may_have_changed()
    {
        var finding = Only("""
            acte a2010 de stupefiants : arrêté du 07/06/2010 "modifiant" JO du 10/06/2010 contenu inconnu
            annexe I de stupefiants
            - "Acétorphine"
            """, "LST2018");
        finding.Span.Line.ShouldBe(3);
        finding.Span.Column.ShouldBe("acte a2010 de stupefiants : arrêté du 07/06/2010 \"modifiant\" JO du 10/06/2010 contenu inconnu".IndexOf("contenu", StringComparison.Ordinal) + 1);
        finding.Message.ShouldContain("act a2010 (modifiant) but not what it changed in stupefiants");
    }

    [Fact]
    public void Source_defects_cannot_be_accepted()
    {
        var findings = Analyzed.Findings(List + "\n" + """
            annexe IV de stupefiants
            - "Tabernanthe iboga" sic "Tabernathe iboga" accepte LST2014 "c'est la source"
            """);
        var sic = findings.WithId("LST2014").ShouldHaveSingleItem(Analyzed.Show(findings));
        sic.Severity.ShouldBe(DiagnosticSeverity.Info);
        sic.Message.ShouldNotContain("accepté");
        findings.WithId("LST2012").ShouldHaveSingleItem(Analyzed.Show(findings)).Message.ShouldContain("LST2014 cannot be accepted");
    }

    // ---- the French listings -------------------------------------------------------------------

    private static readonly Lazy<string> Check = new(() =>
    {
        var output = new StringWriter();
        CheckCommand.Run(new[] { RepositoryPaths.Listings }, output);
        return output.ToString().Replace('\\', '/');
    });

    /// <summary>The 1-based line of <paramref name="file"/> (under listings/) that holds <paramref name="needle"/> first.</summary>
    private static int LineOf(string file, string needle)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Listings, file));
        var index = Array.FindIndex(lines, l => l.Contains(needle, StringComparison.Ordinal));
        // An act's statement runs on: its 'contenu inconnu' is on the act's line or one of the next.
        if (needle.StartsWith("arrete-", StringComparison.Ordinal) && index >= 0)
            index = Array.FindIndex(lines, index, l => l.Contains("contenu inconnu", StringComparison.Ordinal));
        index.ShouldBeGreaterThanOrEqualTo(0, $"no line of {file} holds {needle}");
        return index + 1;
    }

    [Theory]
    [InlineData("stupefiants/annexe-III.listing", "astérisques inconnus", "LST2013")]
    [InlineData("stupefiants/annexe-IV.listing", "sic \"Tabernathe iboga\"", "LST2014")]
    [InlineData("stupefiants/annexe-IV.listing", "sic \"H U - 2 1 0\"", "LST2014")]
    [InlineData("psychotropes/partie-2.listing", "sic ", "LST2014")]
    [InlineData("stupefiants/annexe-III.listing", "défaut \"les astérisques", "LST2015")]
    [InlineData("stupefiants/annexe-IV.listing", "défaut \"la marque (15)", "LST2015")]
    [InlineData("stupefiants/2023-06-12-decision-hhc.listing", "JO inconnu", "LST2016")]
    [InlineData("stupefiants/2023-06-12-decision-hhc.listing", "annexe inconnue", "LST2017")]
    [InlineData("stupefiants/00-liste.listing", "arrete-2010-06-07", "LST2018")]
    [InlineData("stupefiants/00-liste.listing", "arrete-2010-05-11", "LST2018")]
    [InlineData("psychotropes/00-liste.listing", "arrete-2009-06-12", "LST2018")]
    [InlineData("actes/2012-02-14-arrete.listing", "contenu inconnu", "LST2018")]
    [InlineData("stupefiants/annexe-IV.listing", "\"PMMA\"", "LST2007")]
    public void Check_on_the_French_listings_reports_each_source_defect_as_info_at_its_line(string file, string needle, string id)
    {
        var line = LineOf(file, needle);
        Check.Value.ShouldContain($"listings/{file}({line},", Case.Sensitive, $"nothing reported on line {line} of {file}:\n{Check.Value}");
        Regex.IsMatch(Check.Value, $@"listings/{Regex.Escape(file)}\({line},\d+\): info {id}: ")
            .ShouldBeTrue($"no info {id} at line {line} of {file}:\n{Check.Value}");
    }

    [Fact]
    public void Check_on_the_French_listings_counts_the_source_defects_it_reported()
    {
        var reported = DiagnosticCatalogue.SourceDefects.ToDictionary(r => r.Id,
            r => Regex.Matches(Check.Value, $@"\): \w+ {r.Id}: ").Count);
        foreach (var id in new[] { "LST2007", "LST2013", "LST2014", "LST2015", "LST2016", "LST2017", "LST2018" })
            reported[id].ShouldBeGreaterThan(0, id);
        var summary = Regex.Match(Check.Value, @"^(\d+) source defects reported: (.*)\.$", RegexOptions.Multiline);
        summary.Success.ShouldBeTrue(Check.Value);
        int.Parse(summary.Groups[1].Value).ShouldBe(reported.Values.Sum());
        summary.Groups[2].Value.ShouldBe(string.Join(", ", reported.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Value} {r.Key}")));
        // The acts the sources name without their content: four (2009, two of 2010, 2012).
        reported["LST2018"].ShouldBe(4);
        reported["LST2013"].ShouldBe(1);
        reported["LST2017"].ShouldBe(1);
    }

    // ---- the build -----------------------------------------------------------------------------

    [Fact]
    public async Task The_build_reports_each_source_defect_as_info_at_its_statement()
    {
        var listing = List + "\n" + """
            acte (2) de stupefiants : arrêté du 07/06/2010 "modifiant" JO inconnu contenu inconnu
            annexe III de stupefiants
            comprend leurs stéréo-isomères pour les substances précédées d'un astérisque
            astérisques inconnus défaut "astérisques perdus"
            - "Tabernanthe iboga" sic "Tabernathe iboga"
            amendement par (2)
            ajoute à stupefiants annexe inconnue
            - "HHC"
            """;
        var diagnostics = await AnalyzerHarness.Run(new[] { ("listings/a.listing", listing) });

        var found = diagnostics.Where(d => d.Id is "LST2013" or "LST2014" or "LST2015" or "LST2016" or "LST2017" or "LST2018")
            .Select(d => $"{d.Id} {d.Severity} line {d.Location.GetLineSpan().StartLinePosition.Line + 1}")
            .OrderBy(d => d, StringComparer.Ordinal).ToList();
        found.ShouldBe(new[]
        {
            "LST2013 Info line 6",
            "LST2014 Info line 7",
            "LST2015 Info line 6",
            "LST2016 Info line 3",
            "LST2017 Info line 9",
            "LST2018 Info line 3",
        }, false, string.Join("\n", diagnostics));
    }
}
