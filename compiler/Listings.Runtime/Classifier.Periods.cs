using System;
using System.Collections.Generic;

namespace Listings.Runtime;

/// <summary>
/// The calendar cut where the tables change: every day <see cref="Classify(ClassificationQuery)"/>
/// compares a query's date with (an entry's first and last day, an act's entry into force, a
/// derogation's start) starts a period. Two days of one period get the same explained answer to
/// every query, but for the date it repeats: <c>listings classify --jsonl</c> keeps encoded answers by
/// period, and <see cref="Classify(ClassificationQuery)"/> the parts of its answers to headings
/// (Classifier.AsWritten.cs). A new comparison of the query's date with another day of the tables adds
/// those days here (both caches' tests compare their answers with freshly made ones across periods).
/// </summary>
public sealed partial class Classifier
{
    private int[]? _periodStarts;

    /// <summary>The period <paramref name="on"/> falls in: how many of the tables' days are on or before it.</summary>
    internal int PeriodOf(DateTime on)
    {
        var starts = Starts;
        var index = Array.BinarySearch(starts, ToInt(on));
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>How many periods the tables cut the calendar into.</summary>
    internal int PeriodCount => Starts.Length + 1;

    private int[] Starts => _periodStarts ??= PeriodStarts();

    private int[] PeriodStarts()
    {
        var days = new SortedSet<int>();
        days.UnionWith(_t.EntryFrom);
        days.UnionWith(_t.EntryTo);
        days.UnionWith(_t.ActInForce);
        days.UnionWith(_t.AuthorisationFrom);
        var starts = new int[days.Count];
        days.CopyTo(starts);
        return starts;
    }
}
