using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Grammar.Syntax;

namespace Listings.Compiler.Checking;

/// <summary>One row of the summary: how many entries a list's annex (or part) holds.</summary>
public sealed record AnnexCount(string ListId, string AnnexLabel, int Entries, string? AddedBy);

/// <summary>
/// What <c>listings check</c> reports after the diagnostics: counts an editor can compare with the
/// act (acts, lists, annexes, entries per annex).
/// </summary>
public sealed record ListingSummary(int Files, int Lists, int Acts, int Annexes, IReadOnlyList<AnnexCount> Counts)
{
    public int Entries => Counts.Sum(c => c.Entries);

    public static ListingSummary Of(IReadOnlyList<ListingDocument> documents)
    {
        var counts = new List<AnnexCount>();
        foreach (var annex in documents.SelectMany(d => d.Annexes))
            counts.Add(new AnnexCount(annex.ListId, Label(annex.Kind, annex.Id), annex.Sections.Sum(s => s.Entries.Count), null));
        foreach (var amendment in documents.SelectMany(d => d.Amendments))
            foreach (var addition in amendment.Operations.OfType<AdditionSyntax>())
                counts.Add(new AnnexCount(addition.Target.ListId, Label(addition.Target.Kind, addition.Target.AnnexId),
                    addition.Entries.Count, amendment.Act.ToString()));

        var merged = counts
            .GroupBy(c => (c.ListId, c.AnnexLabel, c.AddedBy))
            .Select(g => new AnnexCount(g.Key.ListId, g.Key.AnnexLabel, g.Sum(c => c.Entries), g.Key.AddedBy))
            .OrderBy(c => c.ListId, StringComparer.Ordinal)
            .ThenBy(c => c.AddedBy is null ? 0 : 1)
            .ThenBy(c => RomanOrder(c.AnnexLabel))
            .ThenBy(c => c.AnnexLabel, StringComparer.Ordinal)
            .ThenBy(c => c.AddedBy, StringComparer.Ordinal)
            .ToList();

        return new ListingSummary(
            documents.Count,
            documents.Sum(d => d.Lists.Count),
            documents.Sum(d => d.Acts.Count),
            // An annex opened again in another file is still one annex.
            documents.SelectMany(d => d.Annexes).Select(a => (a.ListId, a.Id)).Distinct().Count(),
            merged);
    }

    private static string Label(AnnexKind kind, string? id) => Binding.FrenchWording.Annex(kind, id);

    private static int RomanOrder(string label)
    {
        var id = label.Substring(label.IndexOf(' ') + 1);
        return id switch
        {
            "I" or "1" => 1,
            "II" or "2" => 2,
            "III" or "3" => 3,
            "IV" or "4" => 4,
            "V" or "5" => 5,
            _ => 99,
        };
    }
}
