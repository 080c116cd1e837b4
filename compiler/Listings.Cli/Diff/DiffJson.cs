using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Listings.Compiler.Diff;
using Listings.Compiler.Model;

namespace Listings.Cli.Diff;

/// <summary>For machines: the same report, as one JSON document.</summary>
internal static class DiffJson
{
    public static void Write(DiffReport report, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("from", report.BeforeLabel);
        w.WriteString("to", report.AfterLabel);
        w.WriteBoolean("changed", !report.IsEmpty);
        foreach (var (kind, name) in new[]
        {
            (ChangeKind.Added, "added"), (ChangeKind.Removed, "removed"), (ChangeKind.Moved, "moved"),
            (ChangeKind.ExceptionsChanged, "exceptions_changed"), (ChangeKind.AliasesChanged, "aliases_changed"),
            (ChangeKind.UndeterminedChanged, "undetermined_changed"),
        })
        {
            w.WriteStartArray(name);
            foreach (var c in DiffSections.Of(report, kind))
            {
                w.WriteStartObject();
                w.WriteString("entry", c.Entry.Title);
                if (c.Before is not null)
                    Place(w, "before", c.Before);
                if (c.After is not null)
                    Place(w, "after", c.After);
                if (DiffSections.ActOf(c) is { } act)
                {
                    w.WritePropertyName("act");
                    Act(w, act);
                }
                if (c.Removed.Count > 0 || c.Added.Count > 0)
                {
                    w.WriteStartArray("removed_items");
                    foreach (var item in c.Removed)
                        w.WriteStringValue(item);
                    w.WriteEndArray();
                    w.WriteStartArray("added_items");
                    foreach (var item in c.Added)
                        w.WriteStringValue(item);
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteStartArray("acts_added");
        foreach (var act in report.ActsAdded)
            Act(w, act);
        w.WriteEndArray();
        w.WriteStartArray("incomplete");
        foreach (var act in report.Incomplete)
            Act(w, act);
        w.WriteEndArray();
        w.WriteStartArray("impact");
        foreach (var i in report.Impact)
        {
            w.WriteStartObject();
            w.WriteString("name", i.Name);
            w.WriteString("entry", i.Entry);
            w.WriteString("before", i.Before);
            w.WriteString("after", i.After);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void Place(Utf8JsonWriter w, string name, EntryState entry)
    {
        w.WriteStartObject(name);
        w.WriteString("list", entry.ListId);
        w.WriteString("annex", entry.AnnexId);
        w.WriteString("location", entry.Location);
        w.WriteEndObject();
    }

    private static void Act(Utf8JsonWriter w, ActModel act)
    {
        w.WriteStartObject();
        w.WriteString("mark", act.Label);
        w.WriteString("title", act.Title);
        w.WriteString("signed", DiffSections.Day(act.Signed, "inconnue"));
        w.WriteString("published", DiffSections.Day(act.Published, "inconnu"));
        if (act.InForce.IsKnown)
            w.WriteString("in_force", act.InForce.Iso);
        else
            w.WriteNull("in_force");
        w.WriteBoolean("in_force_assumed", act.InForceAssumed);
        w.WriteString("location", act.Location.ToString());
        w.WriteEndObject();
    }
}
