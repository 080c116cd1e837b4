namespace Listings.Runtime;

/// <summary>
/// Spacing, hyphens, apostrophes and full stops never change a name: "Alpha methyl fentanyl",
/// "alpha-méthylfentanyl" and "Alphaméthylfentanyl" are one name, "LSD 25", "LSD25" and "LSD-25"
/// too, "loflazepate d ethyle" is "Loflazépate d’éthyle", "Cannabis sativa L" is "Cannabis sativa
/// L.". Every other character counts: digits, commas, parentheses, signs ("2,5" is not "25").
/// </summary>
internal static class Spelling
{
    /// <summary>Whether a folded character is left out of the key a name is found by.</summary>
    public static bool Ignored(char c) =>
        c <= '.'
            ? c is ' ' or '-' or '\'' or '.'
            // soft hyphen; hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar; minus sign
            : c >= '\u00AD' && (c == '\u00AD' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212');
}
