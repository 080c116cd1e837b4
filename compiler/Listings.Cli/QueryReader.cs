using System;
using System.Globalization;
using System.Text.Json;
using Listings.Runtime;

namespace Listings.Cli;

/// <summary>
/// Reads a query of the <c>--jsonl</c> contract: <c>{"id": "q1", "name": "…", "on": "2024-01-01",
/// "preparation": {"route": "oral", "per_unit": {"diphénoxylate": "2.5 mg"}}, "thc_percent": 0.2,
/// "catalogue_variety": true}</c>; only <c>name</c> is required, <c>on</c> defaults to today.
/// A malformed query is a <see cref="FormatException"/> with a message for the answer's <c>error</c>.
/// </summary>
public static class QueryReader
{
    public static (JsonElement? Id, ClassificationQuery Query) Read(JsonElement root, DateTime today)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new FormatException("a query is a JSON object");
        if (!root.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
            throw new FormatException("'name' is required and must be a non-empty string");
        var on = today;
        if (root.TryGetProperty("on", out var onValue) && onValue.ValueKind != JsonValueKind.Null)
            on = ParseDate(onValue.ValueKind == JsonValueKind.String ? onValue.GetString()! : onValue.ToString());
        var query = new ClassificationQuery(name.GetString()!, on);
        if (root.TryGetProperty("preparation", out var preparation) && preparation.ValueKind != JsonValueKind.Null)
        {
            if (preparation.ValueKind != JsonValueKind.Object)
                throw new FormatException("'preparation' must be an object");
            if (preparation.TryGetProperty("route", out var route) && route.ValueKind != JsonValueKind.Null)
                query.Route = ParseRoute(route.ValueKind == JsonValueKind.String ? route.GetString()! : route.ToString());
            if (preparation.TryGetProperty("per_unit", out var perUnit) && perUnit.ValueKind != JsonValueKind.Null)
            {
                if (perUnit.ValueKind != JsonValueKind.Object)
                    throw new FormatException("'per_unit' must be an object of substance → quantity");
                foreach (var amount in perUnit.EnumerateObject())
                    query.PerUnit[amount.Name] = ParseAmount(amount.Value.ValueKind == JsonValueKind.String ? amount.Value.GetString()! : amount.Value.ToString());
            }
        }
        if (root.TryGetProperty("thc_percent", out var thc) && thc.ValueKind != JsonValueKind.Null)
        {
            if (thc.ValueKind != JsonValueKind.Number || !thc.TryGetDecimal(out var percent))
                throw new FormatException("'thc_percent' must be a number");
            query.ThcPercent = percent;
        }
        if (root.TryGetProperty("catalogue_variety", out var catalogued) && catalogued.ValueKind != JsonValueKind.Null)
        {
            if (catalogued.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                throw new FormatException("'catalogue_variety' must be true or false");
            query.CatalogueVariety = catalogued.GetBoolean();
        }
        return (TryReadId(root), query);
    }

    /// <summary>The id of a query, when one can be read, so that its error answer can name it.</summary>
    public static JsonElement? TryReadId(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var id) && id.ValueKind != JsonValueKind.Null
            ? id.Clone()
            : null;

    public static DateTime ParseDate(string text)
    {
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new FormatException($"'{text}' is not a date (expected yyyy-mm-dd)");
    }

    public static QueryRoute ParseRoute(string text) => text.Trim().ToLowerInvariant() switch
    {
        "oral" or "orale" => QueryRoute.Oral,
        "injectable" => QueryRoute.Injectable,
        "other" or "autre" => QueryRoute.Other,
        _ => throw new FormatException($"'{text}' is not a route (expected oral, injectable or other)"),
    };

    public static decimal ParseAmount(string text) =>
        Classifier.TryParseMilligrams(text, out var mg)
            ? mg
            : throw new FormatException($"'{text}' is not a mass (expected a number and µg, mg, g or kg, e.g. \"2.5 mg\")");

    /// <summary>A percentage as typed: "0,30", "0.30" or "0.30 %"; never read with thousands separators.</summary>
    public static decimal ParsePercent(string text)
    {
        var s = text.Trim().TrimEnd('%').Trim().Replace(',', '.');
        if (s.Length > 0 && s.IndexOf('.') == s.LastIndexOf('.')
            && decimal.TryParse(s, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value))
            return value;
        throw new FormatException($"'{text}' is not a percentage (expected a number such as 0,30 or 0.30)");
    }

    /// <summary><c>X=2.5 mg</c> from the command line.</summary>
    public static (string Substance, decimal Milligrams) ParsePerUnit(string text)
    {
        var equals = text.LastIndexOf('=');
        if (equals <= 0)
            throw new FormatException($"'{text}' is not a per-unit amount (expected \"substance=2.5 mg\")");
        return (text.Substring(0, equals).Trim(), ParseAmount(text.Substring(equals + 1)));
    }
}
