using System;
using System.Collections.Generic;

namespace Listings.Runtime;

/// <summary>What a salt word names.</summary>
internal enum SaltWordKind
{
    /// <summary>The acid's anion, in a salt of a base: "chlorhydrate de cocaïne", "cocaine hydrochloride".</summary>
    Anion,

    /// <summary>The metal, in a salt of an acid: "pentobarbital sodique", "clorazépate dipotassique", "sodium pentobarbital".</summary>
    Cation,

    /// <summary>Water of crystallisation: "sulfate de morphine pentahydraté", "codeine phosphate hemihydrate".</summary>
    Hydrate,

    /// <summary>A salt without saying which: "sels de cocaïne", "sel sodique de pentobarbital".</summary>
    Generic,
}

/// <summary>One entry of the salt-word table: its French word, every spelling that names it, and what it names.</summary>
internal sealed class SaltWord
{
    internal SaltWord(string french, SaltWordKind kind, params string[] spellings)
    {
        French = french;
        Kind = kind;
        var all = new List<string> { french };
        all.AddRange(spellings);
        Spellings = all.AsReadOnly();
    }

    /// <summary>The French word, as the table's entry is known.</summary>
    public string French { get; }

    /// <summary>The French word and its other spellings (English, variants), as written.</summary>
    public IReadOnlyList<string> Spellings { get; }

    public SaltWordKind Kind { get; }
}

/// <summary>
/// The salt words in everyday pharmaceutical use, in one table: how a salt of a listed substance is
/// recognised. A salt word names a salt in either word order — before the name with "de", "d’",
/// "du", "de la", "de l’" or "des" ("chlorhydrate de cocaïne", "sulfate d’amphétamine") or after it
/// ("cocaïne chlorhydrate", "cocaine hydrochloride", "clorazépate dipotassique") — and may carry a
/// multiplier ("dichlorhydrate", "dipotassique", "trihydrate"). Several may follow one another
/// ("chlorhydrate de morphine trihydraté", "morphine sulfate pentahydrate", "sel sodique de …").
/// A listed acid's salts are also named after its anion ("gamma-hydroxybutyrate de sodium" for
/// "acide gamma-hydroxybutyrique": <see cref="Acids"/>).
/// A salt counts only where the annex or the entry includes salts: hydrates count with the salts, so
/// an annex IV entry that includes no salts ("BZP") has neither its salts nor its hydrates listed.
/// A listing adds words with <c>contre-ions</c> (anions, both orders).
/// </summary>
internal static class SaltWords
{
    /// <summary>The table, in the order this file writes it.</summary>
    public static IReadOnlyList<SaltWord> Table { get; } = new[]
    {
        // Halides: the commonest salts of the listed bases.
        new SaltWord("chlorhydrate", SaltWordKind.Anion, "hydrochloride", "hcl"),
        new SaltWord("bromhydrate", SaltWordKind.Anion, "hydrobromide", "hbr"),
        new SaltWord("iodhydrate", SaltWordKind.Anion, "hydroiodide", "hydriodide"),
        new SaltWord("chlorure", SaltWordKind.Anion, "chloride"),
        new SaltWord("bromure", SaltWordKind.Anion, "bromide"),
        new SaltWord("iodure", SaltWordKind.Anion, "iodide"),
        // Mineral acids.
        new SaltWord("sulfate", SaltWordKind.Anion, "sulphate"),
        new SaltWord("hydrogénosulfate", SaltWordKind.Anion, "bisulfate", "bisulphate"),
        new SaltWord("phosphate", SaltWordKind.Anion),
        new SaltWord("hydrogénophosphate", SaltWordKind.Anion),
        new SaltWord("nitrate", SaltWordKind.Anion),
        // Carboxylic acids.
        new SaltWord("acétate", SaltWordKind.Anion),
        new SaltWord("tartrate", SaltWordKind.Anion),
        new SaltWord("bitartrate", SaltWordKind.Anion, "hydrogénotartrate"),
        new SaltWord("citrate", SaltWordKind.Anion),
        new SaltWord("maléate", SaltWordKind.Anion, "hydrogénomaléate"),
        new SaltWord("fumarate", SaltWordKind.Anion, "hydrogénofumarate"),
        new SaltWord("succinate", SaltWordKind.Anion),
        new SaltWord("lactate", SaltWordKind.Anion),
        new SaltWord("malate", SaltWordKind.Anion),
        new SaltWord("oxalate", SaltWordKind.Anion),
        new SaltWord("benzoate", SaltWordKind.Anion),
        new SaltWord("salicylate", SaltWordKind.Anion),
        new SaltWord("gluconate", SaltWordKind.Anion),
        new SaltWord("stéarate", SaltWordKind.Anion),
        new SaltWord("pamoate", SaltWordKind.Anion, "embonate"),
        // Sulfonic acids, under their INN short names and their chemical names.
        new SaltWord("mésilate", SaltWordKind.Anion, "mésylate", "méthanesulfonate"),
        new SaltWord("bésilate", SaltWordKind.Anion, "bésylate", "benzènesulfonate"),
        new SaltWord("tosilate", SaltWordKind.Anion, "tosylate"),
        new SaltWord("napsilate", SaltWordKind.Anion, "napsylate"),
        new SaltWord("camsilate", SaltWordKind.Anion, "camsylate"),
        new SaltWord("édisilate", SaltWordKind.Anion, "édisylate"),
        new SaltWord("méthylsulfate", SaltWordKind.Anion, "métilsulfate"),
        // Metals, for the acids of the lists (barbiturates, GHB, clorazépate).
        new SaltWord("sodique", SaltWordKind.Cation, "sodium"),
        new SaltWord("potassique", SaltWordKind.Cation, "potassium"),
        new SaltWord("calcique", SaltWordKind.Cation, "calcium"),
        new SaltWord("magnésique", SaltWordKind.Cation, "magnesium"),
        new SaltWord("lithique", SaltWordKind.Cation, "lithium"),
        // Water of crystallisation ("hydraté" folds to "hydrate").
        new SaltWord("hydrate", SaltWordKind.Hydrate),
        // A salt without saying which.
        new SaltWord("sel", SaltWordKind.Generic, "sels", "salt", "salts"),
    };

    /// <summary>
    /// Multipliers a salt word may carry, written before it: "dichlorhydrate", "dihydrochloride",
    /// "dipotassique", "disodium", "monohydrate", "trihydraté", "hémisulfate", "sesquihydrate".
    /// </summary>
    public static IReadOnlyList<string> Multipliers { get; } = new[] { "mono", "di", "tri", "tétra", "penta", "hexa", "hémi", "sesqui" };

    /// <summary>The English metal names, which may also come first without "de": "sodium pentobarbital".</summary>
    public static IReadOnlyList<string> PrecedingWithoutPreposition { get; } = new[] { "sodium", "potassium", "calcium", "magnesium", "lithium" };

    internal const int MultiplierSlots = 16;

    /// <summary>The table with the words a listing adds (<c>contre-ions</c>), as anions.</summary>
    internal static SaltWordSet With(IEnumerable<string> declared) => new(declared);

    internal static bool MayPrecede(string foldedSpelling)
    {
        foreach (var spelling in PrecedingWithoutPreposition)
            if (spelling == foldedSpelling)
                return true;
        return false;
    }
}

/// <summary>
/// The salt words one classifier knows (the table and its listings' <c>contre-ions</c>), looked up
/// by folded characters straight from a buffer, so reading a salt allocates nothing.
/// </summary>
internal sealed class SaltWordSet
{
    private readonly NameIndex _index;
    private readonly int[] _word;
    private readonly SaltWordKind[] _kind;
    private readonly bool[] _precedes;
    private readonly string[] _multipliers;

    public SaltWordSet(IEnumerable<string> declared)
    {
        var spellings = new List<(string Key, int Word, SaltWordKind Kind, bool Precedes)>();
        var words = 0;
        foreach (var word in SaltWords.Table)
        {
            foreach (var spelling in word.Spellings)
            {
                var key = TextFolding.NameKey(spelling);
                spellings.Add((key, words, word.Kind, SaltWords.MayPrecede(key)));
            }
            words++;
        }
        foreach (var extra in declared)
        {
            var key = TextFolding.NameKey(extra);
            if (key.Length == 0 || spellings.Exists(s => s.Key == key))
                continue;
            spellings.Add((key, words++, SaltWordKind.Anion, false));
        }
        spellings.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var keys = new string[spellings.Count];
        _word = new int[spellings.Count];
        _kind = new SaltWordKind[spellings.Count];
        _precedes = new bool[spellings.Count];
        for (var i = 0; i < spellings.Count; i++)
        {
            keys[i] = spellings[i].Key;
            _word[i] = spellings[i].Word;
            _kind[i] = spellings[i].Kind;
            _precedes[i] = spellings[i].Precedes;
        }
        _index = new NameIndex(keys);
        _multipliers = new string[SaltWords.Multipliers.Count];
        for (var i = 0; i < _multipliers.Length; i++)
            _multipliers[i] = TextFolding.NameKey(SaltWords.Multipliers[i]);
    }

    /// <summary>
    /// The salt word [start, start+length) of a words key: its identity (the table entry and the
    /// multiplier, so "dichlorhydrate" is not "chlorhydrate") or -1, its kind, and whether it may come
    /// first without "de".
    /// </summary>
    public int Find(char[] words, int start, int length, out SaltWordKind kind, out bool precedes)
    {
        if (_index.TryFind(words, start, length, out var first, out _))
        {
            kind = _kind[first];
            precedes = _precedes[first];
            return _word[first] * SaltWords.MultiplierSlots;
        }
        for (var m = 0; m < _multipliers.Length; m++)
        {
            var multiplier = _multipliers[m];
            if (length <= multiplier.Length || !StartsWith(words, start, multiplier))
                continue;
            if (_index.TryFind(words, start + multiplier.Length, length - multiplier.Length, out first, out _))
            {
                kind = _kind[first];
                precedes = _precedes[first];
                return _word[first] * SaltWords.MultiplierSlots + m + 1;
            }
        }
        kind = SaltWordKind.Anion;
        precedes = false;
        return -1;
    }

    private static bool StartsWith(char[] words, int start, string prefix)
    {
        for (var i = 0; i < prefix.Length; i++)
            if (words[start + i] != prefix[i])
                return false;
        return true;
    }
}
