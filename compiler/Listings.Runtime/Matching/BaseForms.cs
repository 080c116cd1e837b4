namespace Listings.Runtime;

/// <summary>
/// Words after a name that say it is the substance itself, not a salt of it: "cocaïne base",
/// "diphénoxylate en base" (the act's own "calculés en base"), "morphine anhydre", "free base". The
/// name is read without them.
/// </summary>
internal static class BaseForms
{
    // Longest first.
    private static readonly string[] Endings = { " free base", " en base", " base", " anhydre", " anhydrous" };

    /// <summary>Where the name ends once such words are left out (<paramref name="end"/> when there are none).</summary>
    public static int End(char[] words, int start, int end)
    {
        foreach (var ending in Endings)
            if (end - start > ending.Length && Words.At(words, end - ending.Length, end, ending))
                return end - ending.Length;
        return end;
    }
}
