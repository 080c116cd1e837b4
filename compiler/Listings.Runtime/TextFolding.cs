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
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u202F')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            AppendFolded(builder, c);
        }
        return builder.ToString();
    }

    public static void AppendFolded(StringBuilder builder, char c)
    {
        if (c < 0x80)
        {
            builder.Append(c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
            return;
        }
        if (c >= '\u0300' && c <= '\u036F')
            return;
        switch (c)
        {
            case '\u2019' or '\u2018' or '\u02BC' or '\u00B4':
                builder.Append('\'');
                return;
            case 'œ' or 'Œ':
                builder.Append("oe");
                return;
            case 'æ' or 'Æ':
                builder.Append("ae");
                return;
            case 'ß':
                builder.Append("ss");
                return;
            case 'μ':
                builder.Append('µ');
                return;
        }
        var index = Accented.IndexOf(c);
        builder.Append(index >= 0 ? Plain[index] : char.ToLowerInvariant(c));
    }
}
