using System;
using System.Collections.Generic;
#if NET8_0_OR_GREATER
using System.Collections.Frozen;
#endif

namespace Listings.Runtime;

/// <summary>
/// The allocation-free path: the status a name has on a date, for screening millions of names. Same
/// rules as <see cref="Classify"/> for a name alone (no preparation, no hemp data): names and aliases,
/// salts by counter-ion, isomers by prefix, excepted isomers; the rare ester, ether and racemate
/// phrasings take the full path.
/// </summary>
public sealed partial class Classifier
{
    private readonly NameIndex _index;

    // Whether any entry includes the salts of its isomers, esters or ethers.
    private readonly bool _saltsOfDerivatives;

    // Entry headings exactly as the acts print them, to their name rows: a query that is already a
    // heading ("Cocaïne") needs no folding. Same rows, same rules as the folded path.
#if NET8_0_OR_GREATER
    private readonly FrozenDictionary<string, long> _headings;
#else
    private readonly Dictionary<string, long> _headings;
#endif

    // Entry periods as day numbers (DateTime.Ticks / TicksPerDay): a query's date converts by one
    // division, where yyyymmdd would split the date three times.
    private readonly int[] _fromDay;
    private readonly int[] _toDay;

    // Per thread: the folded query and a scratch copy for prefix swaps. Grown when a name is longer.
    [ThreadStatic] private static char[]? t_key;
    [ThreadStatic] private static char[]? t_scratch;

    public string EntryTitle(int entry) => _t.EntryTitles[entry];

    public string EntryList(int entry) => List(entry);

    public string EntryAnnex(int entry) => Annex(entry);

    public QuickAnswer Quick(string name, DateTime on)
    {
        if (name is null)
            throw new ArgumentNullException(nameof(name));
        var date = (int)(on.Ticks / TimeSpan.TicksPerDay);
        if (_headings.TryGetValue(name, out var rows))
        {
            var direct = Direct((int)(rows >> 32), (int)rows, date, out _);
            // A heading found with nothing in force that day goes the long way: it may still be a salt or an isomer of something.
            if (direct.Status == ClassificationStatus.Listed)
                return direct;
        }
        var needed = name.Length * 2 + 1;
        var key = t_key;
        if (key is null || key.Length < needed)
            t_key = key = new char[Math.Max(64, needed)];
        var length = TextFolding.NameKey(name, key);
        var excepted = -1;

        if (_index.TryFind(key, 0, length, out var first, out var count))
        {
            var direct = Direct(first, count, date, out excepted);
            if (direct.Status == ClassificationStatus.Listed)
                return direct;
        }

        if (StartsWith(key, length, "ester") || StartsWith(key, length, "ether") || StartsWith(key, length, "racemate ")
            || EndsWith(key, length, " racemique"))
            return FromFullAnswer(name, on);

        var salt = false;
        foreach (var stem in _t.SaltStems)
        {
            var start = -1;
            if (StartsWith(key, length, stem) && length > stem.Length && key[stem.Length] == ' ')
                start = AfterPreposition(key, stem.Length + 1, length);
            if (start > 0)
            {
                salt |= DerivedName(key, start, length);
                var found = Derived(key, start, length - start, date, FormFlags.Salts, Via.Salt, key, length, ref excepted);
                if (found.Status == ClassificationStatus.Listed)
                    return found;
            }
            if (length > stem.Length + 1 && EndsWith(key, length, stem) && key[length - stem.Length - 1] == ' ')
            {
                salt |= DerivedName(key, 0, length - stem.Length - 1);
                var found = Derived(key, 0, length - stem.Length - 1, date, FormFlags.Salts, Via.Salt, key, length, ref excepted);
                if (found.Status == ClassificationStatus.Listed)
                    return found;
            }
        }

        foreach (var prefix in _t.IsomerPrefixes)
        {
            if (!StartsWith(key, length, prefix) || length <= prefix.Length)
                continue;
            var rest = prefix.Length;
            while (rest < length && (key[rest] == ' ' || key[rest] == '-'))
                rest++;
            var isomer = Derived(key, rest, length - rest, date, FormFlags.Isomers, Via.Isomer, key, length, ref excepted);
            if (isomer.Status == ClassificationStatus.Listed)
                return isomer;
            // "dextrométhorphane" is an isomer of "lévométhorphane": the same stem under another prefix.
            foreach (var other in _t.IsomerPrefixes)
            {
                if (ReferenceEquals(other, prefix) || !char.IsLetter(other[other.Length - 1]))
                    continue;
                var swappedLength = other.Length + length - rest;
                var scratch = t_scratch;
                if (scratch is null || scratch.Length < swappedLength)
                    t_scratch = scratch = new char[Math.Max(64, swappedLength * 2)];
                other.CopyTo(0, scratch, 0, other.Length);
                Array.Copy(key, rest, scratch, other.Length, length - rest);
                var swapped = Derived(scratch, 0, swappedLength, date, FormFlags.Isomers, Via.Isomer, key, length, ref excepted);
                if (swapped.Status == ClassificationStatus.Listed)
                    return swapped;
            }
        }

        // The salt of an isomer, ester or ether ("chlorhydrate de lévométhadone"), where an annex
        // includes those salts: rare, so the full path decides it.
        if (salt)
            return FromFullAnswer(name, on);
        return excepted >= 0 ? new QuickAnswer(ClassificationStatus.Exempted, excepted, Via.Name) : QuickAnswer.NotListed;
    }

    /// <summary>The name rows of one key, in force on the date: listed by name or alias, or an excepted isomer.</summary>
    private QuickAnswer Direct(int first, int count, int date, out int excepted)
    {
        excepted = -1;
        for (var i = first; i < first + count; i++)
        {
            var row = _t.NameEntries[i];
            if (!InForceOnDay(row, date))
                continue;
            switch ((NameRole)_t.NameRoles[i])
            {
                case NameRole.Name:
                case NameRole.DerogationSubject:
                    return new QuickAnswer(ClassificationStatus.Listed, row, Via.Name);
                case NameRole.Alias:
                    return new QuickAnswer(ClassificationStatus.Listed, row, Via.Alias);
                default:
                    excepted = row;
                    break;
            }
        }
        return QuickAnswer.NotListed;
    }

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
        var buffer = new char[64];
        foreach (var title in _t.EntryTitles)
        {
            if (rows.ContainsKey(title))
                continue;
            if (buffer.Length < title.Length * 2 + 1)
                buffer = new char[title.Length * 2 + 1];
            var length = TextFolding.NameKey(title, buffer);
            if (_index.TryFind(buffer, 0, length, out var first, out var count))
                rows[title] = ((long)first << 32) | (uint)count;
        }
        return rows;
    }

    /// <summary>A derived name (a salt, an isomer): the entry it reaches, if that entry's rules include the form.</summary>
    private QuickAnswer Derived(char[] buffer, int start, int length, int date, FormFlags form, Via via, char[] query, int queryLength, ref int excepted)
    {
        if (length <= 0 || !_index.TryFind(buffer, start, length, out var first, out var count))
            return QuickAnswer.NotListed;
        for (var i = first; i < first + count; i++)
        {
            var row = _t.NameEntries[i];
            if (!InForceOnDay(row, date))
                continue;
            var forms = (FormFlags)_t.EntryForms[row];
            var role = (NameRole)_t.NameRoles[i];
            if (form == FormFlags.Salts)
            {
                if ((forms & FormFlags.Salts) == 0)
                    continue;
                if (role is NameRole.Name or NameRole.Alias)
                    return new QuickAnswer(ClassificationStatus.Listed, row, via);
                if (role == NameRole.ExceptedIsomer)
                    excepted = row;
                continue;
            }
            if (role is not (NameRole.Name or NameRole.Alias) || !IncludesIsomers(forms))
                continue;
            if (ExceptsIsomer(row, query, queryLength))
            {
                excepted = row;
                continue;
            }
            return new QuickAnswer(ClassificationStatus.Listed, row, via);
        }
        return QuickAnswer.NotListed;
    }

    private static bool IncludesIsomers(FormFlags forms) =>
        (forms & FormFlags.Isomers) != 0
        || ((forms & FormFlags.StereoIsomers) != 0 && (forms & (FormFlags.Asterisk | FormFlags.AsteriskUnknown)) != 0);

    private bool ExceptsIsomer(int row, char[] query, int length)
    {
        var exceptions = _exceptionsByEntry[row];
        if (exceptions is null)
            return false;
        foreach (var e in exceptions)
        {
            if (_t.ExceptionKinds[e] != (int)ExceptionKind.Isomer)
                continue;
            var name = _t.ExceptionNameKeys[e];
            if (name.Length == length && StartsWith(query, length, name))
                return true;
        }
        return false;
    }

    /// <summary>Whether the name at <paramref name="start"/> looks like an isomer, ester or ether of another: a prefix, "ester", "ether".</summary>
    private bool DerivedName(char[] key, int start, int end)
    {
        if (!_saltsOfDerivatives)
            return false;
        foreach (var prefix in _t.IsomerPrefixes)
            if (end - start > prefix.Length && Matches(key, start, prefix))
                return true;
        return (end - start > 5 && (Matches(key, start, "ester") || Matches(key, start, "ether")));
    }

    private QuickAnswer FromFullAnswer(string name, DateTime on)
    {
        var answer = Classify(new ClassificationQuery(name, on));
        return new QuickAnswer(answer.Status, -1, answer.Classifications.Count > 0 ? answer.Classifications[0].Via : Via.Name);
    }

    /// <summary>Where the base name starts after "de ", "d'", "de l'", "de la ", "du ", "des " at <paramref name="at"/>; -1 if none.</summary>
    private static int AfterPreposition(char[] key, int at, int length)
    {
        foreach (var preposition in Prepositions)
            if (at + preposition.Length < length && Matches(key, at, preposition))
                return at + preposition.Length;
        return -1;
    }

    private static bool Matches(char[] key, int at, string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (key[at + i] != text[i])
                return false;
        return true;
    }

    private static bool StartsWith(char[] key, int length, string prefix) =>
        length >= prefix.Length && Matches(key, 0, prefix);

    private static bool EndsWith(char[] key, int length, string suffix) =>
        length >= suffix.Length && Matches(key, length - suffix.Length, suffix);
}
