using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Text;
using Listings.Runtime;

namespace Listings.Compiler.Analysis;

/// <summary>
/// LST2003 / LST2004: an entry whose name shows it is a salt ("chlorhydrate de X", "X hydrochloride")
/// or an isomer ("dextro"/"lévo" of the same stem, "d-X", "dl-X") of another entry whose annex or
/// extensions already include that form. Redundant in the same annex; a conflict across annexes,
/// since no "unless listed in another annex" clause covers salts and isomers.
/// </summary>
internal static class InclusionOverlapCheck
{
    public static void Run(NameIndex index, ListingModel model, List<ListingDiagnostic> found)
    {
        var counterIons = model.CounterIons.ToArray();
        var prefixes = model.IsomerPrefixes.OrderByDescending(p => p.Length).ToArray();
        var overlaps = new List<(NameOccurrence Occurrence, NameOccurrence Coverer, FormFlags Form)>();
        foreach (var occurrence in index.All)
        {
            foreach (var (baseKey, form) in Bases(occurrence.Key, counterIons, prefixes))
            {
                var coverer = index.Find(baseKey).FirstOrDefault(o => o.Entry.Id != occurrence.Entry.Id
                    && NameIndex.Overlap(o.Entry, occurrence.Entry) && Includes(o.Entry, form)
                    && !o.Entry.Names.Any(n => n.Role == NameRole.ExceptedIsomer && TextFolding.NameKey(n.Text) == occurrence.Key));
                if (coverer is null)
                    continue;
                overlaps.Add((occurrence, coverer, form));
                break;
            }
        }
        // Two entries that each cover the other (dextro-X and lévo-X) are one finding, at the later name,
        // whichever of the two the file writes first.
        var pairs = new HashSet<(SourceSpan, SourceSpan)>(overlaps.Select(o => (o.Occurrence.Span, o.Coverer.Span)));
        foreach (var (occurrence, coverer, form) in overlaps.OrderBy(o => o.Occurrence.Span, Comparer<SourceSpan>.Create(NameIndex.Compare)))
        {
            if (pairs.Contains((coverer.Span, occurrence.Span)) && NameIndex.Compare(occurrence.Span, coverer.Span) < 0)
                continue;
            var what = form == FormFlags.Salts ? "salts" : "isomers";
            var sameAnnex = coverer.Entry.ListId == occurrence.Entry.ListId && coverer.Entry.AnnexId == occurrence.Entry.AnnexId;
            found.Add(sameAnnex
                ? AnalysisDiagnostics.Create(DiagnosticCatalogue.Redundant, occurrence.Span,
                    $"« {occurrence.Name.Text} » is already covered by the {what} of « {coverer.Entry.Title} », in the same annex ({coverer.Span})",
                    coverer.Span)
                : AnalysisDiagnostics.Create(DiagnosticCatalogue.Conflict, occurrence.Span,
                    $"« {occurrence.Name.Text} » ({occurrence.Entry.ListId} {occurrence.Entry.AnnexId}) is also covered by the {what} of « {coverer.Entry.Title} » " +
                    $"({coverer.Entry.ListId} {coverer.Entry.AnnexId}, {coverer.Span}); nothing says which annex it belongs to",
                    coverer.Span));
        }
    }

    private static bool Includes(EntryModel entry, FormFlags form) =>
        form == FormFlags.Salts
            ? (entry.Forms & FormFlags.Salts) != 0
            : (entry.Forms & FormFlags.Isomers) != 0
              || ((entry.Forms & FormFlags.StereoIsomers) != 0 && (entry.Forms & (FormFlags.Asterisk | FormFlags.AsteriskUnknown)) != 0);

    /// <summary>What a name shows it derives from: its base after a counter-ion, or the same stem under another isomer prefix.</summary>
    private static IEnumerable<(string Base, FormFlags Form)> Bases(string key, string[] counterIons, string[] prefixes)
    {
        foreach (var ion in counterIons)
        {
            if (key.StartsWith(ion + " ", StringComparison.Ordinal))
            {
                var rest = key.Substring(ion.Length + 1);
                foreach (var preposition in new[] { "de l'", "de la ", "du ", "de ", "d'" })
                    if (rest.StartsWith(preposition, StringComparison.Ordinal))
                        yield return (rest.Substring(preposition.Length), FormFlags.Salts);
            }
            if (key.EndsWith(" " + ion, StringComparison.Ordinal))
                yield return (key.Substring(0, key.Length - ion.Length - 1), FormFlags.Salts);
        }
        foreach (var prefix in prefixes)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal) || key.Length <= prefix.Length + 2)
                continue;
            var stem = key.Substring(prefix.Length).TrimStart(' ', '-');
            yield return (stem, FormFlags.Isomers);
            foreach (var other in prefixes)
                if (other != prefix && char.IsLetter(other[other.Length - 1]))
                    yield return (other + stem, FormFlags.Isomers);
        }
    }
}
