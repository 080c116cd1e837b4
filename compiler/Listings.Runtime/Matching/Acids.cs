namespace Listings.Runtime;

/// <summary>
/// A listed acid names its salts after its anion: "acide gamma-hydroxybutyrique" → "gamma-hydroxybutyrate
/// de sodium", "sodium gamma-hydroxybutyrate", "gamma-hydroxybutyrate" (a salt of the acid, whichever);
/// "acide lysergique" → "lysergate". The name's last word in "-ate" is read as the acid's "-ique".
/// </summary>
internal static class Acids
{
    private const string Acid = "acide ";

    /// <summary>
    /// Writes "acide …ique" for the words [start, end) whose last word ends in "ate" at
    /// <paramref name="at"/>; returns its length, 0 when the last word is not such an anion.
    /// </summary>
    public static int WriteAcid(char[] w, int start, int end, char[] into, int at)
    {
        // "gamma-hydroxybutyrate de" (the cation followed): the "de" goes.
        if (end - start > 3 && Words.At(w, end - 3, end, " de"))
            end -= 3;
        if (end - start < 6 || !Words.At(w, end - 3, end, "ate") || !char.IsLetter(w[end - 4]))
            return 0;
        Acid.CopyTo(0, into, at, Acid.Length);
        var length = Acid.Length;
        for (var i = start; i < end - 3; i++)
            into[at + length++] = w[i];
        "ique".CopyTo(0, into, at + length, 4);
        return length + 4;
    }
}
