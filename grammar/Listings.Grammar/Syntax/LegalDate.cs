using System.Globalization;
using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

/// <summary>A date as an act gives it, or an explicit "unknown" where the text gives none.</summary>
public sealed record LegalDate(bool IsKnown, int Year, int Month, int Day, SourceSpan Span)
{
    public static LegalDate Unknown(SourceSpan span) => new(false, 0, 0, 0, span);

    /// <summary>ISO 8601 (<c>1990-02-22</c>), or <c>inconnue</c>.</summary>
    public string Iso => IsKnown
        ? string.Format(CultureInfo.InvariantCulture, "{0:0000}-{1:00}-{2:00}", Year, Month, Day)
        : "inconnue";

    public override string ToString() => Iso;
}
