using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Model;
using Listings.Compiler.Tables;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Text;
using Listings.Runtime;

namespace Listings.Compiler.Analysis;

/// <summary>
/// LST2003 / LST2004: an entry whose name shows it is a salt ("chlorhydrate de X", "X hydrochloride")
/// or an isomer ("dextro"/"lévo" of the same stem, "d-X", "dl-X") of another entry whose annex or
/// extensions already include that form. Redundant in the same annex; a conflict across annexes,
/// since no "unless listed in another annex" clause covers salts and isomers. The names are read by
/// the classifiers' own reader (<see cref="Classifier.Reaches"/>), so what is reported here is what the
/// classifiers answer.
/// </summary>
internal static class InclusionOverlapCheck
{
    public static void Run(NameIndex index, ListingModel model, List<ListingDiagnostic> found)
    {
        var classifier = new Classifier(TableBuilder.Build(model));
        var entries = model.Entries;
        // Where each entry version is named in the listing: its heading if written, else its first name.
        var named = new Dictionary<int, NameOccurrence>();
        foreach (var occurrence in index.All.OrderBy(o => o.IsTitle ? 0 : 1))
            if (!named.ContainsKey(occurrence.Row))
                named[occurrence.Row] = occurrence;

        var overlaps = new List<(NameOccurrence Occurrence, NameOccurrence Coverer, FormFlags Form)>();
        foreach (var occurrence in index.All)
        {
            if (occurrence.Name.Role is not (NameRole.Name or NameRole.Alias))
                continue;
            foreach (var reach in classifier.Reaches(occurrence.Name.Text, derivedOnly: true))
            {
                if (reach.Via is not (Via.Salt or Via.Isomer) || reach.Role is not (NameRole.Name or NameRole.Alias)
                    || !reach.Included || reach.Excepted || !named.TryGetValue(reach.Entry, out var coverer))
                    continue;
                var other = entries[reach.Entry];
                if (other.Id == occurrence.Entry.Id || !NameIndex.Overlap(other, occurrence.Entry))
                    continue;
                overlaps.Add((occurrence, coverer, reach.Via == Via.Salt ? FormFlags.Salts : FormFlags.Isomers));
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
}
