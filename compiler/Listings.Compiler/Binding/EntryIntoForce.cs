using Listings.Grammar.Syntax;
using Listings.Runtime;

namespace Listings.Compiler.Binding;

/// <summary>
/// When an act starts to apply. The general rule of French law: the day after its publication in the
/// Journal officiel, unless the act sets another date. Where the text gives no publication date, the
/// act cannot apply before the day after its signature; that lower bound is used and marked assumed.
/// </summary>
public static class EntryIntoForce
{
    public static (CalendarDay Date, bool Assumed) Of(ActSyntax act)
    {
        var rule = act.EntryIntoForce;
        if (rule is { Kind: EntryIntoForceKind.Date, Date: { IsKnown: true } explicitDate })
            return (explicitDate.Value, false);
        if (rule is not { Kind: EntryIntoForceKind.Unknown } && act.Published is { IsKnown: true } published)
            return (published.Value.Next(), false);
        if (act.Signed.IsKnown)
            return (act.Signed.Value.Next(), true);
        return (CalendarDay.Unknown, true);
    }
}
