using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Grammar.Syntax;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Listings;

/// <summary>
/// The listings against the seed text they transcribe (002_df09a9472126ba65.txt): every bullet of
/// every annex and part, every numbered act, and the 2023 HHC decision. The expected content is
/// read off the seed at test time; nothing here is copied by hand from either side.
/// </summary>
public class SeedCoverageTests
{
    [Fact]
    public void The_seed_annexes_and_parts_hold_262_bullets()
    {
        // 103 + 10 + 50 + 30 bullets in stupéfiants annexes I–IV, 63 + 4 + 2 in psychotropes parts 1–3
        SeedText.AnnexBullets().Count.ShouldBe(262);
    }

    [Fact]
    public void Every_listing_parses_without_diagnostics()
    {
        var diagnostics = RepositoryListings.Results.SelectMany(r => r.Diagnostics).Select(d => d.ToString()).ToList();

        RepositoryListings.Results.ShouldNotBeEmpty();
        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Each_annex_and_part_holds_as_many_entries_as_the_seed_has_bullets()
    {
        var expected = SeedText.BulletCounts()
            .Select(pair => $"{pair.Key}: {pair.Value}")
            .OrderBy(s => s, StringComparer.Ordinal);
        var actual = ListedSections()
            .Select(pair => $"{pair.Key}: {pair.Value.Count}")
            .OrderBy(s => s, StringComparer.Ordinal);

        actual.ShouldBe(expected);
    }

    [Fact]
    public void Every_seed_bullet_is_matched_by_exactly_one_entry_of_its_annex()
    {
        var sections = ListedSections();
        var problems = new List<string>();
        var chosen = new Dictionary<EntrySyntax, SeedBullet>(ReferenceEqualityComparer.Instance);

        foreach (var bullet in SeedText.AnnexBullets())
        {
            var entries = sections.TryGetValue(bullet.Section, out var found) ? found : new List<EntrySyntax>();
            var key = NameFolding.Key(bullet.Text);
            var scored = entries.Select(e => (Entry: e, Length: MatchLength(e, key))).Where(m => m.Length > 0).ToList();
            if (scored.Count == 0)
            {
                problems.Add($"{bullet.Section}, seed line {bullet.Line}: no entry matches \"{bullet.Text}\"");
                continue;
            }
            var longest = scored.Max(m => m.Length);
            var best = scored.Where(m => m.Length == longest).Select(m => m.Entry).ToList();
            if (best.Count > 1)
            {
                problems.Add($"{bullet.Section}, seed line {bullet.Line}: {best.Count} entries match \"{bullet.Text}\" equally: " +
                    string.Join(", ", best.Select(e => e.Title.Value)));
                continue;
            }
            if (chosen.TryGetValue(best[0], out var other))
            {
                problems.Add($"{bullet.Section}: entry \"{best[0].Title.Value}\" matches both seed lines {other.Line} and {bullet.Line}");
                continue;
            }
            chosen[best[0]] = bullet;
        }

        problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(SeedText.Stupefiants, 20)] // (1) (2) (3) (6) (7) (8) (9) (13) (17) … (28)
    [InlineData(SeedText.Psychotropes, 5)] // (1) (5) (10) (14) (16)
    public void Every_numbered_act_of_the_seed_table_is_declared_with_its_signature_and_JO_dates(string listId, int numberedActs)
    {
        var seedActs = SeedText.NumberedActs(listId);
        seedActs.Count.ShouldBe(numberedActs);

        var problems = new List<string>();
        foreach (var seed in seedActs)
        {
            var declared = Acts().Where(a => a.NumberingList == listId && a.Id.Mark == seed.Mark).ToList();
            if (declared.Count != 1)
            {
                problems.Add($"seed line {seed.Line}: acte ({seed.Mark}) de {listId} is declared {declared.Count} times");
                continue;
            }
            var act = declared[0];
            if (act.Kind != ActKind.Arrete)
                problems.Add($"seed line {seed.Line}: acte ({seed.Mark}) de {listId} is a {act.Kind}, the seed says Arrêté");
            if (AsDate(act.Signed) != seed.Signed)
                problems.Add($"seed line {seed.Line}: acte ({seed.Mark}) de {listId} signed {act.Signed.Iso}, the seed says {seed.Signed:yyyy-MM-dd}");
            if (act.Published is null || AsDate(act.Published) != seed.Published)
                problems.Add($"seed line {seed.Line}: acte ({seed.Mark}) de {listId} published {act.Published?.Iso ?? "(none)"}, the seed says J.O. du {seed.Published:yyyy-MM-dd}");
        }

        problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(SeedText.Stupefiants)]
    [InlineData(SeedText.Psychotropes)]
    public void No_numbered_act_is_declared_that_the_seed_table_does_not_list(string listId)
    {
        var seedMarks = SeedText.NumberedActs(listId).Select(a => a.Mark).ToHashSet();

        var invented = Acts().Where(a => a.NumberingList == listId && a.Id.Mark is { } mark && !seedMarks.Contains(mark))
            .Select(a => $"acte ({a.Id.Mark}) de {listId} at {a.Span}");

        invented.ShouldBeEmpty();
    }

    [Fact]
    public void The_2023_decision_adds_exactly_the_three_substances_of_the_seed()
    {
        var (signed, names) = SeedText.HhcDecision();
        signed.ShouldBe(new DateOnly(2023, 6, 12));
        names.Count.ShouldBe(3);

        var decision = Acts().Where(a => a.Kind == ActKind.Decision && a.Signed.IsKnown && AsDate(a.Signed) == signed)
            .ShouldHaveSingleItem();
        var additions = RepositoryListings.Documents.SelectMany(d => d.Amendments)
            .Where(a => a.Act.Mark == decision.Id.Mark && a.Act.Identifier == decision.Id.Identifier)
            .SelectMany(a => a.Operations.OfType<AdditionSyntax>())
            .ToList();

        additions.ShouldAllBe(a => a.Target.ListId == SeedText.Stupefiants);
        additions.SelectMany(a => a.Entries).Select(e => e.Title.Value).ShouldBe(names, ignoreOrder: true);
    }

    private static IEnumerable<ActSyntax> Acts() => RepositoryListings.Documents.SelectMany(d => d.Acts);

    /// <summary>The entries of every annex and part of the listings, keyed as the seed's headings are.</summary>
    private static Dictionary<SeedSection, List<EntrySyntax>> ListedSections()
    {
        var sections = new Dictionary<SeedSection, List<EntrySyntax>>();
        foreach (var annex in RepositoryListings.Documents.SelectMany(d => d.Annexes))
        {
            var section = new SeedSection(annex.ListId, annex.Kind == AnnexKind.Annexe ? "annexe" : "partie", annex.Id);
            if (!sections.TryGetValue(section, out var entries))
                sections[section] = entries = new List<EntrySyntax>();
            entries.AddRange(annex.Sections.SelectMany(s => s.Entries));
        }
        return sections;
    }

    /// <summary>
    /// How much of the folded bullet the entry accounts for: the bullet starts with the entry's name
    /// (or one of its <c>sic</c> spellings) — or, for a preparation entry, contains its substance —
    /// followed by a character that is not a letter or digit, or by the end. Zero when it does not match.
    /// </summary>
    private static int MatchLength(EntrySyntax entry, string bullet)
    {
        switch (entry)
        {
            case SubstanceEntrySyntax substance:
                return new[] { substance.Name }.Concat(substance.Clauses.OfType<SicClause>().Select(s => s.Text))
                    .Select(name => NameFolding.Key(name.Value))
                    .Where(name => name.Length > 0 && bullet.StartsWith(name, StringComparison.Ordinal) && EndsWord(bullet, name.Length))
                    .Select(name => name.Length)
                    .DefaultIfEmpty(0)
                    .Max();
            case PreparationEntrySyntax preparation:
                var key = NameFolding.Key(preparation.Substance.Value);
                for (var at = bullet.IndexOf(key, StringComparison.Ordinal); at >= 0 && key.Length > 0; at = bullet.IndexOf(key, at + 1, StringComparison.Ordinal))
                {
                    if (EndsWord(bullet, at + key.Length))
                        return key.Length;
                }
                return 0;
            default:
                throw new InvalidOperationException($"Unknown entry kind {entry.GetType().Name}");
        }
    }

    private static bool EndsWord(string text, int end) => end == text.Length || !char.IsLetterOrDigit(text[end]);

    private static DateOnly? AsDate(LegalDate date) => date.IsKnown ? new DateOnly(date.Year, date.Month, date.Day) : null;
}
