using Listings.Grammar.Text;
using Listings.Runtime;

namespace Listings.Grammar.Syntax;

/// <summary>A date as an act gives it, or an explicit "unknown" where the text gives none.</summary>
public sealed record LegalDate(bool IsKnown, int Year, int Month, int Day, SourceSpan Span)
{
    public static LegalDate Unknown(SourceSpan span) => new(false, 0, 0, 0, span);

    /// <summary>The day, or <see cref="CalendarDay.Unknown"/>.</summary>
    public CalendarDay Value => IsKnown ? CalendarDay.Of(Year, Month, Day) : CalendarDay.Unknown;

    /// <summary>ISO 8601 (<c>1990-02-22</c>), or <c>inconnue</c>.</summary>
    public string Iso => IsKnown ? Value.Iso : "inconnue";

    public override string ToString() => Iso;
}
