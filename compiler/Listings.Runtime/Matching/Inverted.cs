namespace Listings.Runtime;

/// <summary>
/// Inverted headings, the way the acts write "Coca, feuille de" and "Moramide (intermédiaire du)": a
/// query written so ("Morphine (chlorhydrate de)", "morphine, chlorhydrate de") is also read in the
/// usual order ("chlorhydrate de morphine"). Listed names get their inverted forms when the listings
/// are bound (<c>SubstanceNaming.InvertedForms</c>); queries get theirs here.
/// </summary>
internal static class Inverted
{
    private static readonly string[] Endings = { " de", " du", " des", " d'", " de la", " de l'" };

    /// <summary>Writes "Y de X" for "X, Y de" or "X (Y de)" at <paramref name="at"/>; returns its length, 0 when the name is not inverted.</summary>
    public static int Write(char[] w, int start, int end, char[] into, int at)
    {
        int headEnd, tailStart, tailEnd;
        if (end - start > 4 && w[end - 1] == ')')
        {
            var open = LastIndexOf(w, start, end, '(');
            if (open <= start + 1 || w[open - 1] != ' ')
                return 0;
            headEnd = open - 1;
            tailStart = open + 1;
            tailEnd = end - 1;
        }
        else
        {
            var comma = LastIndexOf(w, start, end, ',');
            if (comma <= start || comma + 2 >= end || w[comma + 1] != ' ')
                return 0;
            headEnd = comma;
            tailStart = comma + 2;
            tailEnd = end;
        }
        var ending = false;
        foreach (var e in Endings)
            ending |= tailEnd - tailStart > e.Length && Words.At(w, tailEnd - e.Length, tailEnd, e);
        if (!ending || headEnd <= start)
            return 0;
        var length = 0;
        for (var i = tailStart; i < tailEnd; i++)
            into[at + length++] = w[i];
        if (w[tailEnd - 1] != '\'')
            into[at + length++] = ' ';
        for (var i = start; i < headEnd; i++)
            into[at + length++] = w[i];
        return length;
    }

    private static int LastIndexOf(char[] w, int start, int end, char c)
    {
        for (var i = end - 1; i >= start; i--)
            if (w[i] == c)
                return i;
        return -1;
    }
}
