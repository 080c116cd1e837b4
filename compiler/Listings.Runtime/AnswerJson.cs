using System;
using System.Collections.Generic;
using System.Globalization;
#if NET8_0_OR_GREATER
using System.Text.Encodings.Web;
using System.Text.Json;
#endif

namespace Listings.Runtime;

/// <summary>
/// The <c>--jsonl</c> answer, as other tools read it: <c>{"id", "name", "on", "status",
/// "classifications": [{"list", "annex", "entry", "via", "acts": [{"mark", "title", "in_force"}]}],
/// "exceptions": [...], "notes": [...]}</c>. These names are a contract; do not rename them.
/// The one writer of that contract: <c>listings classify --jsonl</c> calls it, and so do
/// <c>ClassificationAnswerJsonConverter</c> and <c>ListingsJsonContext</c> (net8.0 build).
/// docs/jsonl/answer.schema.json documents it.
/// </summary>
public static class AnswerJson
{
    /// <summary>The status as the contract writes it: <c>listed</c>, <c>exempted</c>, <c>not-listed</c>.</summary>
    public static string Status(ClassificationStatus status) => status switch
    {
        ClassificationStatus.Listed => "listed",
        ClassificationStatus.Exempted => "exempted",
        ClassificationStatus.Undetermined => "undetermined",
        _ => "not-listed",
    };

    /// <summary>How a name reached its entry as the contract writes it: <c>name</c>, <c>alias</c>, <c>salt</c>…</summary>
    public static string Via(Via via) => via switch
    {
        Runtime.Via.Name => "name",
        Runtime.Via.Alias => "alias",
        Runtime.Via.Salt => "salt",
        Runtime.Via.Isomer => "isomer",
        Runtime.Via.Ester => "ester",
        Runtime.Via.Ether => "ether",
        Runtime.Via.Derivative => "derivative",
        Runtime.Via.Plant => "plant",
        Runtime.Via.Genus => "genus",
        Runtime.Via.Intermediate => "intermediate",
        Runtime.Via.Product => "product",
        _ => "preparation",
    };

#if NET8_0_OR_GREATER
    /// <summary>
    /// How the contract's bytes are written: UTF-8, not indented, text escaped only where JSON requires
    /// it (<c>"cocaïne"</c> stays readable). A <see cref="Utf8JsonWriter"/> made with these options
    /// writes what <c>--jsonl</c> writes.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Serializer options that write answers exactly as <c>--jsonl</c> does (with <c>"id": null</c>):
    /// <c>JsonSerializer.Serialize(answer, AnswerJson.SerializerOptions)</c>. Source-generated
    /// (<see cref="ListingsJsonContext"/>): no reflection, trimming- and AOT-safe.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new(ListingsJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One answer object, with the query's id (null when the query had none).</summary>
    public static void Write(Utf8JsonWriter w, JsonElement? id, ClassificationAnswer answer)
    {
        w.WriteStartObject();
        WriteId(w, id);
        w.WriteString("name", answer.Name);
        w.WriteString("on", Iso(answer.On));
        w.WriteString("status", Status(answer.Status));
        w.WriteStartArray("classifications");
        foreach (var c in answer.Classifications)
        {
            w.WriteStartObject();
            w.WriteString("list", c.List);
            w.WriteString("annex", c.Annex);
            w.WriteString("entry", c.Entry);
            w.WriteString("via", Via(c.Via));
            w.WriteStartArray("acts");
            foreach (var act in c.Acts)
            {
                w.WriteStartObject();
                w.WriteString("mark", act.Mark);
                w.WriteString("title", act.Title);
                WriteInForce(w, act.InForce, act.InForceAssumed);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("location", c.Location);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("exceptions");
        foreach (var e in answer.Exceptions)
        {
            w.WriteStartObject();
            w.WriteString("list", e.List);
            w.WriteString("annex", e.Annex);
            w.WriteString("entry", e.Entry);
            w.WriteString("text", e.Text);
            w.WriteBoolean("applied", e.Applied);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("undetermined");
        foreach (var u in answer.Undetermined)
        {
            w.WriteStartObject();
            w.WriteString("list", u.List);
            w.WriteString("annex", u.Annex);
            w.WriteString("entry", u.Entry);
            w.WriteString("via", Via(u.Via));
            w.WriteString("reason", Doubts.Id(u.Reason));
            w.WriteString("why", u.Why);
            w.WriteString("would_decide", u.WouldDecide);
            w.WriteString("location", u.Location);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("incomplete");
        foreach (var act in answer.Incomplete)
        {
            w.WriteStartObject();
            w.WriteString("act", act.Act);
            w.WriteString("title", act.Title);
            WriteStrings(w, "lists", act.Lists);
            WriteInForce(w, act.InForce, act.InForceAssumed);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("interpretations");
        foreach (var i in answer.Interpretations)
        {
            w.WriteStartObject();
            w.WriteString("list", i.List);
            w.WriteString("annex", i.Annex);
            w.WriteString("entry", i.Entry);
            w.WriteString("act", i.Act);
            w.WriteString("reading", i.Reading);
            WriteStrings(w, "words", i.Words);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("regimes");
        foreach (var r in answer.Regimes)
        {
            w.WriteStartObject();
            w.WriteString("act", r.Act);
            w.WriteString("title", r.Title);
            w.WriteString("rules", r.Whole ? "whole" : "part");
            w.WriteString("applies_to", r.AppliesTo);
            WriteStrings(w, "names", r.Names);
            if (r.Route == RegimeRoute.Any)
                w.WriteNull("route");
            else
                w.WriteString("route", r.Route == RegimeRoute.Oral ? "oral" : "injectable");
            WriteInForce(w, r.InForce, r.InForceAssumed);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("notes");
        foreach (var note in answer.Notes)
            w.WriteStringValue(note.Text);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary><c>"in_force": "yyyy-mm-dd"</c> (null when unknown), and <c>"in_force_assumed": true</c> when the text gives no date.</summary>
    private static void WriteInForce(Utf8JsonWriter w, DateTime? inForce, bool assumed)
    {
        if (inForce is { } day)
            w.WriteString("in_force", Iso(day));
        else
            w.WriteNull("in_force");
        if (assumed)
            w.WriteBoolean("in_force_assumed", true);
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
            w.WriteStringValue(value);
        w.WriteEndArray();
    }

    /// <summary><c>{"id", "line", "error"}</c>: the query's id when it could be read, else null; the input line number, from 1.</summary>
    public static void WriteError(Utf8JsonWriter w, JsonElement? id, int line, string error)
    {
        w.WriteStartObject();
        WriteId(w, id);
        w.WriteNumber("line", line);
        w.WriteString("error", error);
        w.WriteEndObject();
    }

    /// <summary>The query's id, as the query wrote it (a string stays a string, a number a number).</summary>
    private static void WriteId(Utf8JsonWriter w, JsonElement? id)
    {
        w.WritePropertyName("id");
        if (id is { } value)
            value.WriteTo(w);
        else
            w.WriteNullValue();
    }

#endif

    /// <summary>yyyy-mm-dd, invariant.</summary>
    internal static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
