using System.Collections.Generic;
using Listings.Grammar.Diagnostics;

namespace Listings.Compiler.Analysis;

/// <summary>
/// LST2001 (the same substance twice), LST2002 (one name for two entries) and, for an entry an
/// amendment adds while another is in force under that name, LST2009. Each later occurrence is
/// reported at its own name, with the first occurrence as the other side.
/// </summary>
internal static class DuplicateNameCheck
{
    public static void Run(NameIndex index, Model.ListingModel model, List<ListingDiagnostic> found)
    {
        var labels = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var act in model.Acts)
            labels[act.Key] = act.Label;
        foreach (var group in index.Groups)
        {
            for (var i = 1; i < group.Count; i++)
            {
                var later = group[i];
                NameOccurrence? first = null;
                for (var j = 0; j < i && first is null; j++)
                    if (group[j].Entry.Id != later.Entry.Id && NameIndex.Overlap(group[j].Entry, later.Entry))
                        first = group[j];
                if (first is null)
                    continue;
                var where = Where(first);
                if (later.Entry.AddedBy is { } act && later.Entry.From >= first.Entry.From)
                    found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.AmendmentConflict, later.Span,
                        $"act {(labels.TryGetValue(act, out var label) ? label : act)} adds « {later.Name.Text} », which is already in force as « {first.Entry.Title} » in {where}", first.Span));
                else if (later.IsTitle && first.IsTitle)
                    found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.Duplicate, later.Span,
                        $"« {later.Name.Text} » ({Place(later)}) is entered a second time: it is already an entry in {where}", first.Span));
                else
                    found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.Ambiguous, later.Span,
                        $"« {later.Name.Text} », {Role(later)} of « {later.Entry.Title} » ({Place(later)}), is also {Role(first)} of « {first.Entry.Title} » in {where}",
                        first.Span));
            }
        }
    }

    private static string Role(NameOccurrence occurrence) =>
        occurrence.IsTitle ? "the name"
        : occurrence.Name.ChemicalDesignation ? "the chemical designation"
        : occurrence.Name.Role switch
        {
            Runtime.NameRole.Alias => "an alias",
            Runtime.NameRole.Name => "a substance listed with the entry",
            _ => "a name the entry cites",
        };

    private static string Place(NameOccurrence occurrence) => occurrence.Entry.ListId + " " + occurrence.Entry.AnnexId;

    private static string Where(NameOccurrence occurrence) => $"{Place(occurrence)} at {occurrence.Span}";
}
