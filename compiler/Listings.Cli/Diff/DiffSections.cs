using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Diff;
using Listings.Compiler.Model;
using Listings.Runtime;

namespace Listings.Cli.Diff;

/// <summary>The report's sections in reading order, and the wording every format shares.</summary>
internal static class DiffSections
{
    public static readonly (ChangeKind Kind, string Title)[] Order =
    {
        (ChangeKind.Added, "Added"),
        (ChangeKind.Removed, "Removed"),
        (ChangeKind.Moved, "Moved between annexes or lists"),
        (ChangeKind.ExceptionsChanged, "Exceptions and extensions changed"),
        (ChangeKind.AliasesChanged, "Aliases changed"),
        (ChangeKind.UndeterminedChanged, "Undetermined by the sources, changed"),
    };

    public static IEnumerable<EntryChange> Of(DiffReport report, ChangeKind kind) => report.Changes.Where(c => c.Kind == kind);

    public static string Summary(DiffReport report)
    {
        int Count(ChangeKind kind) => report.Changes.Count(c => c.Kind == kind);
        return $"{Count(ChangeKind.Added)} added, {Count(ChangeKind.Removed)} removed, {Count(ChangeKind.Moved)} moved, "
            + $"{Count(ChangeKind.ExceptionsChanged)} with exceptions or extensions changed, {Count(ChangeKind.AliasesChanged)} with aliases changed, "
            + $"{Count(ChangeKind.UndeterminedChanged)} with what the sources leave undetermined changed, "
            + $"{report.ActsAdded.Count} act{(report.ActsAdded.Count == 1 ? "" : "s")} added";
    }

    /// <summary>"(26) arrêté du 2008-02-28, JO 2008-03-07, in force 2008-03-08".</summary>
    public static string Act(ActModel? act)
    {
        if (act is null)
            return "no act";
        var kind = act.Kind switch
        {
            Grammar.Syntax.ActKind.Arrete => "arrêté",
            Grammar.Syntax.ActKind.Decret => "décret",
            _ => "décision",
        };
        return $"{act.Label} {kind} du {Day(act.Signed, "inconnue")}, JO {Day(act.Published, "inconnu")}, {InForce(act)}";
    }

    public static string InForce(ActModel act) =>
        !act.InForce.IsKnown ? "in force on an unknown date"
        : (act.InForceAssumed ? "in force at the earliest " : "in force ") + act.InForce.Iso;

    /// <summary>A day in ISO 8601, or what to print when the text does not give it.</summary>
    public static string Day(CalendarDay day, string unknown) => day.IsKnown ? day.Iso : unknown;

    /// <summary>The act behind a change (see <see cref="EntryChange.Act"/>).</summary>
    public static ActModel? ActOf(EntryChange change) => change.Act;
}
