using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Model;
using Listings.Runtime;

namespace Listings.Compiler.Diff;

/// <summary>One entry as it stands in a consolidated state: where it is and what it says.</summary>
public sealed record EntryState(
    string Key,
    string Title,
    string ListId,
    string AnnexId,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> ChemicalDesignations,
    IReadOnlyList<string> Exceptions,
    IReadOnlyList<string> Extensions,
    IReadOnlyList<string> Forms,
    ActModel? Inscription,
    ActModel? LatestAct,
    string Location,
    string Id,
    string AnnexLabel)
{
    public string Place => ListId + " " + AnnexLabel;

    /// <summary>What the sources leave open about the entry on the state's date (<see cref="EntryDoubts"/>).</summary>
    public IReadOnlyList<EntryDoubt> Undetermined { get; init; } = new EntryDoubt[0];
}

/// <summary>
/// The consolidated listing set on one date: every entry in force that day, keyed by its folded
/// heading, with the acts in force by then. What the classifiers of that day know, and nothing else.
/// </summary>
public sealed class ListingState
{
    private ListingState(DateTime on, ListingModel model, IReadOnlyDictionary<string, EntryState> entries)
    {
        On = on;
        Model = model;
        Entries = entries;
    }

    public DateTime On { get; }

    public ListingModel Model { get; }

    public IReadOnlyDictionary<string, EntryState> Entries { get; }

    public static ListingState Of(ListingModel model, DateTime on)
    {
        var date = CalendarDay.Of(on);
        var annexes = model.Annexes.ToDictionary(a => a.Key, StringComparer.Ordinal);
        var acts = model.Acts.ToDictionary(a => a.Key, StringComparer.Ordinal);
        var entries = new SortedDictionary<string, EntryState>(StringComparer.Ordinal);
        foreach (var entry in model.Entries.Where(e => e.From <= date && date < e.To))
        {
            var key = TextFolding.NameKey(entry.Title);
            // The same heading twice (a duplicate the analyzers report): tell them apart by place.
            if (entries.ContainsKey(key))
                key += " @" + entry.ListId + "/" + entry.AnnexId;
            annexes.TryGetValue(AnnexModel.KeyOf(entry.ListId, entry.AnnexId), out var annex);
            var entryActs = entry.ActKeys.Select(k => acts.TryGetValue(k, out var a) ? a : null).Where(a => a is not null && a.InForce <= date).ToList();
            var inscription = entryActs.FirstOrDefault();
            var latest = entryActs.LastOrDefault();
            entries[key] = new EntryState(
                key,
                entry.Title,
                entry.ListId,
                entry.AnnexId,
                entry.Names.Where(n => n.Span is not null && n.Text != entry.Title && Analysis.NameIndex.IsFindable(n.Role))
                    .Select(n => n.Text).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList(),
                entry.Names.Where(n => n.ChemicalDesignation).Select(n => n.Text).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList(),
                entry.Exceptions.Select(e => e.Text).OrderBy(t => t, StringComparer.Ordinal).ToList(),
                // The entry's own extensions: what its annex's preamble brings in is the annex's, not the entry's.
                FormWords.Of(entry.Forms & ~(annex?.Forms ?? FormFlags.None)),
                FormWords.Of(entry.Forms),
                inscription,
                latest,
                entry.Location.ToString(),
                entry.Id,
                annex?.Label ?? entry.AnnexId)
            {
                Undetermined = EntryDoubts.Of(entry, annex, acts, date),
            };
        }
        return new ListingState(on, model, entries);
    }
}
