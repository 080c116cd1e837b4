using System;
using System.Collections.Generic;
using System.Text;

// Compiled twice: by tests/Listings.Tests (Hardening/LimitsTests) and by tests/Listings.Benchmarks
// (LimitsBenchmarks), so that the benchmarks time the inputs the tests check. Product assemblies only.
namespace Listings.Tests.Hardening;

/// <summary>Listings at and inside the limits of LANGUAGE.md, built the same way for the tests and the benchmarks.</summary>
public static class LimitInputs
{
    /// <summary>A list, two acts and annex I holding "Cocaïne": what the inputs below are appended to.</summary>
    public const string Preamble = """
        liste stupefiants "Liste" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fondateur" JO du 07/06/1990
        acte (2) de stupefiants : arrêté du 19/07/1995 "modificatif" JO du 29/07/1995
        annexe I de stupefiants
        - "Cocaïne"

        """;

    /// <summary>An entry whose name is a string of <paramref name="length"/> characters on one line, then another entry.</summary>
    public static string LongString(int length) => Preamble + "- \"" + new string('x', length) + "\"\n- \"Héroïne\"\n";

    /// <summary>An entry with <paramref name="clauses"/> clauses, one a line, then another entry.</summary>
    public static string ManyClauses(int clauses)
    {
        var text = new StringBuilder(Preamble).Append("- \"Morphine\"");
        for (var i = 0; i < clauses; i++)
            text.Append("\n    sauf préparations injectables");
        return text.Append("\n- \"Héroïne\"\n").ToString();
    }

    /// <summary>
    /// Listings whose statements each look at every entry, and the size the tests check them at: a
    /// tenth of the entries an annex may hold, or fewer where each statement is larger.
    /// </summary>
    public static readonly IReadOnlyList<(string What, string Kind, int Count)> Repetitive = new[]
    {
        ("entries that each accept their finding", "accept", 10_000),
        ("removals of as many entries", "retire", 20_000),
        ("derogations to as many entries", "derogation", 6_000),
        ("transfers of as many entries", "transfer", 20_000),
    };

    /// <summary>
    /// <paramref name="count"/> entries of annex I and, for each, a statement that names it: "accept" (each
    /// entry is a duplicate of "Cocaïne", an LST2001 finding it accepts), "retire", "transfer" or "derogation".
    /// </summary>
    public static string RepetitiveListing(string kind, int count)
    {
        var text = new StringBuilder(Preamble);
        if (kind == "accept")
        {
            for (var i = 0; i < count; i++)
                text.Append("- \"Cocaïne\" accepte LST2001 \"le doublon est voulu\"\n");
            return text.ToString();
        }
        for (var i = 0; i < count; i++)
            text.Append("- \"s").Append(i).Append("\"\n");
        if (kind is "transfer")
            text.Append("annexe II de stupefiants\ncomprend les substances ci-après désignées\n"); // where the transfers go: an annex must be declared
        if (kind is "retire" or "transfer")
            text.Append("amendement par (2)\n");
        // The statements name the entries in an order of their own (the same for a given count): a scan
        // of the entries, from either end, passes over entries still in force before it finds its own.
        var order = new int[count];
        for (var i = 0; i < count; i++)
            order[i] = i;
        new Random(count).Shuffle(order);
        foreach (var i in order)
        {
            text.Append(kind switch
            {
                "retire" => $"retire \"s{i}\" de stupefiants annexe I\n",
                "transfer" => $"transfère \"s{i}\" de stupefiants annexe I à stupefiants annexe II\n",
                _ => $"dérogation par (2) à \"s{i}\" de stupefiants annexe I\n",
            });
        }
        return text.ToString();
    }
}
