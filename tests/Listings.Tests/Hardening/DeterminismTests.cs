using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Listings.Compiler.Binding;
using Listings.Compiler.Tables;
using Listings.Grammar.Parsing;
using Listings.Runtime;
using Listings.Tests.Generator;
using Listings.Tests.Support;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;
using ListingSeverity = Listings.Grammar.Diagnostics.DiagnosticSeverity;

namespace Listings.Tests.Hardening;

/// <summary>
/// The real listings, generated again and again in every way a build machine might differ: repeated
/// runs, the order the build hands the files over, the thread's culture, CRLF line ends, and names
/// spelt decomposed (NFD, as macOS file systems and some PDF extractions give them) rather than
/// composed (NFC). Same listings, same bytes; same names, same keys and the same answers.
/// </summary>
public class DeterminismTests
{
    private static readonly Lazy<IReadOnlyList<(string Path, string Text)>> LazyListings = new(() =>
        Directory.EnumerateFiles(RepositoryPaths.Listings, "*.listing", SearchOption.AllDirectories)
            .Select(path => (Path: Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'), Text: File.ReadAllText(path)))
            .OrderBy(l => l.Path, StringComparer.Ordinal)
            .ToList());

    private static IReadOnlyList<(string Path, string Text)> RealListings => LazyListings.Value;

    private static readonly Lazy<string> LazyReference = new(() => Generate(RealListings));

    /// <summary>What the real listings generate, LF, ordinal order, the test host's culture.</summary>
    private static string Reference => LazyReference.Value;

    private static string Generate(IEnumerable<(string Path, string Text)> listings)
    {
        var (source, diagnostics, _) = GeneratorHarness.Run(listings);
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
        source.ShouldNotBeNull();
        return source;
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = name.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    [Fact]
    public void Generating_the_real_listings_five_times_gives_the_same_bytes()
    {
        for (var i = 0; i < 5; i++)
            Generate(RealListings).ShouldBe(Reference, $"run {i + 1}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Any_order_of_the_additional_files_gives_the_same_bytes(int seed)
    {
        var random = new Random(seed);
        var shuffled = RealListings.OrderBy(_ => random.Next()).ToList();

        Generate(shuffled).ShouldBe(Reference, "order: " + string.Join(", ", shuffled.Select(l => l.Path)));
    }

    [Fact]
    public void The_reverse_order_of_the_additional_files_gives_the_same_bytes() =>
        Generate(RealListings.Reverse()).ShouldBe(Reference);

    [Theory]
    [InlineData("")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("en-US")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    public void Every_culture_gives_the_same_bytes(string culture)
    {
        var reference = InCulture("", () => Generate(RealListings));

        InCulture(culture, () => Generate(RealListings)).ShouldBe(reference, "culture '" + culture + "'");
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void A_shuffled_order_under_another_culture_gives_the_same_bytes(string culture)
    {
        var reference = InCulture("", () => Generate(RealListings));
        var random = new Random(culture.Length);

        InCulture(culture, () => Generate(RealListings.OrderBy(_ => random.Next()).ToList())).ShouldBe(reference);
    }

    [Fact]
    public void CRLF_copies_of_the_real_listings_give_the_same_bytes()
    {
        var crlf = RealListings.Select(l => (l.Path, Text: l.Text.Replace("\r\n", "\n").Replace("\n", "\r\n"))).ToList();
        crlf.ShouldAllBe(l => l.Text.Contains("\r\n"));

        Generate(crlf).ShouldBe(Reference);
    }

    [Fact]
    public void A_mix_of_CRLF_and_LF_files_gives_the_same_bytes()
    {
        var mixed = RealListings.Select((l, i) => (l.Path, Text: i % 2 == 0 ? l.Text.Replace("\n", "\r\n") : l.Text)).ToList();

        Generate(mixed).ShouldBe(Reference);
    }

    // ---- NFC and NFD -------------------------------------------------------------------------------

    private static IReadOnlyList<(string Path, string Text)> Normalized(NormalizationForm form) =>
        RealListings.Select(l => (l.Path, Text: l.Text.Normalize(form))).ToList();

    private static ClassifierTables Tables(IEnumerable<(string Path, string Text)> listings)
    {
        var parsed = listings.Select(l => ListingParser.Parse(l.Path, l.Text)).ToList();
        parsed.SelectMany(p => p.Diagnostics).Select(d => d.ToString()).ShouldBeEmpty();
        var bound = ListingBinder.Bind(parsed.Select(p => p.Document));
        bound.Diagnostics.Where(d => d.Severity == ListingSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
        return TableBuilder.Build(bound.Model);
    }

    [Fact]
    public void The_NFD_spelling_of_the_real_listings_really_differs_from_the_NFC_one()
    {
        // Otherwise the tests below would compare a text with itself (a platform without normalisation).
        Normalized(NormalizationForm.FormD).Zip(Normalized(NormalizationForm.FormC))
            .Count(p => p.First.Text != p.Second.Text).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void NFC_and_NFD_listings_give_the_same_name_keys()
    {
        var nfc = Tables(Normalized(NormalizationForm.FormC));
        var nfd = Tables(Normalized(NormalizationForm.FormD));

        var onlyNfc = nfc.NameKeys.Except(nfd.NameKeys, StringComparer.Ordinal).ToList();
        var onlyNfd = nfd.NameKeys.Except(nfc.NameKeys, StringComparer.Ordinal).ToList();
        (onlyNfc.Count + onlyNfd.Count).ShouldBe(0,
            "keys only in NFC: " + string.Join(" | ", onlyNfc) + "\nkeys only in NFD: " + string.Join(" | ", onlyNfd));
        nfd.NameKeys.ShouldBe(nfc.NameKeys);
        nfd.NameEntries.ShouldBe(nfc.NameEntries);
        nfd.NameRoles.ShouldBe(nfc.NameRoles);
        nfd.ExceptionNameKeys.ShouldBe(nfc.ExceptionNameKeys);
        nfd.AmountSubstanceKeys.ShouldBe(nfc.AmountSubstanceKeys);
        nfd.AuthorisationSubjectKeys.ShouldBe(nfc.AuthorisationSubjectKeys);
        nfd.SaltStems.ShouldBe(nfc.SaltStems);
        nfd.EntryFrom.ShouldBe(nfc.EntryFrom);
        nfd.EntryTo.ShouldBe(nfc.EntryTo);
        nfd.EntryForms.ShouldBe(nfc.EntryForms);
        nfd.EntryTitles.Select(t => t.Normalize(NormalizationForm.FormC)).ShouldBe(nfc.EntryTitles);
    }

    /// <summary>Every name of the listings, as written (titles, aliases, co-listed names, sic spellings, derogation subjects).</summary>
    private static IReadOnlyList<string> WrittenNames()
    {
        var parsed = RealListings.Select(l => ListingParser.Parse(l.Path, l.Text)).ToList();
        var bound = ListingBinder.Bind(parsed.Select(p => p.Document));
        return bound.Model.Entries.SelectMany(e => e.Names.Select(n => n.Text).Append(e.Title))
            .Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void The_key_of_every_name_is_the_same_in_NFC_and_NFD()
    {
        var names = WrittenNames();
        names.Count.ShouldBeGreaterThan(100);

        var differing = names
            .Where(n => TextFolding.NameKey(n.Normalize(NormalizationForm.FormD)) != TextFolding.NameKey(n.Normalize(NormalizationForm.FormC)))
            .Select(n => n + " → NFC key '" + TextFolding.NameKey(n.Normalize(NormalizationForm.FormC))
                + "', NFD key '" + TextFolding.NameKey(n.Normalize(NormalizationForm.FormD)) + "'")
            .ToList();

        differing.ShouldBeEmpty();
    }

    [Fact]
    public void Every_name_classifies_identically_from_NFC_and_NFD_listings_and_NFC_and_NFD_queries()
    {
        var nfc = new Classifier(Tables(Normalized(NormalizationForm.FormC)));
        var nfd = new Classifier(Tables(Normalized(NormalizationForm.FormD)));
        var on = new DateTime(2024, 1, 1);
        var differences = new List<string>();

        foreach (var name in WrittenNames())
        {
            var expected = Show(nfc.Classify(new ClassificationQuery(name.Normalize(NormalizationForm.FormC), on)));
            foreach (var (classifier, label) in new[] { (nfc, "NFC listings"), (nfd, "NFD listings") })
            {
                foreach (var form in new[] { NormalizationForm.FormC, NormalizationForm.FormD })
                {
                    var actual = Show(classifier.Classify(new ClassificationQuery(name.Normalize(form), on)));
                    if (actual != expected)
                        differences.Add($"{name} ({label}, {form} query): {actual}\n    expected {expected}");
                }
            }
        }

        differences.ShouldBeEmpty();
    }

    /// <summary>An answer with every string in NFC, so that an NFD listing's answer compares with an NFC one.</summary>
    private static string Show(ClassificationAnswer answer) =>
        (answer.Status + " " + string.Join(" | ", answer.Classifications.Select(c =>
            $"{c.List} {c.Annex} {c.Entry} {c.Via} [{string.Join(",", c.Acts.Select(a => a.Mark + "@" + a.InForce?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}]"))
            + " except " + string.Join(" | ", answer.Exceptions.Select(e => $"{e.List} {e.Annex} {e.Entry}: {e.Text} {e.Applied}"))).Normalize(NormalizationForm.FormC);

    /// <summary>
    /// TextFolding says it folds "for NFC and NFD input alike". It does for the letters of its table
    /// (below U+0250); these are the precomposed letters beyond it that a substance name can hold:
    /// Latin Extended Additional (ḿ, ệ), Greek with tonos (ά, ΐ), Cyrillic (й, ё).
    /// </summary>
    [Theory]
    [InlineData(0x00C0, 0x024F, "Latin-1 and Latin Extended-A/B")]
    [InlineData(0x1E00, 0x1EFF, "Latin Extended Additional")]
    [InlineData(0x0370, 0x03FF, "Greek")]
    [InlineData(0x0400, 0x04FF, "Cyrillic")]
    public void Every_precomposed_letter_gets_the_same_key_in_NFC_and_NFD(int first, int last, string block)
    {
        var differing = new List<string>();
        for (var c = first; c <= last; c++)
        {
            var composed = ((char)c).ToString();
            if (CharUnicodeInfo.GetUnicodeCategory(composed[0]) is not (UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter))
                continue;
            var decomposed = composed.Normalize(NormalizationForm.FormD);
            if (decomposed == composed || composed.Normalize(NormalizationForm.FormC) != composed)
                continue;
            if (TextFolding.NameKey("x" + composed) != TextFolding.NameKey("x" + decomposed))
                differing.Add($"U+{c:X4} {composed} → '{TextFolding.NameKey(composed)}' but NFD → '{TextFolding.NameKey(decomposed)}'");
        }

        differing.ShouldBeEmpty(block + ": " + differing.Count + " letters fold differently when decomposed");
    }
}
