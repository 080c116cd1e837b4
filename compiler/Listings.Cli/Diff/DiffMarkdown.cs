using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Listings.Compiler.Diff;

namespace Listings.Cli.Diff;

/// <summary>For pull-request comments: a summary line, then one table per section.</summary>
internal static class DiffMarkdown
{
    public static void Write(DiffReport report, TextWriter w)
    {
        w.WriteLine($"**{Cell(report.BeforeLabel)} → {Cell(report.AfterLabel)}**: {DiffSections.Summary(report)}.");
        foreach (var (kind, title) in DiffSections.Order)
        {
            w.WriteLine();
            w.WriteLine($"### {title}");
            var changes = DiffSections.Of(report, kind).ToList();
            if (changes.Count == 0)
            {
                w.WriteLine("None.");
                continue;
            }
            switch (kind)
            {
                case ChangeKind.Added:
                case ChangeKind.Removed:
                    Table(w, new[] { "Entry", "List and annex", "Act", "Source" },
                        changes.Select(c => new[] { c.Entry.Title, c.Entry.Place, DiffSections.Act(DiffSections.ActOf(c)), c.Entry.Location }));
                    break;
                case ChangeKind.Moved:
                    Table(w, new[] { "Entry", "From", "To", "Act", "Source before", "Source after" },
                        changes.Select(c => new[] { c.Entry.Title, c.Before!.Place, c.After!.Place, DiffSections.Act(DiffSections.ActOf(c)), c.Before.Location, c.After.Location }));
                    break;
                default:
                    Table(w, new[] { "Entry", "List and annex", "Removed", "Added", "Act", "Source before", "Source after" },
                        changes.Select(c => new[]
                        {
                            c.Entry.Title, c.Entry.Place, string.Join("; ", c.Removed), string.Join("; ", c.Added),
                            DiffSections.Act(DiffSections.ActOf(c)), c.Before!.Location, c.After!.Location,
                        }));
                    break;
            }
        }
        w.WriteLine();
        w.WriteLine("### Acts added");
        if (report.ActsAdded.Count == 0)
            w.WriteLine("None.");
        else
            Table(w, new[] { "Act", "Title", "Signed", "JO", "In force", "Source" },
                report.ActsAdded.Select(a => new[] { a.Label, a.Title, DiffSections.Day(a.Signed, "inconnue"), DiffSections.Day(a.Published, "inconnu"), DiffSections.InForce(a), a.Location.ToString() }));
        w.WriteLine();
        w.WriteLine("### Acts of unknown content (the lists may be incomplete)");
        if (report.Incomplete.Count == 0)
            w.WriteLine("None.");
        else
            Table(w, new[] { "Act", "Title", "Signed", "JO", "In force", "Source" },
                report.Incomplete.Select(a => new[] { a.Label, a.Title, DiffSections.Day(a.Signed, "inconnue"), DiffSections.Day(a.Published, "inconnu"), DiffSections.InForce(a), a.Location.ToString() }));
        w.WriteLine();
        w.WriteLine("### Classification impact");
        if (report.Impact.Count == 0)
            w.WriteLine("None.");
        else
            Table(w, new[] { "Name", "Entry", "Before", "After" }, report.Impact.Select(i => new[] { i.Name, i.Entry, i.Before, i.After }));
    }

    private static void Table(TextWriter w, string[] headers, IEnumerable<string[]> rows)
    {
        w.WriteLine("| " + string.Join(" | ", headers) + " |");
        w.WriteLine("|" + string.Concat(headers.Select(_ => "---|")));
        foreach (var row in rows)
            w.WriteLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
    }

    /// <summary>
    /// Listing text inside markdown (a table cell, the summary line). Every character that means
    /// something inline in GitHub's markdown is backslash-escaped, so that text from a listing is shown
    /// as written and never becomes markup: <c>|</c> (a cell's end), <c>`</c>, <c>*</c>, <c>_</c>,
    /// <c>~</c> (code, emphasis, strikethrough), <c>[ ] !</c> (links, images), <c>&lt; &gt; &amp;</c>
    /// (HTML such as <c>&lt;details&gt;</c>, entities), <c>@ #</c> (mentions, issue links), <c>$</c>
    /// (math), <c>\</c>; line breaks become spaces.
    /// </summary>
    public static string Cell(string text)
    {
        var b = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '|' or '`' or '*' or '_' or '~' or '[' or ']' or '!' or '<' or '>' or '&' or '@' or '#' or '$')
                b.Append('\\').Append(c);
            else if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
                b.Append(' ');
            else
                b.Append(c);
        }
        return b.ToString();
    }
}
