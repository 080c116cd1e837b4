using System;
using Listings.Grammar.Syntax;

namespace Listings.Compiler.Binding;

/// <summary>
/// When an act starts to apply. The general rule of French law: the day after its publication in the
/// Journal officiel, unless the act sets another date. Where the text gives no publication date, the
/// act cannot apply before the day after its signature; that lower bound is used and marked assumed.
/// </summary>
public static class EntryIntoForce
{
    public static (int Date, bool Assumed) Of(ActSyntax act)
    {
        var rule = act.EntryIntoForce;
        if (rule is { Kind: EntryIntoForceKind.Date, Date: { IsKnown: true } explicitDate })
            return (ToInt(explicitDate), false);
        if (rule is not { Kind: EntryIntoForceKind.Unknown } && act.Published is { IsKnown: true } published)
            return (DayAfter(published), false);
        if (act.Signed.IsKnown)
            return (DayAfter(act.Signed), true);
        return (0, true);
    }

    public static int ToInt(LegalDate date) => date.Year * 10000 + date.Month * 100 + date.Day;

    private static int DayAfter(LegalDate date)
    {
        // The calendar's last day has no day after: the act applies from that day (found by fuzzing).
        if (date.Year == 9999 && date.Month == 12 && date.Day == 31)
            return ToInt(date);
        var next = new DateTime(date.Year, date.Month, date.Day).AddDays(1);
        return next.Year * 10000 + next.Month * 100 + next.Day;
    }
}
