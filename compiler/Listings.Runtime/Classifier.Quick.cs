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

    private const long NoReading = -1;

    // Entry periods as day numbers (DateTime.Ticks / TicksPerDay): a query's date converts by one
    // division, where yyyymmdd would split the date three times.
    private readonly int[] _fromDay;
    private readonly int[] _toDay;

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
        if (_headings.TryGetValue(name, out var positions))
        {
            if (positions == NoReading)
                return QuickAnswer.NotListed;
            // A heading is its entry's name as written: listed by it whenever it is in force (the rule for
            // any name read as written). Anything else (nothing in force that day) goes the long way.
            var first = (int)(positions >> 32);
            for (var i = first; i < first + (int)positions; i++)
            {
                var row = _reader.RowAt(i);
                var role = (NameRole)_t.NameRoles[row];
                if (role is NameRole.ExceptedIsomer or NameRole.IntermediateLabel or NameRole.ProductsOf || !InForceOnDay(_t.NameEntries[row], day)
                    || RowDoubt(_t.NameEntries[row]) != Doubt.None)
                    continue;
                return new QuickAnswer(ClassificationStatus.Listed, _t.NameEntries[row], NameReader.CoreOf(role));
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

        public bool Row(int nameRow, NameRole role, ref Reading reading)
        {
            var t = _c._t;
            var row = t.NameEntries[nameRow];
            if (!_c.InForceOnDay(row, _day))
                return false;
            var forms = (FormFlags)t.EntryForms[row];
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

    private bool InForceOnDay(int row, int day) => _fromDay[row] <= day && day < _toDay[row];

    private static int[] Days(int[] dates)
    {
        var days = new int[dates.Length];
        for (var i = 0; i < dates.Length; i++)
            days[i] = dates[i] <= 0 ? int.MinValue
                : new CalendarDay(dates[i]).ToDateTime() is { } day ? (int)(day.Ticks / TimeSpan.TicksPerDay)
                : int.MaxValue;
        return days;
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
