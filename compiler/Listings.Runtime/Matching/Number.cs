namespace Listings.Runtime;

/// <summary>
/// The head noun's singular and plural are one name: "feuilles de coca" is "Coca, feuille de",
/// "extrait de chanvre" is "extraits de chanvre", "tétrahydrocannabinol" is "Tétrahydrocannabinols",
/// "Champignon hallucinogène" is "Champignons hallucinogènes". The head is the words (what spaces,
/// hyphens, apostrophes and full stops separate) before the first "de", "du", "des" or "d’" (the whole
/// name when there is none); a head word of four letters or more that ends in a single "s" after a
/// letter is keyed without it, in the listed name and in the query alike. Words after the preposition
/// keep their "s": "résine de cannabis" is not "résine de cannabi".
/// </summary>
internal static class Number
{
    /// <summary>
    /// Whether the word [start, end) of a folded words key ends the head: "de", "du", "des", or "d" before
    /// an apostrophe or a space (the elided "d’", "d ethyle"); "d-" is an isomer prefix, not a preposition.
    /// </summary>
    public static bool EndsHead(char[] words, int start, int end, char next)
    {
        if (words[start] != 'd')
            return false;
        return (end - start) switch
        {
            1 => next is '\'' or ' ',
            2 => words[start + 1] == 'e' || words[start + 1] == 'u',
            3 => words[start + 1] == 'e' && words[start + 2] == 's',
            _ => false,
        };
    }

    /// <summary>Whether a head word [start, end) is keyed without its final "s".</summary>
    public static bool DropsFinalS(char[] words, int start, int end)
    {
        if (end - start < 4 || words[end - 1] != 's')
            return false;
        var before = words[end - 2];
        return before != 's' && char.IsLetter(before);
    }
}
