namespace Listings.Runtime;

/// <summary>
/// Names an entry prints inside its own text (the listing's <c>nomme</c> clause): each is found alone
/// ("N-oxymorphine", "Catha edulis", "psilocybe", the designation of an intermediate), and these
/// phrases reach the entry too:
/// <list type="bullet">
/// <item>a derivative the entry cites, with one of the entry's names: "méthobromure de morphine", "morphine méthobromure";</item>
/// <item>an intermediate of the entry: "intermédiaire de la méthadone", "intermédiaire A de la péthidine",
/// "péthidine intermédiaire B", "pethidine intermediate C" (a letter names one of the intermediates the entry labels; without it, any);</item>
/// <item>a species of a genus the entry cites: "Psilocybe cubensis" (two words, the first the genus);</item>
/// <item>a plant named with its botanist ("Cannabis sativa L.") is also found without him ("Cannabis sativa").</item>
/// </list>
/// </summary>
internal static class CitedNames
{
    private static readonly string[] IntermediateWords = { "intermediaire", "intermediaires", "intermediate", "intermediates" };

    /// <summary>The word every intermediate phrase is keyed by ("intermédiaire A" → "intermediairea").</summary>
    public const string IntermediateKey = "intermediaire";

    public static bool IsIntermediateWord(char[] w, int start, int end) => Words.Is(w, start, end, IntermediateWords);

    /// <summary>A label after "intermédiaire": one or two letters or digits ("A", "B", "C").</summary>
    public static bool IsLabel(char[] w, int start, int end)
    {
        if (end - start is < 1 or > 2)
            return false;
        for (var i = start; i < end; i++)
            if (!char.IsLetterOrDigit(w[i]))
                return false;
        return true;
    }

    /// <summary>Writes the key of an intermediate phrase, "intermediaire" and its label, at <paramref name="at"/>; returns its length.</summary>
    public static int WriteIntermediateKey(char[] w, int labelStart, int labelEnd, char[] into, int at)
    {
        IntermediateKey.CopyTo(0, into, at, IntermediateKey.Length);
        var length = IntermediateKey.Length;
        for (var i = labelStart; i < labelEnd; i++)
            into[at + length++] = w[i];
        return length;
    }

    /// <summary>Whether the word [start, end) could be a species epithet: letters only.</summary>
    public static bool IsEpithet(char[] w, int start, int end)
    {
        if (end - start < 2)
            return false;
        for (var i = start; i < end; i++)
            if (!char.IsLetter(w[i]))
                return false;
        return true;
    }

    /// <summary>"cannabis sativa l." → "cannabis sativa": a plant's name without the botanist's abbreviation (Linnaeus), or null.</summary>
    public static string? WithoutBotanist(string wordsKey) =>
        wordsKey.Length > 3 && wordsKey.EndsWith(" l.", System.StringComparison.Ordinal) ? wordsKey.Substring(0, wordsKey.Length - 3) : null;
}
