using System.Collections.Generic;
using System.Globalization;

namespace Listings.Runtime;

/// <summary>A per-unit amount's substance, read with the name forms: the name it is of, and the salt words it carries ("" for the base).</summary>
internal readonly struct AmountName
{
    public AmountName(string baseKey, string salt)
    {
        BaseKey = baseKey;
        Salt = salt;
    }

    /// <summary>The <see cref="MatchKey"/> of the substance, salt words read off.</summary>
    public string BaseKey { get; }

    /// <summary>The salt words, by identity, in order ("" when the amount is of the base).</summary>
    public string Salt { get; }

    public bool IsSalt => Salt.Length > 0;
}

/// <summary>How a per-unit condition of the act compares with a quantity a query gives.</summary>
internal enum AmountComparison
{
    Holds,
    Fails,

    /// <summary>The act counts one form (the base, a salt) and the query gives another: the condition cannot be decided.</summary>
    Undecidable,
}

/// <summary>
/// Per-unit quantities, keyed by the same name forms as names: "atropine sulfate" is "sulfate
/// d’atropine", "chlorhydrate de diphénoxylate" is a salt of "diphénoxylate". Where the act counts the
/// base and the query gives a salt (or the other way round), the molar masses that would convert one
/// into the other are not in the act, so only what holds for every salt is concluded: a salt weighs
/// more than the base it contains, so a salt within an "at most" limit on the base keeps its base
/// within it, and a base reaching an "at least" limit on a salt reaches it in salt. Anything else is
/// undecided, and the exception that needs it is not applied (the preparation stays listed).
/// </summary>
internal static class PerUnit
{
    /// <summary>Reads a substance of a per-unit amount: salt words (either order, up to three) off, the rest keyed.</summary>
    public static AmountName Read(string name, SaltWordSet salts)
    {
        var words = TextFolding.NameKey(name).ToCharArray();
        int start = 0, end = BaseForms.End(words, 0, words.Length);
        var found = new List<int>();
        for (var step = 0; step < 3 && start < end; step++)
        {
            var firstEnd = Words.End(words, start, end);
            if (firstEnd < end && salts.Find(words, start, firstEnd - start, out _, out var precedes) is var first and >= 0)
            {
                var preposition = Prepositions.At(words, firstEnd + 1, end);
                if (preposition > 0 || precedes)
                {
                    found.Add(first);
                    start = firstEnd + 1 + preposition;
                    continue;
                }
            }
            var last = Words.LastStart(words, start, end);
            if (last > start && salts.Find(words, last, end - last, out _, out _) is var lastWord and >= 0)
            {
                found.Add(lastWord);
                end = last - 1;
                continue;
            }
            break;
        }
        found.Sort();
        var key = new char[end - start];
        var length = MatchKey.Write(words, start, end - start, key, 0);
        var salt = string.Join(".", found.ConvertAll(f => f.ToString(CultureInfo.InvariantCulture)));
        return new AmountName(new string(key, 0, length), salt);
    }

    public static AmountComparison Compare(AmountName act, AmountBound bound, decimal limit, AmountName given, decimal milligrams)
    {
        if (act.Salt == given.Salt)
        {
            return bound switch
            {
                AmountBound.AtMost => milligrams <= limit,
                AmountBound.AtLeast => milligrams >= limit,
                AmountBound.Exactly => milligrams == limit,
                _ => false,
            } ? AmountComparison.Holds : AmountComparison.Fails;
        }
        // The act counts the base, the query gives a salt: the base in it weighs less than the salt.
        if (!act.IsSalt && bound == AmountBound.AtMost && milligrams <= limit)
            return AmountComparison.Holds;
        // The act counts a salt, the query gives the base: the salt of it weighs more than the base.
        if (!given.IsSalt && bound == AmountBound.AtLeast && milligrams >= limit)
            return AmountComparison.Holds;
        return AmountComparison.Undecidable;
    }
}
