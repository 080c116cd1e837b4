using System.Text;

namespace Listings.Runtime;

/// <summary>
/// Folds text for comparison: lower case, no accents, one kind of apostrophe. The parser matches
/// keywords this way, and the classifiers key names this way, at build time and at query time alike.
/// </summary>
/// <remarks>
/// Hand-written rather than <c>string.Normalize(FormD)</c>: the platform's normalisation needs ICU,
/// and in invariant-globalisation mode (containers, our CLI) it returns the text unchanged, so two
/// machines would fold "é" differently. A fixed table (Latin-1 Supplement and Latin Extended-A/B,
/// generated from the Unicode decompositions) plus dropping combining marks (U+0300–U+036F) gives
/// the same key on every machine, for NFC and NFD input alike.
/// </remarks>
public static class TextFolding
{
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyy";

    // Folded form of every char below U+0250, computed once from the two strings above: the hot path
    // folds by indexing, not by searching.
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
            table[c] = char.ToLowerInvariant((char)c);
        for (var i = 0; i < Accented.Length; i++)
            table[Accented[i]] = Plain[i];
        table['\u00B4'] = '\'';
        return table;
    }

    /// <summary>
    /// Folds one char: how many chars it becomes (0: a combining mark; 2: "œ" → "oe") and what they are.
    /// The one place folding is decided; every other method here is built on it.
    /// </summary>
    public static int FoldChar(char c, out char first, out char second)
    {
        second = '\0';
        if (c < 0x250)
        {
            switch (c)
            {
                case '\u00E6' or '\u00C6':
                    first = 'a';
                    second = 'e';
                    return 2;
                case '\u00DF':
                    first = 's';
                    second = 's';
                    return 2;
                case '\u0152' or '\u0153':
                    first = 'o';
                    second = 'e';
                    return 2;
            }
            first = Table[c];
            return 1;
        }
        if (c >= '\u0300' && c <= '\u036F')
        {
            first = '\0';
            return 0;
        }
        first = c switch
        {
            '\u2019' or '\u2018' or '\u02BC' => '\'',
            '\u03BC' => '\u00B5',
            _ => char.ToLowerInvariant(c),
        };
        return 1;
    }

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            AppendFolded(builder, c);
        return builder.ToString();
    }

    /// <summary>
    /// The key a name is looked up by: folded, white space collapsed to one space, trimmed, and
    /// non-breaking spaces taken as spaces ("Coca,  feuille de" and "coca, feuille de" are one key).
    /// </summary>
    public static string NameKey(string text)
    {
        var buffer = new char[text.Length * 2 + 1];
        var length = NameKey(text, buffer);
        return new string(buffer, 0, length);
    }

    /// <summary>
    /// <see cref="NameKey(string)"/> written into <paramref name="buffer"/> (at least twice the text's
    /// length, plus one): what the classifiers' allocation-free path folds a query into.
    /// </summary>
    public static int NameKey(string text, char[] buffer)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c == ' ' || c == '\u00A0' || c == '\u202F' || char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }
            var count = FoldChar(c, out var first, out var second);
            if (count > 0)
                buffer[length++] = first;
            if (count > 1)
                buffer[length++] = second;
        }
        return length;
    }

    public static void AppendFolded(StringBuilder builder, char c)
    {
        var count = FoldChar(c, out var first, out var second);
        if (count > 0)
            builder.Append(first);
        if (count > 1)
            builder.Append(second);
    }
}
