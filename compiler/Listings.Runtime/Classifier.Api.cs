using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Listings.Runtime;

public sealed partial class Classifier : ISubstanceClassifier
{
    private ReadOnlyCollection<ActReference>? _acts;
    private ReadOnlyCollection<ListingEntry>? _entries;

    /// <inheritdoc/>
    public IReadOnlyList<ClassificationAnswer> ClassifyAll(IEnumerable<ClassificationQuery> queries)
    {
        if (queries is null)
            throw new ArgumentNullException(nameof(queries));
        var answers = new List<ClassificationAnswer>();
        foreach (var query in queries)
            answers.Add(Classify(query));
        return answers.AsReadOnly();
    }

    /// <inheritdoc/>
    public IReadOnlyList<ActReference> Acts => _acts ??= Array.AsReadOnly(BuildActs());

    /// <inheritdoc/>
    public IReadOnlyList<ListingEntry> Entries => _entries ??= Array.AsReadOnly(BuildEntries());

    /// <inheritdoc/>
    public IReadOnlyList<ListingEntry> EntriesOn(DateTime on)
    {
        var day = Day(on);
        var date = ToInt(on);
        var entries = new List<ListingEntry>();
        for (var row = 0; row < _t.EntryTitles.Length; row++)
            if (InForceOnDay(row, day))
                entries.Add(Entry(row, date));
        return entries.AsReadOnly();
    }

    /// <summary>The entry a <see cref="Quick(string, DateTime)"/> answer names (what decided it); null for <see cref="ClassificationStatus.NotListed"/>.</summary>
    public ListingEntry? EntryOf(QuickAnswer answer) =>
        answer.Entry >= 0 && answer.Entry < _t.EntryTitles.Length ? Entries[answer.Entry] : null;

#if NET8_0_OR_GREATER
    /// <summary>The status <paramref name="name"/> has on <paramref name="on"/> (<see cref="Quick(string, DateTime)"/>).</summary>
    public QuickAnswer Quick(string name, DateOnly on) => Quick(name, on.ToDateTime(TimeOnly.MinValue));
#endif

    private ActReference[] BuildActs()
    {
        var acts = new ActReference[_t.ActLabels.Length];
        for (var a = 0; a < acts.Length; a++)
            acts[a] = Act(a);
        return acts;
    }

    private ActReference Act(int a) => new(_t.ActLabels[a], _t.ActTitles[a], FromInt(_t.ActInForce[a]), _t.ActInForceAssumed[a]);

    private ListingEntry[] BuildEntries()
    {
        var entries = new ListingEntry[_t.EntryTitles.Length];
        for (var row = 0; row < entries.Length; row++)
            entries[row] = Entry(row, int.MaxValue);
        return entries;
    }

    /// <summary>The entry row, with the acts in force by <paramref name="date"/> (yyyymmdd; the inscription always).</summary>
    private ListingEntry Entry(int row, int date)
    {
        var acts = new List<ActReference>();
        var start = _t.EntryActsStart[row];
        for (var i = start; i < start + _t.EntryActsCount[row]; i++)
            if (i == start || _t.ActInForce[_t.EntryActs[i]] <= date)
                acts.Add(Acts[_t.EntryActs[i]]);
        var exceptions = new List<string>();
        foreach (var e in Exceptions(row))
            exceptions.Add(_t.ExceptionTexts[e]);
        exceptions.Sort(StringComparer.Ordinal);
        return new ListingEntry(List(row), AnnexKind(row), Annex(row), _t.EntryTitles[row],
            FromInt(_t.EntryFrom[row]), FromInt(_t.EntryTo[row]), acts.AsReadOnly(), exceptions.AsReadOnly(), _t.EntryLocations[row]);
    }
}
