using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Grammar.Syntax;

namespace Listings.Tests.Support;

/// <summary>A seed bullet and the entry of its annex that transcribes it, or why none could be chosen.</summary>
public sealed record SeedEntryMatch(SeedBullet Bullet, EntrySyntax? Entry, string? Problem);

/// <summary>
/// Pairs every bullet of the seed's annexes and parts with the entry of the listings that transcribes
/// it: the folded bullet starts with the
/// entry's name (or a <c>sic</c> spelling), or, for a preparation entry, contains its substance, as a
/// whole word; the longest such match wins, and a tie is a problem.
/// </summary>
public static class SeedEntries
{
    public static IReadOnlyList<SeedEntryMatch> Match()
    {
        var sections = ListedSections();
        var matches = new List<SeedEntryMatch>();
        foreach (var bullet in SeedText.AnnexBullets())
        {
            var entries = sections.TryGetValue(bullet.Section, out var found) ? found : new List<EntrySyntax>();
            var key = NameFolding.Key(bullet.Text);
            var scored = entries.Select(e => (Entry: e, Length: MatchLength(e, key))).Where(m => m.Length > 0).ToList();
            if (scored.Count == 0)
            {
                matches.Add(new SeedEntryMatch(bullet, null, $"no entry of {bullet.Section} matches \"{bullet.Text}\""));
                continue;
            }
            var longest = scored.Max(m => m.Length);
            var best = scored.Where(m => m.Length == longest).Select(m => m.Entry).ToList();
            matches.Add(best.Count == 1
                ? new SeedEntryMatch(bullet, best[0], null)
                : new SeedEntryMatch(bullet, null, $"{best.Count} entries of {bullet.Section} match \"{bullet.Text}\" equally: "
                    + string.Join(", ", best.Select(e => e.Title.Value))));
        }
        return matches;
    }

    /// <summary>The entries of every annex and part of the listings, keyed as the seed's headings are.</summary>
    public static Dictionary<SeedSection, List<EntrySyntax>> ListedSections()
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

    /// <summary>How much of the folded bullet the entry accounts for; zero when it does not match.</summary>
    public static int MatchLength(EntrySyntax entry, string bulletKey)
    {
        switch (entry)
        {
            case SubstanceEntrySyntax substance:
                return new[] { substance.Name }.Concat(substance.Clauses.OfType<SicClause>().Select(s => s.Text))
                    .Select(name => NameFolding.Key(name.Value))
                    .Where(name => name.Length > 0 && bulletKey.StartsWith(name, StringComparison.Ordinal) && EndsWord(bulletKey, name.Length))
                    .Select(name => name.Length)
                    .DefaultIfEmpty(0)
                    .Max();
            case PreparationEntrySyntax preparation:
                var key = NameFolding.Key(preparation.Substance.Value);
                for (var at = bulletKey.IndexOf(key, StringComparison.Ordinal); at >= 0 && key.Length > 0; at = bulletKey.IndexOf(key, at + 1, StringComparison.Ordinal))
                {
                    if (EndsWord(bulletKey, at + key.Length))
                        return key.Length;
                }
                return 0;
            default:
                throw new InvalidOperationException($"Unknown entry kind {entry.GetType().Name}");
        }
    }

    private static bool EndsWord(string text, int end) => end == text.Length || !char.IsLetterOrDigit(text[end]);
}
