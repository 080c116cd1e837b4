using System.Text.RegularExpressions;
using Listings.Runtime;

namespace Listings.Tests.Support;

/// <summary>
/// Compares names the way the project keys them: folded by the project's own folding (no case, no
/// accents, one apostrophe), with white space collapsed, so a test never disagrees with the parser
/// about what "the same name" is.
/// </summary>
public static class NameFolding
{
    public static string Fold(string text) => TextFolding.Fold(text);

    /// <summary>Folded, every run of white space (non-breaking spaces included) made one space, trimmed.</summary>
    public static string Key(string text) => Regex.Replace(Fold(text), @"\s+", " ").Trim();
}
