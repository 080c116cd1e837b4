using System.Text;

namespace Listings.Grammar.Text;

/// <summary>
/// Folds text for comparison: lower case, no accents, one kind of apostrophe. Keywords are matched
/// this way, and names will be keyed this way.
/// </summary>
/// <remarks>
/// Hand-written rather than <c>string.Normalize(FormD)</c>: the platform's normalisation needs ICU,
/// and in invariant-globalisation mode (containers, our CLI) it returns the text unchanged, so two
/// machines would fold "é" differently. A fixed table (Latin-1 Supplement and Latin Extended-A/B,
/// generated from the Unicode decompositions) plus dropping combining marks (U+0300–U+036F) gives
/// the same key on every machine, for NFC and NFD input alike.
/// </remarks>
public static class KeywordText
{
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyy";

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            AppendFolded(builder, c);
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
