using System.IO;
using System.Linq;
using Listings.Compiler.Diff;

namespace Listings.Cli.Diff;

/// <summary>The default, for a terminal.</summary>
internal static class DiffText
{
    public static void Write(DiffReport report, TextWriter w)
    {
        w.WriteLine($"{report.BeforeLabel} → {report.AfterLabel}: {DiffSections.Summary(report)}");
        foreach (var (kind, title) in DiffSections.Order)
        {
            var changes = DiffSections.Of(report, kind).ToList();
            if (changes.Count == 0)
                continue;
            w.WriteLine();
            w.WriteLine(title);
            foreach (var c in changes)
            {
                var place = c.Kind == ChangeKind.Moved ? $"{c.Before!.Place} → {c.After!.Place}" : c.Entry.Place;
                w.WriteLine($"  {Mark(kind)} {c.Entry.Title} — {place} — {DiffSections.Act(DiffSections.ActOf(c))}");
                foreach (var removed in c.Removed)
                    w.WriteLine($"      - {removed}");
                foreach (var added in c.Added)
                    w.WriteLine($"      + {added}");
                if (c.Before is not null && c.After is not null && c.Before.Location != c.After.Location)
                    w.WriteLine($"      {c.Before.Location} → {c.After.Location}");
                else
                    w.WriteLine($"      {c.Entry.Location}");
            }
        }
        if (report.ActsAdded.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Acts added");
            foreach (var act in report.ActsAdded)
                w.WriteLine($"  + {DiffSections.Act(act)} « {act.Title} »  {act.Location}");
        }
        if (report.Incomplete.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Acts of unknown content (the lists may be incomplete)");
            foreach (var act in report.Incomplete)
                w.WriteLine($"  ? {DiffSections.Act(act)} « {act.Title} »  {act.Location}");
        }
        if (report.Impact.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Classification impact");
            foreach (var i in report.Impact)
                w.WriteLine($"  {i.Name}: {i.Before} → {i.After}");
        }
    }

    private static string Mark(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "+",
        ChangeKind.Removed => "-",
        ChangeKind.Moved => ">",
        _ => "~",
    };
}
