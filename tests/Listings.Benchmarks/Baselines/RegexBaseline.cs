using System.Text.RegularExpressions;

namespace Listings.Benchmarks.Baselines;

/// <summary>What a user would write instead of the classifiers: one source-generated regex of every name and alias.</summary>
internal static partial class RegexBaseline
{
    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex AnyListedName();
}
