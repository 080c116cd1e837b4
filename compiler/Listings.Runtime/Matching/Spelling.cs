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
    public static bool Ignored(char c) => c switch
    {
        ' ' or '-' or '\'' or '.' => true,
        // hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, soft hyphen
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u00AD' => true,
        _ => false,
    };
}
