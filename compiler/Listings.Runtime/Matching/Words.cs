namespace Listings.Runtime;

/// <summary>Words of a folded words key (one space between words): where they start and end.</summary>
internal static class Words
{
    /// <summary>The end of the word that starts at <paramref name="start"/>.</summary>
    public static int End(char[] words, int start, int end)
    {
        var i = start;
        while (i < end && words[i] != ' ')
            i++;
        return i;
    }

    /// <summary>The start of the last word of [start, end).</summary>
    public static int LastStart(char[] words, int start, int end)
    {
        var i = end;
        while (i > start && words[i - 1] != ' ')
            i--;
        return i;
    }

    /// <summary>Whether [start, end) is one of <paramref name="candidates"/>.</summary>
    public static bool Is(char[] words, int start, int end, string[] candidates)
    {
        foreach (var candidate in candidates)
            if (Equals(words, start, end, candidate))
                return true;
        return false;
    }

    public static bool Equals(char[] words, int start, int end, string text)
    {
        if (end - start != text.Length)
            return false;
        for (var i = 0; i < text.Length; i++)
            if (words[start + i] != text[i])
                return false;
        return true;
    }

    /// <summary>Whether <paramref name="text"/> is written at <paramref name="at"/>, within [.., end).</summary>
    public static bool At(char[] words, int at, int end, string text)
    {
        if (at + text.Length > end)
            return false;
        for (var i = 0; i < text.Length; i++)
            if (words[at + i] != text[i])
                return false;
        return true;
    }
}

/// <summary>
/// The prepositions that join a salt word, an ester, an intermediate… to the name it is of: "de",
/// "d’", "du", "des", "de la", "de l’", and "d", "de l" where the apostrophe was left out.
/// </summary>
internal static class Prepositions
{
    // Longest first: "de la " before "de ". Internal: the site's search (listings site) reads the same list.
    internal static readonly string[] Forms = { "de la ", "de l'", "de l ", "des ", "du ", "de ", "d'", "d " };

    /// <summary>How long the preposition at <paramref name="at"/> is, when a name follows it; 0 when there is none.</summary>
    public static int At(char[] words, int at, int end)
    {
        foreach (var form in Forms)
            if (at + form.Length < end && Words.At(words, at, end, form))
                return form.Length;
        return 0;
    }
}
