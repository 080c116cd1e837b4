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
internal static class TextFolding
{
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyy";

    // Letters from U+0250 up whose canonical decomposition is a base letter and combining marks
    // (Greek with tonos, Cyrillic й/ё, Vietnamese ệ…), sorted, with their lower-case base: generated
    // from Unicode's decompositions, so NFC and NFD spellings of a name fold to one key.
    private const string DecomposedFrom = "\u0386\u0388\u0389\u038A\u038C\u038E\u038F\u0390\u03AA\u03AB\u03AC\u03AD\u03AE\u03AF\u03B0\u03CA\u03CB\u03CC\u03CD\u03CE\u03D3\u03D4\u0400\u0401\u0403\u0407\u040C\u040D\u040E\u0419\u0439\u0450\u0451\u0453\u0457\u045C\u045D\u045E\u0476\u0477\u04C1\u04C2\u04D0\u04D1\u04D2\u04D3\u04D6\u04D7\u04DA\u04DB\u04DC\u04DD\u04DE\u04DF\u04E2\u04E3\u04E4\u04E5\u04E6\u04E7\u04EA\u04EB\u04EC\u04ED\u04EE\u04EF\u04F0\u04F1\u04F2\u04F3\u04F4\u04F5\u04F8\u04F9\u0622\u0623\u0624\u0625\u0626\u06C0\u06C2\u06D3\u0929\u0931\u0934\u0958\u0959\u095A\u095B\u095C\u095D\u095E\u095F\u09DC\u09DD\u09DF\u0A33\u0A36\u0A59\u0A5A\u0A5B\u0A5E\u0B5C\u0B5D\u0F43\u0F4D\u0F52\u0F57\u0F5C\u0F69\u1026\u1E00\u1E01\u1E02\u1E03\u1E04\u1E05\u1E06\u1E07\u1E08\u1E09\u1E0A\u1E0B\u1E0C\u1E0D\u1E0E\u1E0F\u1E10\u1E11\u1E12\u1E13\u1E14\u1E15\u1E16\u1E17\u1E18\u1E19\u1E1A\u1E1B\u1E1C\u1E1D\u1E1E\u1E1F\u1E20\u1E21\u1E22\u1E23\u1E24\u1E25\u1E26\u1E27\u1E28\u1E29\u1E2A\u1E2B\u1E2C\u1E2D\u1E2E\u1E2F\u1E30\u1E31\u1E32\u1E33\u1E34\u1E35\u1E36\u1E37\u1E38\u1E39\u1E3A\u1E3B\u1E3C\u1E3D\u1E3E\u1E3F\u1E40\u1E41\u1E42\u1E43\u1E44\u1E45\u1E46\u1E47\u1E48\u1E49\u1E4A\u1E4B\u1E4C\u1E4D\u1E4E\u1E4F\u1E50\u1E51\u1E52\u1E53\u1E54\u1E55\u1E56\u1E57\u1E58\u1E59\u1E5A\u1E5B\u1E5C\u1E5D\u1E5E\u1E5F\u1E60\u1E61\u1E62\u1E63\u1E64\u1E65\u1E66\u1E67\u1E68\u1E69\u1E6A\u1E6B\u1E6C\u1E6D\u1E6E\u1E6F\u1E70\u1E71\u1E72\u1E73\u1E74\u1E75\u1E76\u1E77\u1E78\u1E79\u1E7A\u1E7B\u1E7C\u1E7D\u1E7E\u1E7F\u1E80\u1E81\u1E82\u1E83\u1E84\u1E85\u1E86\u1E87\u1E88\u1E89\u1E8A\u1E8B\u1E8C\u1E8D\u1E8E\u1E8F\u1E90\u1E91\u1E92\u1E93\u1E94\u1E95\u1E96\u1E97\u1E98\u1E99\u1E9B\u1EA0\u1EA1\u1EA2\u1EA3\u1EA4\u1EA5\u1EA6\u1EA7\u1EA8\u1EA9\u1EAA\u1EAB\u1EAC\u1EAD\u1EAE\u1EAF\u1EB0\u1EB1\u1EB2\u1EB3\u1EB4\u1EB5\u1EB6\u1EB7\u1EB8\u1EB9\u1EBA\u1EBB\u1EBC\u1EBD\u1EBE\u1EBF\u1EC0\u1EC1\u1EC2\u1EC3\u1EC4\u1EC5\u1EC6\u1EC7\u1EC8\u1EC9\u1ECA\u1ECB\u1ECC\u1ECD\u1ECE\u1ECF\u1ED0\u1ED1\u1ED2\u1ED3\u1ED4\u1ED5\u1ED6\u1ED7\u1ED8\u1ED9\u1EDA\u1EDB\u1EDC\u1EDD\u1EDE\u1EDF\u1EE0\u1EE1\u1EE2\u1EE3\u1EE4\u1EE5\u1EE6\u1EE7\u1EE8\u1EE9\u1EEA\u1EEB\u1EEC\u1EED\u1EEE\u1EEF\u1EF0\u1EF1\u1EF2\u1EF3\u1EF4\u1EF5\u1EF6\u1EF7\u1EF8\u1EF9\u1F00\u1F01\u1F02\u1F03\u1F04\u1F05\u1F06\u1F07\u1F08\u1F09\u1F0A\u1F0B\u1F0C\u1F0D\u1F0E\u1F0F\u1F10\u1F11\u1F12\u1F13\u1F14\u1F15\u1F18\u1F19\u1F1A\u1F1B\u1F1C\u1F1D\u1F20\u1F21\u1F22\u1F23\u1F24\u1F25\u1F26\u1F27\u1F28\u1F29\u1F2A\u1F2B\u1F2C\u1F2D\u1F2E\u1F2F\u1F30\u1F31\u1F32\u1F33\u1F34\u1F35\u1F36\u1F37\u1F38\u1F39\u1F3A\u1F3B\u1F3C\u1F3D\u1F3E\u1F3F\u1F40\u1F41\u1F42\u1F43\u1F44\u1F45\u1F48\u1F49\u1F4A\u1F4B\u1F4C\u1F4D\u1F50\u1F51\u1F52\u1F53\u1F54\u1F55\u1F56\u1F57\u1F59\u1F5B\u1F5D\u1F5F\u1F60\u1F61\u1F62\u1F63\u1F64\u1F65\u1F66\u1F67\u1F68\u1F69\u1F6A\u1F6B\u1F6C\u1F6D\u1F6E\u1F6F\u1F70\u1F71\u1F72\u1F73\u1F74\u1F75\u1F76\u1F77\u1F78\u1F79\u1F7A\u1F7B\u1F7C\u1F7D\u1F80\u1F81\u1F82\u1F83\u1F84\u1F85\u1F86\u1F87\u1F88\u1F89\u1F8A\u1F8B\u1F8C\u1F8D\u1F8E\u1F8F\u1F90\u1F91\u1F92\u1F93\u1F94\u1F95\u1F96\u1F97\u1F98\u1F99\u1F9A\u1F9B\u1F9C\u1F9D\u1F9E\u1F9F\u1FA0\u1FA1\u1FA2\u1FA3\u1FA4\u1FA5\u1FA6\u1FA7\u1FA8\u1FA9\u1FAA\u1FAB\u1FAC\u1FAD\u1FAE\u1FAF\u1FB0\u1FB1\u1FB2\u1FB3\u1FB4\u1FB6\u1FB7\u1FB8\u1FB9\u1FBA\u1FBB\u1FBC\u1FC2\u1FC3\u1FC4\u1FC6\u1FC7\u1FC8\u1FC9\u1FCA\u1FCB\u1FCC\u1FD0\u1FD1\u1FD2\u1FD3\u1FD6\u1FD7\u1FD8\u1FD9\u1FDA\u1FDB\u1FE0\u1FE1\u1FE2\u1FE3\u1FE4\u1FE5\u1FE6\u1FE7\u1FE8\u1FE9\u1FEA\u1FEB\u1FEC\u1FF2\u1FF3\u1FF4\u1FF6\u1FF7\u1FF8\u1FF9\u1FFA\u1FFB\u1FFC\u212B\u304C\u304E\u3050\u3052\u3054\u3056\u3058\u305A\u305C\u305E\u3060\u3062\u3065\u3067\u3069\u3070\u3071\u3073\u3074\u3076\u3077\u3079\u307A\u307C\u307D\u3094\u309E\u30AC\u30AE\u30B0\u30B2\u30B4\u30B6\u30B8\u30BA\u30BC\u30BE\u30C0\u30C2\u30C5\u30C7\u30C9\u30D0\u30D1\u30D3\u30D4\u30D6\u30D7\u30D9\u30DA\u30DC\u30DD\u30F4\u30F7\u30F8\u30F9\u30FA\u30FE\uFB1D\uFB1F\uFB2A\uFB2B\uFB2C\uFB2D\uFB2E\uFB2F\uFB30\uFB31\uFB32\uFB33\uFB34\uFB35\uFB36\uFB38\uFB39\uFB3A\uFB3B\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46\uFB47\uFB48\uFB49\uFB4A\uFB4B\uFB4C\uFB4D\uFB4E";
    private const string DecomposedTo = "\u03B1\u03B5\u03B7\u03B9\u03BF\u03C5\u03C9\u03B9\u03B9\u03C5\u03B1\u03B5\u03B7\u03B9\u03C5\u03B9\u03C5\u03BF\u03C5\u03C9\u03D2\u03D2\u0435\u0435\u0433\u0456\u043A\u0438\u0443\u0438\u0438\u0435\u0435\u0433\u0456\u043A\u0438\u0443\u0475\u0475\u0436\u0436\u0430\u0430\u0430\u0430\u0435\u0435\u04D9\u04D9\u0436\u0436\u0437\u0437\u0438\u0438\u0438\u0438\u043E\u043E\u04E9\u04E9\u044D\u044D\u0443\u0443\u0443\u0443\u0443\u0443\u0447\u0447\u044B\u044B\u0627\u0627\u0648\u0627\u064A\u06D5\u06C1\u06D2\u0928\u0930\u0933\u0915\u0916\u0917\u091C\u0921\u0922\u092B\u092F\u09A1\u09A2\u09AF\u0A32\u0A38\u0A16\u0A17\u0A1C\u0A2B\u0B21\u0B22\u0F42\u0F4C\u0F51\u0F56\u0F5B\u0F40\u1025\u0061\u0061\u0062\u0062\u0062\u0062\u0062\u0062\u0063\u0063\u0064\u0064\u0064\u0064\u0064\u0064\u0064\u0064\u0064\u0064\u0065\u0065\u0065\u0065\u0065\u0065\u0065\u0065\u0065\u0065\u0066\u0066\u0067\u0067\u0068\u0068\u0068\u0068\u0068\u0068\u0068\u0068\u0068\u0068\u0069\u0069\u0069\u0069\u006B\u006B\u006B\u006B\u006B\u006B\u006C\u006C\u006C\u006C\u006C\u006C\u006C\u006C\u006D\u006D\u006D\u006D\u006D\u006D\u006E\u006E\u006E\u006E\u006E\u006E\u006E\u006E\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u0070\u0070\u0070\u0070\u0072\u0072\u0072\u0072\u0072\u0072\u0072\u0072\u0073\u0073\u0073\u0073\u0073\u0073\u0073\u0073\u0073\u0073\u0074\u0074\u0074\u0074\u0074\u0074\u0074\u0074\u0075\u0075\u0075\u0075\u0075\u0075\u0075\u0075\u0075\u0075\u0076\u0076\u0076\u0076\u0077\u0077\u0077\u0077\u0077\u0077\u0077\u0077\u0077\u0077\u0078\u0078\u0078\u0078\u0079\u0079\u007A\u007A\u007A\u007A\u007A\u007A\u0068\u0074\u0077\u0079\u017F\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0065\u0065\u0065\u0065\u0065\u0065\u0065\u0065\u0065\u0065\u0065\u0065\u0065\u0065\u0065\u0065\u0069\u0069\u0069\u0069\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u006F\u0075\u0075\u0075\u0075\u0075\u0075\u0075\u0075\u0075\u0075\u0075\u0075\u0075\u0075\u0079\u0079\u0079\u0079\u0079\u0079\u0079\u0079\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B5\u03B5\u03B5\u03B5\u03B5\u03B5\u03B5\u03B5\u03B5\u03B5\u03B5\u03B5\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03BF\u03BF\u03BF\u03BF\u03BF\u03BF\u03BF\u03BF\u03BF\u03BF\u03BF\u03BF\u03C5\u03C5\u03C5\u03C5\u03C5\u03C5\u03C5\u03C5\u03C5\u03C5\u03C5\u03C5\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03B1\u03B1\u03B5\u03B5\u03B7\u03B7\u03B9\u03B9\u03BF\u03BF\u03C5\u03C5\u03C9\u03C9\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B7\u03B7\u03B7\u03B7\u03B7\u03B5\u03B5\u03B7\u03B7\u03B7\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03C5\u03C5\u03C5\u03C5\u03C1\u03C1\u03C5\u03C5\u03C5\u03C5\u03C5\u03C5\u03C1\u03C9\u03C9\u03C9\u03C9\u03C9\u03BF\u03BF\u03C9\u03C9\u03C9\u0061\u304B\u304D\u304F\u3051\u3053\u3055\u3057\u3059\u305B\u305D\u305F\u3061\u3064\u3066\u3068\u306F\u306F\u3072\u3072\u3075\u3075\u3078\u3078\u307B\u307B\u3046\u309D\u30AB\u30AD\u30AF\u30B1\u30B3\u30B5\u30B7\u30B9\u30BB\u30BD\u30BF\u30C1\u30C4\u30C6\u30C8\u30CF\u30CF\u30D2\u30D2\u30D5\u30D5\u30D8\u30D8\u30DB\u30DB\u30A6\u30EF\u30F0\u30F1\u30F2\u30FD\u05D9\u05F2\u05E9\u05E9\u05E9\u05E9\u05D0\u05D0\u05D0\u05D1\u05D2\u05D3\u05D4\u05D5\u05D6\u05D8\u05D9\u05DA\u05DB\u05DC\u05DE\u05E0\u05E1\u05E3\u05E4\u05E6\u05E7\u05E8\u05E9\u05EA\u05D5\u05D1\u05DB\u05E4";

    // Below U+0250, letters whose base is itself not ASCII (ǣ → æ, ǿ → ø): folded to that base.
    private const string LatinFrom = "\u01E2\u01E3\u01EE\u01EF\u01FC\u01FD\u01FE\u01FF";
    private const string LatinTo = "\u00E6\u00E6\u0292\u0292\u00E6\u00E6\u00F8\u00F8";

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
        for (var i = 0; i < LatinFrom.Length; i++)
            table[LatinFrom[i]] = LatinTo[i];
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
            c = Table[c];
        else if (c < '\u0300' || c > '\u036F')
        {
            var at = BinarySearch(c);
            if (at >= 0)
                c = DecomposedTo[at];
        }
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
            first = c;
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

    private static int BinarySearch(char c)
    {
        int low = 0, high = DecomposedFrom.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            var found = DecomposedFrom[middle];
            if (found == c)
                return middle;
            if (found < c)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return -1;
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
            // Most of a name is ASCII letters and digits: folded by the table, no white space, no ligature.
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))
            {
                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }
                buffer[length++] = Table[c];
                continue;
            }
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
