using System;
using System.Collections.Generic;
using System.Linq;
using Listings.French;
using Listings.Runtime;

namespace Listings.Tests.Classifying;

/// <summary>Questions put to the generated French classifiers, and how their answers are shown when a test fails.</summary>
internal static class Ask
{
    /// <summary>The "today" of these tests: every list, every act of the seed, and the HHC decision in force.</summary>
    public static readonly DateTime Today = new(2024, 1, 1);

    public static ClassificationAnswer Name(string name) => Name(name, Today);

    public static ClassificationAnswer Name(string name, DateTime on) => FrenchListings.Classify(name, on);

    /// <summary>A preparation: a name, a route, and per-unit contents in milligrams.</summary>
    public static ClassificationAnswer Preparation(string name, QueryRoute route, params (string Substance, decimal Milligrams)[] perUnit)
    {
        var query = new ClassificationQuery(name, Today) { Route = route };
        foreach (var (substance, mg) in perUnit)
            query.PerUnit[substance] = mg;
        return FrenchListings.All.Classify(query);
    }

    /// <summary>Milligrams of a quantity written as the act writes it ("0,005 g", "2,5 mg").</summary>
    public static decimal Mg(string quantity) =>
        Classifier.TryParseMilligrams(quantity, out var mg) ? mg : throw new FormatException($"not a mass: {quantity}");

    public static bool Has(this ClassificationAnswer answer, string list, string annex) =>
        answer.Classifications.Any(c => c.List == list && c.Annex == annex);

    public static bool HasList(this ClassificationAnswer answer, string list) =>
        answer.Classifications.Any(c => c.List == list);

    /// <summary>The answer in one line, for assertion messages.</summary>
    public static string Show(this ClassificationAnswer answer)
    {
        var parts = new List<string> { $"{answer.Name} on {answer.On:yyyy-MM-dd}: {answer.Status}" };
        parts.AddRange(answer.Classifications.Select(c =>
            $"[{c.List} {c.Annex} « {c.Entry} » via {c.Via}; acts {string.Join(", ", c.Acts.Select(a => $"{a.Mark} {a.InForce:yyyy-MM-dd}{(a.InForceAssumed ? " assumed" : "")}"))}]"));
        parts.AddRange(answer.Exceptions.Select(e => $"(except {e.List} {e.Annex} « {e.Entry} »: {e.Text}; applied={e.Applied})"));
        parts.AddRange(answer.Undetermined.Select(u => $"{{undetermined {u.List} {u.Annex} « {u.Entry} » via {u.Via}: {u.Reason}}}"));
        parts.AddRange(answer.Notes.Select(n => "note: " + n));
        return string.Join(" ", parts);
    }
}
