using System;
using System.Collections.Generic;

namespace Listings.Runtime;

/// <summary>
/// How a query reached a name row: through the name itself, a salt word, an isomer prefix, an ester or
/// ether phrase, a name the entry cites… The sink decides whether the entry's rules include it.
/// </summary>
internal struct Reading
{
    /// <summary>What the name is of the row's substance, salt aside: Name, Alias, Isomer, Ester, Ether, Derivative, Plant, Genus, Intermediate, Product.</summary>
    public Via Core;

    /// <summary>A salt word (or a hydrate) was read off the name.</summary>
    public bool Salt;

    /// <summary>The isomer a prefix names (Core is Isomer, or an ester or ether of an isomer).</summary>
    public IsomerConfiguration Configuration;

    /// <summary>The racemate ("racémate de X", "dl-X").</summary>
    public bool Racemate;

    /// <summary>An ester or ether of an isomer.</summary>
    public bool OfIsomer;

    /// <summary>The query is the row's name itself, in one of its spellings.</summary>
    public bool Direct;

    /// <summary>The reader's buffer, where the keys below are written (valid while the sink is called).</summary>
    public char[] Buffer;

    /// <summary>The key of the name this reading went through: "dmethorphane" in "bromhydrate de d-méthorphane", "extraitdechanvre" in a product phrase.</summary>
    public int KeyStart;
    public int KeyLength;

    /// <summary>The key of the whole query.</summary>
    public int FullStart;
    public int FullLength;

    /// <summary>How the answer says it: a salt, whatever it is a salt of; else what the name is.</summary>
    public readonly Via Via => Salt ? Via.Salt : Core;

    public readonly string Key => new(Buffer, KeyStart, KeyLength);

    public readonly string FullKey => new(Buffer, FullStart, FullLength);

    public readonly bool KeyIs(string key)
    {
        if (key.Length != KeyLength)
            return false;
        for (var i = 0; i < key.Length; i++)
            if (Buffer[KeyStart + i] != key[i])
                return false;
        return true;
    }
}

/// <summary>What a reading is told: each name row reached, in reading order.</summary>
internal interface IReadingSink
{
    /// <summary>A name row the query reaches, given by its entry and its role; true when the sink has its verdict and reading can stop.</summary>
    bool Row(int entry, NameRole role, ref Reading reading);

    /// <summary>How many rows in force naming a substance the sink has been given: once a name is found as written, no derived reading of it is tried.</summary>
    int Found { get; }
}

/// <summary>
/// Reads a name the one way every consumer reads it — <see cref="Classifier.Classify(ClassificationQuery)"/>, the
/// allocation-free <see cref="Classifier.Quick(string, System.DateTime)"/> and the analyzers' overlap checks — and reports the
/// name rows it reaches. In order: the name as written (any spelling, <see cref="MatchKey"/>); if that
/// names no substance in force, the name as a salt (<see cref="SaltWords"/>, in either order, stacked
/// up to three words: a hydrate of a salt), as an isomer (<see cref="IsomerPrefixes"/>), an ester or
/// ether or racemate (<see cref="Derivatives"/>), a phrase with a name the entry cites
/// (<see cref="CitedNames"/>), a product (<see cref="Products"/>). A salt's base is read the same way
/// (a salt of an isomer, of an ester). Reading allocates nothing: keys are written into a per-thread
/// buffer and probed in the index as characters.
/// </summary>
internal sealed class NameReader
{
    private const int MaxSaltWords = 3;

    /// <summary>The roles a name as written is found by (the explained answer's lookup of a heading reads them as <see cref="Read{TSink}(string, ref TSink, bool)"/> does).</summary>
    internal const int Findable = (1 << (int)NameRole.Name) | (1 << (int)NameRole.Alias) | (1 << (int)NameRole.ExceptedIsomer)
        | (1 << (int)NameRole.DerogationSubject) | (1 << (int)NameRole.Derivative) | (1 << (int)NameRole.Plant)
        | (1 << (int)NameRole.Genus) | (1 << (int)NameRole.Intermediate);

    private const int SaltBase = (1 << (int)NameRole.Name) | (1 << (int)NameRole.Alias) | (1 << (int)NameRole.ExceptedIsomer)
        | (1 << (int)NameRole.Derivative) | (1 << (int)NameRole.Intermediate);

    private const int Substance = (1 << (int)NameRole.Name) | (1 << (int)NameRole.Alias);

    private readonly NameIndex _index;
    // Position i (a name row in key order): [3i] the row, [3i + 1] its role, [3i + 2] its entry, side by
    // side so that a lookup reads one cache line for the three once the tables no longer fit in the
    // caches (the sinks are given the entry: they read nothing of the name row itself).
    private const int Stride = 3;
    private readonly int[] _at;
    private readonly int[] _roles;
    private readonly SaltWordSet _salts;
    private readonly IsomerPrefix[] _prefixes;
    private readonly IsomerPrefix[] _wordPrefixes;

    // The stems of the listed names that start with a prefix of letters ("methorphane" of
    // "levomethorphane"), to their name rows and that prefix: another prefix on the same stem names an
    // isomer of them, found in one lookup instead of one per prefix.
    private readonly NameIndex _stems;
    private readonly int[] _stemRowAt;
    private readonly int[] _stemEntryAt;
    private readonly string[] _stemPrefixAt;

    // Which phrase readings the names make possible (none of them costs a lookup when nothing is cited).
    private readonly bool _qualifiers;
    private readonly bool _genera;
    private readonly bool _products;

    // No listed name's key is longer: a query whose key exceeds it by more than what salt words,
    // prefixes and phrases add around a name ("chlorhydrate de l'ester méthylique de la lévo-…
    // monohydraté", "produits qui les intègrent des …") is no form of one, and is not read further.
    private const int MostAroundAName = 96;
    private readonly int _longestKey;

    [ThreadStatic] private static char[]? t_buffer;

    /// <param name="nameKeys">Each name row's words key (<see cref="TextFolding.NameKey(string)"/>).</param>
    /// <param name="nameEntries">Each name row's entry.</param>
    /// <param name="nameRoles">Each name row's <see cref="NameRole"/>.</param>
    /// <param name="declaredCounterIons">The salt words the listings add.</param>
    /// <param name="filterFrom">From how many keys the indexes put a <see cref="HashFilter"/> in front of their slots.</param>
    public NameReader(string[] nameKeys, int[] nameEntries, int[] nameRoles, IEnumerable<string> declaredCounterIons, int filterFrom = HashFilter.From)
    {
        _roles = nameRoles;
        var keyed = new List<(string Key, int Row)>(nameKeys.Length);
        for (var row = 0; row < nameKeys.Length; row++)
        {
            var key = MatchKey.Of(nameKeys[row]);
            if (key.Length > 0)
                keyed.Add((key, row));
            if (MatchKey.PlainOf(nameKeys[row]) is { Length: > 0 } runTogether)
                keyed.Add((runTogether, row));
            if (CitedNames.WithoutBotanist(nameKeys[row]) is { } plain && MatchKey.Of(plain) is { Length: > 0 } plainKey)
                keyed.Add((plainKey, row));
        }
        keyed.Sort((a, b) => a.Key != b.Key ? string.CompareOrdinal(a.Key, b.Key) : a.Row.CompareTo(b.Row));
        var keys = new string[keyed.Count];
        _at = new int[keyed.Count * Stride];
        for (var i = 0; i < keyed.Count; i++)
        {
            keys[i] = keyed[i].Key;
            _at[Stride * i] = keyed[i].Row;
            _at[Stride * i + 1] = nameRoles[keyed[i].Row];
            _at[Stride * i + 2] = nameEntries[keyed[i].Row];
        }
        // The index keeps each position's role and entry in its key's record: what a hit reads of it.
        var payload = new int[keyed.Count * 2];
        for (var i = 0; i < keyed.Count; i++)
        {
            payload[2 * i] = _at[Stride * i + 1];
            payload[2 * i + 1] = _at[Stride * i + 2];
        }
        _index = new NameIndex(keys, filterFrom, payload, 2);
        foreach (var key in keys)
            _longestKey = Math.Max(_longestKey, key.Length);
        _salts = SaltWords.With(declaredCounterIons);
        _prefixes = new IsomerPrefix[IsomerPrefixes.Table.Count];
        var words = new List<IsomerPrefix>();
        for (var i = 0; i < _prefixes.Length; i++)
        {
            _prefixes[i] = IsomerPrefixes.Table[i];
            if (_prefixes[i].IsWord && !words.Exists(p => p.Key == _prefixes[i].Key))
                words.Add(_prefixes[i]);
        }
        _wordPrefixes = words.ToArray();

        var stems = new List<(string Stem, int Row, string Prefix)>();
        foreach (var (key, row) in keyed)
            foreach (var prefix in _wordPrefixes)
                if (key.Length > prefix.Key.Length && key.StartsWith(prefix.Key, StringComparison.Ordinal))
                    stems.Add((key.Substring(prefix.Key.Length), row, prefix.Key));
        stems.Sort((a, b) => a.Stem != b.Stem ? string.CompareOrdinal(a.Stem, b.Stem) : a.Row != b.Row ? a.Row.CompareTo(b.Row) : string.CompareOrdinal(a.Prefix, b.Prefix));
        _stems = new NameIndex(stems.ConvertAll(s => s.Stem).ToArray(), filterFrom);
        _stemRowAt = stems.ConvertAll(s => s.Row).ToArray();
        _stemEntryAt = stems.ConvertAll(s => nameEntries[s.Row]).ToArray();
        _stemPrefixAt = stems.ConvertAll(s => s.Prefix).ToArray();

        foreach (var role in nameRoles)
        {
            _qualifiers |= role is (int)NameRole.Derivative or (int)NameRole.IntermediateLabel;
            _genera |= role == (int)NameRole.Genus;
            _products |= role == (int)NameRole.ProductsOf;
        }
    }

    /// <summary>The salt words this reader knows (for per-unit quantities).</summary>
    public SaltWordSet KnownSalts => _salts;

    /// <summary>The name rows whose key is <paramref name="key"/>[start, start+length): positions for <see cref="RowAt"/>.</summary>
    public bool TryFind(char[] key, int start, int length, out int first, out int count) =>
        _index.TryFind(key, start, length, out first, out count);

    public int RowAt(int position) => _at[Stride * position];

    /// <summary>The role of the name row at <paramref name="position"/> (<see cref="RowAt"/>).</summary>
    public NameRole RoleAt(int position) => (NameRole)_at[Stride * position + 1];

    /// <summary>The entry of the name row at <paramref name="position"/> (<see cref="RowAt"/>).</summary>
    public int EntryAt(int position) => _at[Stride * position + 2];

    /// <summary>How many positions the index has (<see cref="RowAt"/>).</summary>
    public int Positions => _at.Length / Stride;

    /// <summary>
    /// Reads <paramref name="name"/> and tells <paramref name="sink"/> each name row it reaches.
    /// With <paramref name="derivedOnly"/>, the name as written is skipped: the analyzers ask what else
    /// a listed name reads as.
    /// </summary>
    public void Read<TSink>(string name, ref TSink sink, bool derivedOnly = false) where TSink : struct, IReadingSink =>
        Read(name, ref sink, derivedOnly, out _, out _);

    /// <summary>
    /// <see cref="Read{TSink}(string, ref TSink, bool)"/>, and what the name folded into: its words key
    /// (<see cref="TextFolding.NameKey(string)"/>) is the returned buffer's [0, <paramref name="words"/>),
    /// its key (<see cref="MatchKey.Of"/>) the next <paramref name="key"/> characters; the buffer is the
    /// thread's, valid until its next reading (the explained answer reads the regimes' names there).
    /// </summary>
    public char[] Read<TSink>(string name, ref TSink sink, bool derivedOnly, out int words, out int key) where TSink : struct, IReadingSink
    {
        ReadAll(name, ref sink, derivedOnly, out words, out key);
        return t_buffer!;
    }

    private void ReadAll<TSink>(string name, ref TSink sink, bool derivedOnly, out int words, out int key) where TSink : struct, IReadingSink
    {
        // The words key and the query's key; once the name may be a form of a listed one, room for the
        // keys of nested readings (each at most the words' length and a few words more).
        var wordsLength = name.Length * 2 + 1;
        var b = Buffer(wordsLength * 2, 0);
        var n = TextFolding.NameKey(name, b);
        words = n;
        key = 0;
        if (n == 0)
            return;
        var full = MatchKey.Write(b, 0, n, b, n);
        key = full;
        var reading = new Reading { Buffer = b, FullStart = n, FullLength = full };
        var top = n + full;
        if (!derivedOnly)
        {
            var before = sink.Found;
            reading.Direct = true;
            reading.KeyStart = n;
            reading.KeyLength = full;
            if (Lookup(ref sink, n, full, Findable, true, reading) || sink.Found > before)
                return;
            reading.Direct = false;
        }
        if (full > _longestKey + MostAroundAName)
            return;
        reading.Buffer = b = Buffer(top + (n + 32) * 12, top);
        // "cocaïne base", "diphénoxylate en base": the substance itself.
        var end = BaseForms.End(b, 0, n);
        if (end < n && !derivedOnly)
        {
            var before = sink.Found;
            var bare = reading;
            bare.Direct = true;
            if (Name(ref sink, 0, end, Findable, true, top, bare) || sink.Found > before)
                return;
        }
        if (Salts(ref sink, 0, end, 0, top, reading)
            || (end == n ? Core(ref sink, 0, end, false, top, reading, n, full) : Core(ref sink, 0, end, false, top, reading)))
            return;
        // "Morphine (chlorhydrate de)", "morphine, chlorhydrate de": the inverted heading the acts use, read as "chlorhydrate de morphine".
        var inverted = Inverted.Write(b, 0, end, b, top);
        if (inverted > 0)
        {
            reading.FullStart = top + inverted;
            reading.FullLength = MatchKey.Write(b, top, inverted, b, top + inverted);
            var rest = top + inverted + reading.FullLength;
            var before = sink.Found;
            var direct = reading;
            direct.Direct = true;
            direct.KeyStart = reading.FullStart;
            direct.KeyLength = reading.FullLength;
            if (!derivedOnly && (Lookup(ref sink, direct.KeyStart, direct.KeyLength, Findable, true, direct) || sink.Found > before))
                return;
            if (!Salts(ref sink, top, top + inverted, 0, rest, reading))
                Core(ref sink, top, top + inverted, false, rest, reading);
        }
    }

    /// <summary>This thread's buffer, at least <paramref name="size"/> long, keeping its first <paramref name="keep"/> characters.</summary>
    private static char[] Buffer(int size, int keep)
    {
        var b = t_buffer;
        if (b is not null && b.Length >= size)
            return b;
        var bigger = new char[Math.Max(256, size)];
        if (b is not null && keep > 0)
            Array.Copy(b, bigger, keep);
        return t_buffer = bigger;
    }

    /// <summary>What a name row is of its entry, when the query is that name.</summary>
    internal static Via CoreOf(NameRole role) => role switch
    {
        NameRole.Alias => Via.Alias,
        NameRole.Derivative => Via.Derivative,
        NameRole.Plant => Via.Plant,
        NameRole.Genus => Via.Genus,
        NameRole.Intermediate => Via.Intermediate,
        NameRole.ProductsOf => Via.Product,
        _ => Via.Name,
    };

    /// <summary>Tells the sink the rows of one key whose role is in <paramref name="roles"/>.</summary>
    private bool Lookup<TSink>(ref TSink sink, int keyStart, int keyLength, int roles, bool roleDecides, Reading reading)
        where TSink : struct, IReadingSink
    {
        if (keyLength <= 0 || !_index.TryFind(reading.Buffer, keyStart, keyLength, out _, out var count, out var at))
            return false;
        for (var i = 0; i < count; i++, at += _index.PayloadSize)
        {
            var role = (NameRole)_index.Payload(at);
            if ((roles & (1 << (int)role)) == 0)
                continue;
            var r = reading;
            if (roleDecides)
                r.Core = CoreOf(role);
            if (sink.Row(_index.Payload(at + 2), role, ref r))
                return true;
        }
        return false;
    }

    /// <summary>The words [start, end) as a name, its key written at <paramref name="top"/>.</summary>
    private bool Name<TSink>(ref TSink sink, int start, int end, int roles, bool roleDecides, int top, Reading reading)
        where TSink : struct, IReadingSink
    {
        var length = MatchKey.Write(reading.Buffer, start, end - start, reading.Buffer, top);
        reading.KeyStart = top;
        reading.KeyLength = length;
        return Lookup(ref sink, top, length, roles, roleDecides, reading);
    }

    // ---- salts ---------------------------------------------------------------------------------

    /// <summary>A salt word first ("chlorhydrate de X", "sodium X", "sel sodique de X") or last ("X hydrochloride", "X trihydraté").</summary>
    private bool Salts<TSink>(ref TSink sink, int start, int end, int depth, int top, Reading reading)
        where TSink : struct, IReadingSink
    {
        if (depth >= MaxSaltWords)
            return false;
        var b = reading.Buffer;
        var firstEnd = Words.End(b, start, end);
        if (firstEnd < end && _salts.Find(b, start, firstEnd - start, out _, out var precedes) >= 0)
        {
            var after = firstEnd + 1;
            var preposition = Prepositions.At(b, after, end);
            if (preposition > 0)
            {
                if (SaltOf(ref sink, after + preposition, end, depth, top, reading))
                    return true;
            }
            else if (precedes)
            {
                if (SaltOf(ref sink, after, end, depth, top, reading))
                    return true;
            }
            else if (Salts(ref sink, after, end, depth + 1, top, reading))
            {
                // "sel sodique de X": the next word is the salt word, the first says it is a salt
                return true;
            }
        }
        var last = Words.LastStart(b, start, end);
        if (last > start && _salts.Find(b, last, end - last, out _, out _) >= 0)
            return SaltOf(ref sink, start, last - 1, depth, top, reading);
        return false;
    }

    /// <summary>What a salt is of: a name, or an isomer, ester… of one, or a salt of one (a hydrate of a salt).</summary>
    private bool SaltOf<TSink>(ref TSink sink, int start, int end, int depth, int top, Reading reading)
        where TSink : struct, IReadingSink
    {
        if (start >= end)
            return false;
        reading.Salt = true;
        var before = sink.Found;
        if (Name(ref sink, start, end, SaltBase, true, top, reading))
            return true;
        if (sink.Found > before)
            return false;
        return Core(ref sink, start, end, true, top, reading) || Salts(ref sink, start, end, depth + 1, top, reading)
            || AcidOf(ref sink, start, end, top, reading);
    }

    /// <summary>"gamma-hydroxybutyrate (de sodium)": a salt of the listed "acide gamma-hydroxybutyrique".</summary>
    private bool AcidOf<TSink>(ref TSink sink, int start, int end, int top, Reading reading)
        where TSink : struct, IReadingSink
    {
        var acid = Acids.WriteAcid(reading.Buffer, start, end, reading.Buffer, top);
        if (acid == 0)
            return false;
        reading.Salt = true;
        return Name(ref sink, top, top + acid, SaltBase, true, top + acid, reading);
    }

    // ---- isomers, esters, ethers, cited names, products ----------------------------------------------

    private bool Core<TSink>(ref TSink sink, int start, int end, bool salt, int top, Reading reading, int keyStart = -1, int keyLength = 0)
        where TSink : struct, IReadingSink
    {
        var b = reading.Buffer;
        reading.Salt = salt;
        if (keyStart < 0)
        {
            keyStart = top;
            keyLength = MatchKey.Write(b, start, end - start, b, top);
            top += keyLength;
        }
        if (Isomers(ref sink, keyStart, keyLength, Via.Isomer, top, reading))
            return true;

        if (Derivatives.French(b, start, end, out var kind, out var baseStart)
            && DerivativeOf(ref sink, kind, baseStart, end, top, reading))
            return true;
        if (Derivatives.English(b, start, end, out kind, out var baseEnd, out var shorterEnd)
            && (DerivativeOf(ref sink, kind, start, baseEnd, top, reading)
                || (shorterEnd > start && DerivativeOf(ref sink, kind, start, shorterEnd, top, reading))))
            return true;
        if (Derivatives.Racemate(b, start, end, out var racemateStart, out var racemateEnd))
        {
            var racemate = reading;
            racemate.Core = Via.Isomer;
            racemate.Racemate = true;
            racemate.Configuration = IsomerConfiguration.Racemic;
            if (Name(ref sink, racemateStart, racemateEnd, Substance, false, top, racemate))
                return true;
        }

        if (_qualifiers && Qualified(ref sink, start, end, top, reading))
            return true;
        if (salt)
            return false;
        if (AcidOf(ref sink, start, end, top, reading))
            return true;

        var ingredient = _products ? Products.IngredientStart(b, start, end) : -1;
        if (ingredient >= 0)
        {
            var product = reading;
            product.Core = Via.Product;
            if (Name(ref sink, ingredient, end, 1 << (int)NameRole.ProductsOf, false, top, product))
                return true;
        }

        // "Psilocybe cubensis": a genus the entry cites, and one more word
        var genusEnd = Words.End(b, start, end);
        if (_genera && genusEnd < end && Words.End(b, genusEnd + 1, end) == end && CitedNames.IsEpithet(b, genusEnd + 1, end))
        {
            var genus = reading;
            genus.Core = Via.Genus;
            if (Name(ref sink, start, genusEnd, 1 << (int)NameRole.Genus, false, top, genus))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The key [keyStart, +keyLength) as a prefix and a listed name, or a prefix and the stem of a
    /// listed name under another prefix ("dextro"+"méthorphane" for "lévo"+"méthorphane").
    /// </summary>
    private bool Isomers<TSink>(ref TSink sink, int keyStart, int keyLength, Via core, int top, Reading reading)
        where TSink : struct, IReadingSink
    {
        var b = reading.Buffer;
        foreach (var prefix in _prefixes)
        {
            if (!IsomerPrefixes.StartsWith(b, keyStart, keyLength, prefix.Key))
                continue;
            var isomer = reading;
            isomer.Core = core;
            isomer.OfIsomer = core != Via.Isomer;
            isomer.Configuration = prefix.Configuration;
            isomer.Racemate = prefix.Configuration == IsomerConfiguration.Racemic;
            isomer.KeyStart = keyStart;
            isomer.KeyLength = keyLength;
            var stem = keyStart + prefix.Key.Length;
            var stemLength = keyLength - prefix.Key.Length;
            if (Lookup(ref sink, stem, stemLength, Substance, false, isomer))
                return true;
            // The same stem under another prefix of letters: "d-méthorphane" → "lévo"méthorphane.
            if (stemLength <= 0 || !_stems.TryFind(b, stem, stemLength, out var first, out var count))
                continue;
            for (var i = first; i < first + count; i++)
            {
                var row = _stemRowAt[i];
                var role = (NameRole)_roles[row];
                if (role is not (NameRole.Name or NameRole.Alias) || ReferenceEquals(_stemPrefixAt[i], prefix.Key))
                    continue;
                var r = isomer;
                if (sink.Row(_stemEntryAt[i], role, ref r))
                    return true;
            }
        }
        return false;
    }

    /// <summary>An ester or ether of a listed name, or of an isomer of one.</summary>
    private bool DerivativeOf<TSink>(ref TSink sink, Via kind, int start, int end, int top, Reading reading)
        where TSink : struct, IReadingSink
    {
        if (start >= end)
            return false;
        var derivative = reading;
        derivative.Core = kind;
        if (Name(ref sink, start, end, Substance, false, top, derivative))
            return true;
        var keyLength = MatchKey.Write(reading.Buffer, start, end - start, reading.Buffer, top);
        return Isomers(ref sink, top, keyLength, kind, top + keyLength, derivative);
    }

    /// <summary>
    /// A name the entry cites, qualified by one of the entry's names: "méthobromure de morphine",
    /// "morphine méthobromure", "intermédiaire A de la péthidine", "péthidine intermédiaire A".
    /// </summary>
    private bool Qualified<TSink>(ref TSink sink, int start, int end, int top, Reading reading)
        where TSink : struct, IReadingSink
    {
        var b = reading.Buffer;
        // French order: the cited word (and a label) first.
        var firstEnd = Words.End(b, start, end);
        if (firstEnd < end)
        {
            var at = firstEnd + 1;
            var intermediate = CitedNames.IsIntermediateWord(b, start, firstEnd);
            int labelStart = at, labelEnd = at;
            if (intermediate)
            {
                var wordEnd = Words.End(b, at, end);
                if (wordEnd < end && CitedNames.IsLabel(b, at, wordEnd) && Prepositions.At(b, wordEnd + 1, end) > 0)
                {
                    labelEnd = wordEnd;
                    at = wordEnd + 1;
                }
            }
            var preposition = Prepositions.At(b, at, end);
            if (preposition > 0)
            {
                var cited = intermediate
                    ? CitedNames.WriteIntermediateKey(b, labelStart, labelEnd, b, top)
                    : MatchKey.Write(b, start, firstEnd - start, b, top);
                if (Qualify(ref sink, top, cited, intermediate, at + preposition, end, top + cited, reading))
                    return true;
            }
        }
        // English order: the cited word (and a label) last.
        var last = Words.LastStart(b, start, end);
        if (last <= start)
            return false;
        if (CitedNames.IsIntermediateWord(b, last, end))
        {
            var cited = CitedNames.WriteIntermediateKey(b, last, last, b, top);
            return Qualify(ref sink, top, cited, true, start, last - 1, top + cited, reading);
        }
        var beforeLast = Words.LastStart(b, start, last - 1);
        if (beforeLast > start && CitedNames.IsLabel(b, last, end) && CitedNames.IsIntermediateWord(b, beforeLast, last - 1))
        {
            var cited = CitedNames.WriteIntermediateKey(b, last, end, b, top);
            return Qualify(ref sink, top, cited, true, start, beforeLast - 1, top + cited, reading);
        }
        var word = MatchKey.Write(b, last, end - last, b, top);
        return Qualify(ref sink, top, word, false, start, last - 1, top + word, reading);
    }

    /// <summary>The cited key names something an entry cites, and the rest is one of that entry's names.</summary>
    private bool Qualify<TSink>(ref TSink sink, int citedStart, int citedLength, bool intermediate, int nameStart, int nameEnd, int top, Reading reading)
        where TSink : struct, IReadingSink
    {
        if (nameStart >= nameEnd || !_index.TryFind(reading.Buffer, citedStart, citedLength, out var first, out var count))
            return false;
        var wanted = intermediate ? NameRole.IntermediateLabel : NameRole.Derivative;
        var nameLength = -1;
        for (var i = first; i < first + count; i++)
        {
            var citedEntry = _at[Stride * i + 2];
            if ((NameRole)_at[Stride * i + 1] != wanted)
                continue;
            if (nameLength < 0)
                nameLength = MatchKey.Write(reading.Buffer, nameStart, nameEnd - nameStart, reading.Buffer, top);
            if (!_index.TryFind(reading.Buffer, top, nameLength, out var nameFirst, out var nameCount))
                return false;
            for (var j = nameFirst; j < nameFirst + nameCount; j++)
            {
                var entry = _at[Stride * j + 2];
                var role = (NameRole)_at[Stride * j + 1];
                if (role is not (NameRole.Name or NameRole.Alias) || entry != citedEntry)
                    continue;
                var r = reading;
                r.Core = intermediate ? Via.Intermediate : Via.Derivative;
                r.KeyStart = top;
                r.KeyLength = nameLength;
                if (sink.Row(entry, role, ref r))
                    return true;
            }
        }
        return false;
    }
}
