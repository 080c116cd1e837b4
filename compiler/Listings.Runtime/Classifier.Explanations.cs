using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;

namespace Listings.Runtime;

/// <summary>
/// The parts of an explained answer that are facts of the tables, not of the query: the
/// classification an entry gives by a way of reading on a date (the acts in force by then), the acts
/// of unknown content in force on a date, the regimes. Each is built the first time an answer needs
/// it and then shared by every answer that gives it: at most one per (entry row, way of reading,
/// number of its acts in force), per set of incomplete acts, per regime, so bounded by the tables.
/// What is shared is immutable, and its lists are read-only wrappers: an application that casts
/// an answer's list cannot change what another answer holds. Two threads that build the same fact
/// at once build equal objects, and one of them is kept.
/// </summary>
public sealed partial class Classifier
{
    // How many ways of reading there are (Via.Name … Via.Product): the classifications of a row are
    // kept per way, then per number of later acts in force.
    private const int Vias = (int)Via.Product + 1;

    private IReadOnlyList<Classification>?[]?[]? _classified;
    private string?[]? _assumedNotes;
    private IncompleteFacts? _incomplete;
    private RegimeFacts? _regimes;


    /// <summary>
    /// The classification by entry <paramref name="row"/>, reached <paramref name="via"/>, on a date by
    /// which <paramref name="later"/> of its acts after the inscription are in force (those whose day is
    /// on or before <paramref name="date"/>): a list of one, shared.
    /// </summary>
    private IReadOnlyList<Classification> Classified(int row, Via via, int later, int date)
    {
        var count = _t.EntryActsCount[row];
        var levels = Math.Max(1, count);
        if ((uint)via >= Vias || later >= levels)
            return Classification(row, via, date);
        var rows = Volatile.Read(ref _classified);
        if (rows is null)
        {
            rows = new IReadOnlyList<Classification>?[_t.EntryTitles.Length][];
            rows = Interlocked.CompareExchange(ref _classified, rows, null) ?? rows;
        }
        var ofRow = Volatile.Read(ref rows[row]);
        if (ofRow is null)
        {
            ofRow = new IReadOnlyList<Classification>?[Vias * levels];
            ofRow = Interlocked.CompareExchange(ref rows[row], ofRow, null) ?? ofRow;
        }
        var index = (int)via * levels + later;
        var shared = Volatile.Read(ref ofRow[index]);
        if (shared is not null)
            return shared;
        var made = Classification(row, via, date);
        return Interlocked.CompareExchange(ref ofRow[index], made, null) ?? made;
    }

    /// <summary>The classification, built: the acts behind the entry on <paramref name="date"/>, the inscription first.</summary>
    private IReadOnlyList<Classification> Classification(int row, Via via, int date)
    {
        var start = _t.EntryActsStart[row];
        var acts = new List<ActReference>();
        for (var i = start; i < start + _t.EntryActsCount[row]; i++)
            if (i == start || _t.ActInForce[_t.EntryActs[i]] <= date)
                acts.Add(Acts[_t.EntryActs[i]]);
        var classification = new Classification(List(row), AnnexKind(row), Annex(row), _t.EntryTitles[row], via,
            acts.AsReadOnly(), _t.EntryLocations[row]);
        return Array.AsReadOnly(new[] { classification });
    }

    /// <summary>What an answer notes of an act behind it whose text gives no date.</summary>
    private string AssumedNote(int act)
    {
        var notes = Volatile.Read(ref _assumedNotes);
        if (notes is null)
        {
            notes = new string?[_t.ActLabels.Length];
            notes = Interlocked.CompareExchange(ref _assumedNotes, notes, null) ?? notes;
        }
        return notes[act] ??= $"{_t.ActLabels[act]}: le texte ne donne pas la date d'entrée en vigueur; la date indiquée est la plus précoce possible.";
    }

    /// <summary>The acts of unknown content in force, at the earliest, on <paramref name="date"/> (yyyymmdd), in act order.</summary>
    internal IReadOnlyList<IncompleteAct> IncompleteOn(int date)
    {
        var facts = Volatile.Read(ref _incomplete);
        if (facts is null)
        {
            facts = new IncompleteFacts(this);
            facts = Interlocked.CompareExchange(ref _incomplete, facts, null) ?? facts;
        }
        return facts.On(date);
    }

    /// <summary>
    /// The incomplete acts, each built once, and the list in force on a date for each of the days they
    /// come into force (the acts in force on a date are those whose day is on or before it).
    /// </summary>
    private sealed class IncompleteFacts
    {
        private readonly int[] _days; // each act's day (yyyymmdd), in act order
        private readonly IncompleteAct[] _acts;
        private readonly int[] _steps; // the distinct days, ascending
        private readonly IReadOnlyList<IncompleteAct>?[] _byStep;

        public IncompleteFacts(Classifier c)
        {
            var t = c._t;
            _days = new int[t.IncompleteActs.Length];
            _acts = new IncompleteAct[_days.Length];
            var steps = new SortedSet<int>();
            for (var i = 0; i < _acts.Length; i++)
            {
                var act = t.IncompleteActs[i];
                _days[i] = t.ActInForce[act];
                steps.Add(_days[i]);
                var lists = t.IncompleteActLists[i].Length == 0 ? Array.Empty<string>() : t.IncompleteActLists[i].Split(',');
                _acts[i] = new IncompleteAct(t.ActLabels[act], t.ActTitles[act], Array.AsReadOnly(lists), FromInt(t.ActInForce[act]), t.ActInForceAssumed[act]);
            }
            _steps = new int[steps.Count];
            steps.CopyTo(_steps);
            _byStep = new IReadOnlyList<IncompleteAct>?[_steps.Length + 1];
        }

        public IReadOnlyList<IncompleteAct> On(int date)
        {
            var step = 0;
            while (step < _steps.Length && _steps[step] <= date)
                step++;
            if (step == 0)
                return Array.Empty<IncompleteAct>();
            var shared = Volatile.Read(ref _byStep[step]);
            if (shared is not null)
                return shared;
            var acts = new List<IncompleteAct>();
            for (var i = 0; i < _acts.Length; i++)
                if (_days[i] <= date)
                    acts.Add(_acts[i]);
            ReadOnlyCollection<IncompleteAct> made = acts.AsReadOnly();
            return Interlocked.CompareExchange(ref _byStep[step], made, null) ?? made;
        }
    }

    /// <summary>
    /// The regimes in force on the date whose names the query names (the name itself, or one of its
    /// words: "chlorhydrate de kétamine", "médicament à base de clonazépam"), unless the query's route
    /// is another than the regime's (a query that gives no route hears of the regime, with its route).
    /// </summary>
    /// <param name="context">The query.</param>
    /// <param name="words">The query's words key, <paramref name="wordsLength"/> long, and its key after it, <paramref name="keyLength"/> long (as the reader folded them).</param>
    /// <param name="wordsLength">How long the words key is.</param>
    /// <param name="keyLength">How long the key is.</param>
    private IReadOnlyList<RegimeApplication> RegimesFor(Context context, char[] words, int wordsLength, int keyLength)
    {
        if (_t.RegimeActs.Length == 0)
            return Array.Empty<RegimeApplication>();
        var facts = Regimes();
        // Where a word may start (a name is found in the query only there): at the start, and after
        // any character that is no letter or digit.
        // Only those where the first two characters of some regime name's words are kept (Pairs); and
        // the query's key is compared with the names' keys only when one has its length.
        var starts = context.Starts.Length >= wordsLength + 1 ? context.Starts : context.Starts = new int[wordsLength + 1];
        var startCount = 0;
        for (var i = 0; i <= wordsLength; i++)
            if ((i == 0 || !LetterOrDigit(words[i - 1])) && facts.MayStartAt(words, wordsLength, i))
                starts[startCount++] = i;
        var keyMayMatch = facts.MayBeKeyLength(keyLength);
        if (startCount == 0 && !keyMayMatch)
            return Array.Empty<RegimeApplication>();

        List<RegimeApplication>? found = null;
        for (var r = 0; r < _t.RegimeActs.Length; r++)
        {
            if (!RegimeApplies(context, r))
                continue;
            var named = false;
            var keys = facts.MatchKeys[r];
            var wordKeys = facts.WordsKeys[r];
            for (var n = 0; n < keys.Length && !named; n++)
                named = (keyMayMatch && Same(words, wordsLength, keyLength, keys[n])) || ContainsWord(words, wordsLength, starts, startCount, wordKeys[n]);
            if (named)
                (found ??= new List<RegimeApplication>()).Add(facts.Applications[r]);
        }
        return found ?? (IReadOnlyList<RegimeApplication>)Array.Empty<RegimeApplication>();
    }

    /// <summary>Whether regime <paramref name="r"/> is in force on the query's date and for its route (its names aside).</summary>
    private bool RegimeApplies(Context context, int r)
    {
        if (_t.ActInForce[_t.RegimeActs[r]] > context.Date)
            return false;
        var route = (RegimeRoute)_t.RegimeRoutes[r];
        var asked = context.Query.Route;
        return route == RegimeRoute.Any || asked == QueryRoute.Unspecified
            || asked == (route == RegimeRoute.Oral ? QueryRoute.Oral : QueryRoute.Injectable);
    }

    private RegimeFacts Regimes()
    {
        var facts = Volatile.Read(ref _regimes);
        if (facts is null)
        {
            facts = new RegimeFacts(this);
            facts = Interlocked.CompareExchange(ref _regimes, facts, null) ?? facts;
        }
        return facts;
    }

    // An entry heading asked as written (the name index's group of its key, by its first position):
    // its key, and which regimes name it. Built on the first answer about it.
    private HeadingFacts?[]? _headingFacts;

    /// <summary>What an answer about a heading needs of it besides its rows: its key (for the rules that read it), the regimes that name it (bit r; at most 64 regimes).</summary>
    private sealed class HeadingFacts
    {
        public HeadingFacts(char[] key, ulong regimes)
        {
            Key = key;
            Regimes = regimes;
        }

        public char[] Key { get; }

        public ulong Regimes { get; }
    }

    /// <summary>The facts of the heading <paramref name="name"/>, whose rows start at <paramref name="first"/> in the name index.</summary>
    private HeadingFacts HeadingFactsOf(Context context, string name, int first)
    {
        var all = Volatile.Read(ref _headingFacts);
        if (all is null)
        {
            all = new HeadingFacts?[_reader.Positions];
            all = Interlocked.CompareExchange(ref _headingFacts, all, null) ?? all;
        }
        if (first < all.Length && Volatile.Read(ref all[first]) is { } known)
            return known;
        var folded = context.Fold(name, out var words, out var key);
        var keyChars = new char[key];
        Array.Copy(folded, words, keyChars, 0, key);
        ulong regimes = 0;
        if (_t.RegimeActs.Length > 0)
        {
            var facts = Regimes();
            var starts = context.Starts.Length >= words + 1 ? context.Starts : context.Starts = new int[words + 1];
            var startCount = 0;
            for (var i = 0; i <= words; i++)
                if (i == 0 || !LetterOrDigit(folded[i - 1]))
                    starts[startCount++] = i;
            for (var r = 0; r < _t.RegimeActs.Length; r++)
            {
                var keys = facts.MatchKeys[r];
                var wordKeys = facts.WordsKeys[r];
                for (var n = 0; n < keys.Length; n++)
                    if (Same(folded, words, key, keys[n]) || ContainsWord(folded, words, starts, startCount, wordKeys[n]))
                    {
                        regimes |= 1UL << r;
                        break;
                    }
            }
        }
        var made = new HeadingFacts(keyChars, regimes);
        if (first >= all.Length)
            return made;
        return Interlocked.CompareExchange(ref all[first], made, null) ?? made;
    }

    /// <summary>The regimes of <paramref name="named"/> (bit r) that apply on the query's date and route.</summary>
    private IReadOnlyList<RegimeApplication> RegimesIn(Context context, ulong named)
    {
        if (named == 0)
            return Array.Empty<RegimeApplication>();
        var facts = Regimes();
        List<RegimeApplication>? found = null;
        for (var r = 0; r < _t.RegimeActs.Length && r < 64; r++)
            if ((named & (1UL << r)) != 0 && RegimeApplies(context, r))
                (found ??= new List<RegimeApplication>()).Add(facts.Applications[r]);
        return found ?? (IReadOnlyList<RegimeApplication>)Array.Empty<RegimeApplication>();
    }

    /// <summary>
    /// Each regime's names (their match keys and words keys) and its application, built once; and what
    /// tells most queries apart from every regime name without comparing them: the pairs of characters
    /// the names' words start with, the lengths of their keys.
    /// </summary>
    private sealed class RegimeFacts
    {
        private readonly ulong[]? _pairs; // one bit per hashed pair of first characters; null: a name is shorter than a pair
        private readonly ulong _keyLengths; // bit n: a key of length n (n < 64)
        private readonly bool _longKeys; // a key of 64 characters or more

        /// <summary>Whether a regime name's words may start at <paramref name="at"/> in <paramref name="words"/>[0, length).</summary>
        public bool MayStartAt(char[] words, int length, int at)
        {
            if (_pairs is null)
                return true;
            if (at + 1 >= length)
                return false;
            var pair = Pair(words[at], words[at + 1]);
            return (_pairs[pair >> 6] & (1UL << (pair & 63))) != 0;
        }

        /// <summary>Whether a regime name's key has this length.</summary>
        public bool MayBeKeyLength(int length) => length < 64 ? (_keyLengths & (1UL << length)) != 0 : _longKeys;

        private static int Pair(char first, char second) => ((first * 31) ^ second) & 0xFFFF;

        public RegimeFacts(Classifier c)
        {
            var t = c._t;
            var count = t.RegimeActs.Length;
            MatchKeys = new string[count][];
            WordsKeys = new string[count][];
            Applications = new RegimeApplication[count];
            for (var r = 0; r < count; r++)
            {
                var act = t.RegimeActs[r];
                var names = t.RegimeNames[r].Split('\n');
                MatchKeys[r] = Array.ConvertAll(names, MatchKey.Of);
                WordsKeys[r] = Array.ConvertAll(names, TextFolding.NameKey);
                Applications[r] = new RegimeApplication(t.ActLabels[act], t.ActTitles[act], t.RegimeWhole[r], t.RegimeKinds[r],
                    Array.AsReadOnly(names), (RegimeRoute)t.RegimeRoutes[r], FromInt(t.ActInForce[act]), t.ActInForceAssumed[act]);
            }
            var pairs = new ulong[1024];
            var everyNameHasAPair = true;
            foreach (var keys in WordsKeys)
                foreach (var key in keys)
                {
                    if (key.Length < 2)
                    {
                        everyNameHasAPair = false;
                        continue;
                    }
                    var pair = Pair(key[0], key[1]);
                    pairs[pair >> 6] |= 1UL << (pair & 63);
                }
            _pairs = everyNameHasAPair ? pairs : null;
            foreach (var keys in MatchKeys)
                foreach (var key in keys)
                {
                    if (key.Length < 64)
                        _keyLengths |= 1UL << key.Length;
                    else
                        _longKeys = true;
                }
        }

        public string[][] MatchKeys { get; }

        public string[][] WordsKeys { get; }

        public RegimeApplication[] Applications { get; }
    }

    /// <summary><see cref="char.IsLetterOrDigit(char)"/>, the folded characters (ASCII, mostly) first.</summary>
    private static bool LetterOrDigit(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    private static bool Same(char[] buffer, int start, int length, string key)
    {
        if (key.Length != length)
            return false;
        for (var i = 0; i < length; i++)
            if (buffer[start + i] != key[i])
                return false;
        return true;
    }

    /// <summary>
    /// <see cref="ContainsWord(string, string)"/> over the text <paramref name="text"/>[0, length), whose
    /// word starts (0, and each position after a character that is no letter or digit) are given.
    /// </summary>
    private static bool ContainsWord(char[] text, int length, int[] starts, int startCount, string word)
    {
        for (var s = 0; s < startCount; s++)
        {
            var index = starts[s];
            var end = index + word.Length;
            if (end > length)
                return false;
            var i = 0;
            while (i < word.Length && text[index + i] == word[i])
                i++;
            if (i == word.Length && (end == length || !LetterOrDigit(text[end])))
                return true;
        }
        return false;
    }
}
