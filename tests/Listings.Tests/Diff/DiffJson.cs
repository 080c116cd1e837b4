using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Listings.Tests.Diff;

/// <summary>Reading the report of <c>listings diff --format json</c>.</summary>
internal static class DiffJson
{
    /// <summary>The sections of entry changes, as the JSON names them.</summary>
    public static readonly string[] ChangeSections = { "added", "removed", "moved", "exceptions_changed", "aliases_changed" };

    public static string Str(this JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new InvalidOperationException($"\"{name}\" is null in {element}");

    public static IReadOnlyList<JsonElement> Items(this JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().ToList();

    public static IReadOnlyList<string> Strings(this JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>"stupefiants I": where an entry stands before or after the change.</summary>
    public static string Place(this JsonElement change, string side) =>
        change.GetProperty(side).Str("list") + " " + change.GetProperty(side).Str("annex");

    /// <summary>The one change of <paramref name="section"/> about <paramref name="entry"/>.</summary>
    public static JsonElement Change(this JsonElement report, string section, string entry) =>
        report.Items(section).Single(c => c.Str("entry") == entry);

    /// <summary>The impact rows of one name.</summary>
    public static JsonElement Impact(this JsonElement report, string name) =>
        report.Items("impact").Single(i => i.Str("name") == name);
}
