using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Listings.Runtime;

namespace Listings.Cli;

/// <summary>One per-unit content of a preparation: a substance as the user names it, in milligrams.</summary>
public sealed record PerUnitAmount(string Substance, decimal Milligrams);

/// <summary>
/// Reads a query of the <c>--jsonl</c> contract: <c>{"id": "q1", "name": "…", "on": "2024-01-01",
/// "preparation": {"route": "oral", "per_unit": {"diphénoxylate": "2.5 mg"}}, "thc_percent": 0.2,
/// "catalogue_variety": true}</c>; only <c>name</c> is required, <c>on</c> defaults to today.
/// Strict, because a mistake taken for data gives a wrong verdict: an unknown member, a negative or
/// absurd quantity, two names of one substance in <c>per_unit</c> are errors, not guesses. The command
/// line's options go through the same checks. A malformed query is a <see cref="FormatException"/>
/// with a message for the answer's <c>error</c>.
/// </summary>
public static class QueryReader
{
    /// <summary>No unit of a preparation (a tablet, an ampoule) holds a kilogram of anything: above that, a typing mistake.</summary>
    public const decimal MaxMilligramsPerUnit = 1_000_000m;

    private static readonly string[] QueryMembers = { "id", "name", "on", "preparation", "thc_percent", "catalogue_variety" };
    private static readonly string[] PreparationMembers = { "route", "per_unit" };

    public static (JsonElement? Id, ClassificationQuery Query) Read(JsonElement root, DateTime today)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new FormatException("a query is a JSON object");
        RejectUnknownMembers(root, QueryMembers, "a query");
        if (root.TryGetProperty("id", out var id) && id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null))
            throw new FormatException("'id' must be a string or a number");
        if (id.ValueKind == JsonValueKind.String && !IsText(id))
            throw new FormatException("'id' is not text: it has an escaped half of a surrogate pair (\\ud800 to \\udfff) without the other half");
        if (!root.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
            throw new FormatException("'name' is required and must be a non-empty string");
        var on = today;
        if (root.TryGetProperty("on", out var onValue) && onValue.ValueKind != JsonValueKind.Null)
        {
            if (onValue.ValueKind != JsonValueKind.String)
                throw new FormatException("'on' must be a date as a string, \"yyyy-mm-dd\"");
            on = ParseDate(onValue.GetString()!);
        }
        var query = new ClassificationQuery(name.GetString()!, on);
        if (root.TryGetProperty("preparation", out var preparation) && preparation.ValueKind != JsonValueKind.Null)
        {
            if (preparation.ValueKind != JsonValueKind.Object)
                throw new FormatException("'preparation' must be an object");
            RejectUnknownMembers(preparation, PreparationMembers, "'preparation'");
            if (preparation.TryGetProperty("route", out var route) && route.ValueKind != JsonValueKind.Null)
            {
                if (route.ValueKind != JsonValueKind.String)
                    throw new FormatException("'route' must be \"oral\", \"injectable\" or \"other\"");
                query.Route = ParseRoute(route.GetString()!);
            }
            if (preparation.TryGetProperty("per_unit", out var perUnit) && perUnit.ValueKind != JsonValueKind.Null)
            {
                if (perUnit.ValueKind != JsonValueKind.Object)
                    throw new FormatException("'per_unit' must be an object of substance → quantity, e.g. {\"diphénoxylate\": \"2.5 mg\"}");
                var amounts = perUnit.EnumerateObject().Select(amount => new PerUnitAmount(CheckSubstance(amount.Name),
                    amount.Value.ValueKind == JsonValueKind.String
                        ? ParseAmount(amount.Value.GetString()!)
                        : throw new FormatException($"the quantity of '{amount.Name}' must be a string with its unit, e.g. \"2.5 mg\"")));
                AddPerUnit(query, amounts);
            }
        }
        if (root.TryGetProperty("thc_percent", out var thc) && thc.ValueKind != JsonValueKind.Null)
        {
            if (thc.ValueKind != JsonValueKind.Number || !thc.TryGetDecimal(out var percent))
                throw new FormatException("'thc_percent' must be a number");
            query.ThcPercent = CheckPercent(percent, thc.GetRawText());
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
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var id) ? TryReadIdValue(id) : null;

    /// <summary>An id value that can be written back: a number, or a string whose escapes are text (not a lone surrogate).</summary>
    public static JsonElement? TryReadIdValue(JsonElement id) =>
        id.ValueKind is JsonValueKind.Number || (id.ValueKind is JsonValueKind.String && IsText(id)) ? id.Clone() : null;

    private static bool IsText(JsonElement text)
    {
        try
        {
            text.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// Adds per-unit contents, refusing two names of one substance: <c>diphénoxylate</c> and
    /// <c>DIPHENOXYLATE</c> fold to one key for the classifier, so one of the two quantities would be
    /// silently dropped, and which one would depend on their order.
    /// </summary>
    public static void AddPerUnit(ClassificationQuery query, IEnumerable<PerUnitAmount> amounts)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var amount in amounts)
        {
            var key = TextFolding.NameKey(amount.Substance);
            if (seen.TryGetValue(key, out var earlier))
                throw new FormatException(earlier == amount.Substance
                    ? $"'{amount.Substance}' is given twice in the per-unit contents"
                    : $"'{earlier}' and '{amount.Substance}' name the same substance in the per-unit contents: give it once");
            seen[key] = amount.Substance;
            query.PerUnit[amount.Substance] = amount.Milligrams;
        }
    }

    public static DateTime ParseDate(string text)
    {
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new FormatException($"'{text}' is not a date (expected yyyy-mm-dd, e.g. 2024-01-01)");
    }

    public static QueryRoute ParseRoute(string text) => text.Trim().ToLowerInvariant() switch
    {
        "oral" or "orale" => QueryRoute.Oral,
        "injectable" => QueryRoute.Injectable,
        "other" or "autre" => QueryRoute.Other,
        _ => throw new FormatException($"'{text}' is not a route (expected oral, injectable or other)"),
    };

    /// <summary>A per-unit mass, "2.5 mg" or "2,5 mg" (µg, mg, g, kg): not negative, and at most a kilogram.</summary>
    public static decimal ParseAmount(string text)
    {
        if (text.TrimStart().StartsWith("-", StringComparison.Ordinal))
            throw new FormatException($"'{text}' is negative: a quantity is 0 or more");
        if (!Classifier.TryParseMilligrams(text, out var mg))
            throw new FormatException($"'{text}' is not a mass (expected a number and µg, mg, g or kg, e.g. \"2.5 mg\")");
        if (mg > MaxMilligramsPerUnit)
            throw new FormatException($"'{text}' is more than 1 kg per unit: not a preparation's unit (check the unit)");
        return mg;
    }

    /// <summary>A percentage as typed: "0,30", "0.30" or "0.30 %"; never read with thousands separators.</summary>
    public static decimal ParsePercent(string text)
    {
        var s = text.Trim().TrimEnd('%').Trim().Replace(',', '.');
        var negative = s.StartsWith("-", StringComparison.Ordinal);
        var digits = negative ? s.Substring(1) : s;
        if (digits.Length > 0 && digits.IndexOf('.') == digits.LastIndexOf('.')
            && decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return CheckPercent(negative ? -value : value, text);
        throw new FormatException($"'{text}' is not a percentage (expected a number such as 0,30 or 0.30)");
    }

    /// <summary><c>X=2.5 mg</c> from the command line.</summary>
    public static PerUnitAmount ParsePerUnit(string text)
    {
        var equals = text.LastIndexOf('=');
        if (equals <= 0)
            throw new FormatException($"'{text}' is not a per-unit amount (expected \"substance=2.5 mg\")");
        return new PerUnitAmount(CheckSubstance(text.Substring(0, equals).Trim()), ParseAmount(text.Substring(equals + 1)));
    }

    private static decimal CheckPercent(decimal percent, string text) =>
        percent < 0m ? throw new FormatException($"'{text}' is negative: a THC content is a percentage from 0 to 100")
        : percent > 100m ? throw new FormatException($"'{text}' is more than 100: a THC content is a percentage from 0 to 100")
        : percent;

    private static string CheckSubstance(string name) =>
        string.IsNullOrWhiteSpace(name) ? throw new FormatException("a per-unit content needs the substance's name") : name;

    private static void RejectUnknownMembers(JsonElement element, string[] known, string what)
    {
        foreach (var member in element.EnumerateObject())
            if (Array.IndexOf(known, member.Name) < 0)
                throw new FormatException($"'{member.Name}' is not a member of {what} (expected {string.Join(", ", known)})");
    }
}
