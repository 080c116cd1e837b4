using System;
using System.Collections.Generic;
#if NET8_0_OR_GREATER
using System.Collections.Frozen;
#endif

namespace Listings.Runtime;

/// <summary>
/// The allocation-free path: the status a name has on a date, for screening millions of names. The
/// same reading of the name as <see cref="Classify(ClassificationQuery)"/> (<see cref="NameReader"/>), the same inclusion
/// rules and isomer exceptions, for a name alone: no preparation, no hemp data (a derogation needs a
/// content or a catalogue, so a name alone is never exempted by one).
/// </summary>
public sealed partial class Classifier
{
    // Entry headings exactly as the acts print them, to their positions in the name index: a query
    // that is already a heading ("Cocaïne") needs no folding. Same rows, same rules as the folded path.
#if NET8_0_OR_GREATER
    private readonly FrozenDictionary<string, long> _headings;
#else
    private readonly Dictionary<string, long> _headings;
#endif

    // In front of the headings once there are too many to stay in the processor's caches: a name that
    // is no heading (any name typed otherwise than printed) is then told so without a miss in memory.
    // A name shorter or longer than every heading is none either; its filter hash samples a few
    // characters (HashFilter.Sample), so that a heading asked as printed pays little for it.
    private readonly HashFilter? _headingFilter;
    private int _shortestHeading;
    private int _longestHeading;

    private const long NoReading = -1;

    // Entry periods as day numbers (DateTime.Ticks / TicksPerDay): a query's date converts by one
    // division, where yyyymmdd would split the date three times. Entry e: [4e] from, [4e + 1] to,
    // [4e + 2] its forms, [4e + 3] 1 when its inscription is unknown: what a hit reads of its entry, in
    // one cache line, which counts once the tables no longer fit in the caches.
    private readonly int[] _entryFacts;

    internal string EntryTitle(int entry) => _t.EntryTitles[entry];

    internal string EntryList(int entry) => List(entry);

    internal string EntryAnnex(int entry) => Annex(entry);

    /// <summary>
    /// The status <paramref name="name"/> has on the day <paramref name="on"/>, without the explanation and
    /// without allocating: the same verdict as <see cref="Classify(ClassificationQuery)"/> gives the name
    /// alone (no preparation, no hemp data). For screening many names.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public QuickAnswer Quick(string name, DateTime on)
    {
        if (name is null)
            throw new ArgumentNullException(nameof(name));
        var day = Day(on);
        if (Heading(name, out var positions))
        {
            if (positions == NoReading)
                return QuickAnswer.NotListed;
            // A heading is its entry's name as written: listed by it whenever it is in force (the rule for
            // any name read as written). Anything else (nothing in force that day) goes the long way.
            var first = (int)(positions >> 32);
            for (var i = first; i < first + (int)positions; i++)
            {
                var entry = _reader.EntryAt(i);
                var role = _reader.RoleAt(i);
                if (role is NameRole.ExceptedIsomer or NameRole.IntermediateLabel or NameRole.ProductsOf || !InForceOnDay(entry, day)
                    || RowDoubt(entry) != Doubt.None)
                    continue;
                return new QuickAnswer(ClassificationStatus.Listed, entry, NameReader.CoreOf(role));
            }
        }
        var sink = new QuickSink(this, day, on);
        _reader.Read(name, ref sink);
        return sink.Answer;
    }

    /// <summary>
    /// Stops at the first entry that lists the name; remembers an entry the sources leave undetermined,
    /// and one whose exception exempts it (listed, then undetermined, then exempted: as <see cref="Classify(ClassificationQuery)"/>).
    /// </summary>
    private struct QuickSink : IReadingSink
    {
        private readonly Classifier _c;
        private readonly int _day;
        private readonly DateTime _on;
        private int _excepted;
        private QuickAnswer _undetermined;
        private QuickAnswer _listed;

        public QuickSink(Classifier classifier, int day, DateTime on)
        {
            _c = classifier;
            _day = day;
            _on = on;
            _excepted = -1;
            _undetermined = QuickAnswer.NotListed;
            _listed = QuickAnswer.NotListed;
            Found = 0;
        }

        public int Found { get; private set; }

        public readonly QuickAnswer Answer => _listed.Status == ClassificationStatus.Listed ? _listed
            : _undetermined.Status == ClassificationStatus.Undetermined ? _undetermined
            : _excepted >= 0 ? new QuickAnswer(ClassificationStatus.Exempted, _excepted, Via.Name)
            : QuickAnswer.NotListed;

        /// <summary>An exception applies, unless an act changed the entry later without the sources saying how.</summary>
        private void Except(int row, Via via)
        {
            if (_c.ChangedAfter(row, ToInt(_on)))
                Undetermined(row, via);
            else
                _excepted = row;
        }

        private void Undetermined(int row, Via via)
        {
            if (_undetermined.Status != ClassificationStatus.Undetermined)
                _undetermined = new QuickAnswer(ClassificationStatus.Undetermined, row, via);
        }

        public bool Row(int row, NameRole role, ref Reading reading)
        {
            if (!_c.InForceOnDay(row, _day))
                return false;
            var forms = _c.Forms(row);
            if (role == NameRole.ExceptedIsomer)
            {
                if (reading.Direct || (reading.Salt && (forms & FormFlags.Salts) != 0))
                    Except(row, reading.Via);
                return false;
            }
            Found++;
            if (!_c.Includes(row, reading, out var doubt))
                return false;
            if (Inclusion.YieldsToOtherAnnex(forms, reading) && _c.ListedInAnotherAnnex(reading, row, _day))
                return false;
            if (_c.ExceptedIsomer(row, reading) >= 0)
            {
                Except(row, reading.Via);
                return false;
            }
            if (doubt != Doubt.None)
            {
                Undetermined(row, reading.Via);
                return false;
            }
            _listed = new QuickAnswer(ClassificationStatus.Listed, row, reading.Via);
            return true;
        }
    }

    private static int Day(DateTime on) => (int)(on.Ticks / TimeSpan.TicksPerDay);

    private bool InForceOnDay(int row, int day) => _entryFacts[4 * row] <= day && day < _entryFacts[4 * row + 1];

    private FormFlags Forms(int row) => (FormFlags)_entryFacts[4 * row + 2];

    private static int[] EntryFacts(ClassifierTables t)
    {
        var entries = new int[t.EntryFrom.Length * 4];
        for (var i = 0; i < t.EntryFrom.Length; i++)
        {
            entries[4 * i] = DayOf(t.EntryFrom[i]);
            entries[4 * i + 1] = DayOf(t.EntryTo[i]);
            entries[4 * i + 2] = i < t.EntryForms.Length ? t.EntryForms[i] : 0;
            entries[4 * i + 3] = i < t.EntryUnknownMarks.Length && t.EntryUnknownMarks[i].Length > 0 ? 1 : 0;
        }
        return entries;
    }

    private static int DayOf(int date) =>
        date <= 0 ? int.MinValue
        : new CalendarDay(date).ToDateTime() is { } day ? (int)(day.Ticks / TimeSpan.TicksPerDay)
        : int.MaxValue;

    /// <summary>Whether <paramref name="name"/> is an entry heading exactly as printed, and its positions in the name index.</summary>
    private bool Heading(string name, out long positions)
    {
        if (_headingFilter is not null
            && (name.Length < _shortestHeading || name.Length > _longestHeading || !_headingFilter.MayContain(HashFilter.Sample(name))))
        {
            positions = 0;
            return false;
        }
        return _headings.TryGetValue(name, out positions);
    }

    private HashFilter? HeadingFilter(ICollection<string> headings, int filterFrom)
    {
        if (headings.Count < filterFrom)
            return null;
        var filter = new HashFilter(headings.Count);
        _shortestHeading = int.MaxValue;
        foreach (var heading in headings)
        {
            filter.Add(HashFilter.Sample(heading));
            _shortestHeading = Math.Min(_shortestHeading, heading.Length);
            _longestHeading = Math.Max(_longestHeading, heading.Length);
        }
        return filter;
    }

#if NET8_0_OR_GREATER
    private FrozenDictionary<string, long> Headings() => HeadingRows().ToFrozenDictionary(StringComparer.Ordinal);
#else
    private Dictionary<string, long> Headings() => HeadingRows();
#endif

    private Dictionary<string, long> HeadingRows()
    {
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var title in _t.EntryTitles)
        {
            if (rows.ContainsKey(title))
                continue;
            var key = MatchKey.Of(title).ToCharArray();
            if (_reader.TryFind(key, 0, key.Length, out var first, out var count))
                rows[title] = ((long)first << 32) | (uint)count;
            else if (Reaches(title, derivedOnly: false).Count == 0)
                rows[title] = NoReading; // a heading that is no name ("préparations … renfermant …"): no reading reaches anything, on any day

        }
        return rows;
    }
}
