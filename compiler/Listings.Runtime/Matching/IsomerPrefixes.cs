using System.Collections.Generic;

namespace Listings.Runtime;

/// <summary>Which isomer a prefix names.</summary>
internal enum IsomerConfiguration
{
    None = 0,

    /// <summary>Dextrogyre: "dextro", "dex", "d-", "(+)-".</summary>
    Dextro,

    /// <summary>Lévogyre: "lévo", "lév", "l-", "(-)-".</summary>
    Levo,

    /// <summary>The racemate: "dl-", "(±)-", "rac-".</summary>
    Racemic,

    /// <summary>"(R)-".</summary>
    R,

    /// <summary>"(S)-".</summary>
    S,
}

/// <summary>One isomer prefix of the table and the configuration it names.</summary>
internal sealed class IsomerPrefix
{
    internal IsomerPrefix(string written, IsomerConfiguration configuration)
    {
        Written = written;
        Configuration = configuration;
        Key = MatchKey.Of(written);
    }

    /// <summary>The prefix as it is usually written.</summary>
    public string Written { get; }

    public IsomerConfiguration Configuration { get; }

    /// <summary>The prefix keyed as names are (no hyphen: "d-" is "d").</summary>
    internal string Key { get; }

    /// <summary>A prefix of letters, which also names the other isomers of a stem ("lévo"méthorphane → "dextro"méthorphane).</summary>
    internal bool IsWord => char.IsLetter(Key[Key.Length - 1]);
}

/// <summary>
/// The isomer prefixes: a name that is a prefix of this table followed by a listed name, or by the
/// stem a listed name shares with another prefix ("dextrométhorphane" and "lévométhorphane"), names
/// an isomer of that substance; it counts where the annex or the entry includes isomers (or, for
/// stereo-isomers, where the entry carries an asterisk). Matched on the name's key, so "d-méthorphane",
/// "d méthorphane" and "dméthorphane" are one name. "dex" and "lév" are the stems the international
/// non-proprietary names give enantiomers (dexamfétamine, lévacétylméthadol).
/// </summary>
internal static class IsomerPrefixes
{
    /// <summary>The table, longest key first.</summary>
    public static IReadOnlyList<IsomerPrefix> Table { get; } = Sorted(new[]
    {
        new IsomerPrefix("dextro", IsomerConfiguration.Dextro),
        new IsomerPrefix("dex", IsomerConfiguration.Dextro),
        new IsomerPrefix("d-", IsomerConfiguration.Dextro),
        new IsomerPrefix("(+)-", IsomerConfiguration.Dextro),
        new IsomerPrefix("lévo", IsomerConfiguration.Levo),
        new IsomerPrefix("lév", IsomerConfiguration.Levo),
        new IsomerPrefix("l-", IsomerConfiguration.Levo),
        new IsomerPrefix("(-)-", IsomerConfiguration.Levo),
        new IsomerPrefix("(−)-", IsomerConfiguration.Levo),
        new IsomerPrefix("dl-", IsomerConfiguration.Racemic),
        new IsomerPrefix("(±)-", IsomerConfiguration.Racemic),
        new IsomerPrefix("(+/-)-", IsomerConfiguration.Racemic),
        new IsomerPrefix("rac-", IsomerConfiguration.Racemic),
        new IsomerPrefix("(R)-", IsomerConfiguration.R),
        new IsomerPrefix("(S)-", IsomerConfiguration.S),
    });

    private static IsomerPrefix[] Sorted(IsomerPrefix[] prefixes)
    {
        var sorted = (IsomerPrefix[])prefixes.Clone();
        System.Array.Sort(sorted, (a, b) => a.Key.Length != b.Key.Length ? b.Key.Length - a.Key.Length : string.CompareOrdinal(a.Key, b.Key));
        return sorted;
    }

    /// <summary>The configuration a name's key starts with (its longest prefix), or None.</summary>
    public static IsomerConfiguration ConfigurationOf(string key)
    {
        foreach (var prefix in Table)
            if (key.Length > prefix.Key.Length && key.StartsWith(prefix.Key, System.StringComparison.Ordinal))
                return prefix.Configuration;
        return IsomerConfiguration.None;
    }

    internal static bool StartsWith(char[] key, int start, int length, string prefix)
    {
        if (length <= prefix.Length)
            return false;
        for (var i = 0; i < prefix.Length; i++)
            if (key[start + i] != prefix[i])
                return false;
        return true;
    }
}
