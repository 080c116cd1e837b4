using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Listings.Tests.Support;

/// <summary>
/// Small listing sets drawn at random from a seed: lists with annexes and preambles (some annexes
/// opened again in other files), acts on a handful of days (so that several fall on one day), entries
/// with marks and aliases, amendments that add, remove, transfer and modify — including statements
/// that name entries other acts of the same day bring. Each entry has its own name, and each act one
/// amendment block, so every statement is independent of the order files are read in.
/// </summary>
public static class RandomListings
{
    private static readonly string[] Rules =
    {
        "comprend les substances ci-après désignées",
        "comprend leurs isomères",
        "comprend les sels des substances",
        "comprend les sels des substances et isomères",
        "comprend les esters et éthers",
        "comprend leurs stéréo-isomères pour les substances précédées d'un astérisque",
        "comprend les préparations",
    };

    public static IReadOnlyList<(string Path, string Text)> Generate(int seed)
    {
        var random = new Random(seed);
        var files = new List<StringBuilder>();
        StringBuilder File()
        {
            if (files.Count == 0 || random.Next(3) == 0)
                files.Add(new StringBuilder());
            return files[random.Next(files.Count)];
        }

        var lists = new[] { "stupefiants", "psychotropes" }.Take(1 + random.Next(2)).ToList();
        var days = Enumerable.Range(0, 4).Select(_ => new DateTime(1991 + random.Next(30), 1 + random.Next(12), 1 + random.Next(28))).ToList();
        var annexes = new Dictionary<string, List<string>>();
        var entries = new List<(string List, string Annex, string Name)>();
        var next = 0;
        foreach (var list in lists)
        {
            var acts = 2 + random.Next(4);
            var head = File();
            head.Append("liste ").Append(list).Append(" \"Liste ").Append(list).Append("\" fixée par (1)\n");
            for (var mark = 1; mark <= acts; mark++)
            {
                var day = days[random.Next(days.Count)];
                File().Append("acte (").Append(mark).Append(") de ").Append(list).Append(" : arrêté du ").Append(Date(day.AddDays(-5)))
                    .Append(" \"acte ").Append(mark).Append("\" ").Append(random.Next(6) == 0 ? "JO inconnu" : "JO du " + Date(day)).Append('\n');
            }
            annexes[list] = new List<string>();
            foreach (var annex in new[] { "I", "II", "III" }.Take(1 + random.Next(3)))
            {
                annexes[list].Add(annex);
                var declaration = File();
                declaration.Append("annexe ").Append(annex).Append(" de ").Append(list).Append('\n');
                foreach (var rule in Rules.Where(_ => random.Next(3) == 0))
                    declaration.Append(rule).Append('\n');
                var openings = 1 + random.Next(2);
                for (var o = 0; o < openings; o++)
                {
                    var text = o == 0 ? declaration : File().Append("annexe ").Append(annex).Append(" de ").Append(list).Append('\n');
                    for (var e = random.Next(4); e > 0; e--)
                    {
                        var name = Name(next++);
                        entries.Add((list, annex, name));
                        text.Append("- ").Append(random.Next(4) == 0 ? "* " : "").Append('"').Append(name).Append('"');
                        if (random.Next(3) == 0)
                            text.Append(" ou \"").Append(name).Append("-alias\"");
                        if (random.Next(3) == 0)
                            text.Append(" (").Append(1 + random.Next(acts)).Append(')');
                        if (random.Next(5) == 0)
                            text.Append(" avec ses isomères");
                        text.Append('\n');
                    }
                }
            }
            for (var mark = 1; mark <= acts; mark++)
            {
                if (random.Next(2) == 0)
                    continue;
                var amendment = File().Append("amendement par (").Append(mark).Append(')')
                    .Append(random.Next(5) == 0 ? " en vigueur le " + Date(days[random.Next(days.Count)]) : "").Append('\n');
                for (var s = 1 + random.Next(3); s > 0; s--)
                {
                    var annex = annexes[list][random.Next(annexes[list].Count)];
                    var known = entries.Where(e => e.List == list).ToList();
                    var target = known.Count > 0 ? known[random.Next(known.Count)] : (List: list, Annex: annex, Name: Name(next++));
                    switch (random.Next(4))
                    {
                        case 0:
                            var name = Name(next++);
                            entries.Add((list, annex, name));
                            amendment.Append("ajoute à ").Append(list).Append(" annexe ").Append(annex).Append("\n- \"").Append(name).Append("\"\n");
                            break;
                        case 1:
                            amendment.Append("retire \"").Append(target.Name).Append("\" de ").Append(list).Append(" annexe ").Append(target.Annex).Append('\n');
                            break;
                        case 2:
                            amendment.Append("transfère \"").Append(target.Name).Append("\" de ").Append(list).Append(" annexe ").Append(target.Annex)
                                .Append(" à ").Append(list).Append(" annexe ").Append(annex).Append('\n');
                            break;
                        default:
                            amendment.Append("modifie \"").Append(target.Name).Append("\" de ").Append(list).Append(" annexe ").Append(target.Annex)
                                .Append(" : avec ses sels\n");
                            break;
                    }
                }
            }
        }
        return files.Select((f, i) => ($"f{i}.listing", f.ToString())).ToList();
    }

    /// <summary>The names a set's queries ask about: every entry name, its alias, a salt and an isomer of it.</summary>
    public static IEnumerable<string> Queries(IEnumerable<(string Path, string Text)> files) =>
        files.SelectMany(f => f.Text.Split('"').Where((_, i) => i % 2 == 1))
            .Where(n => n.StartsWith("Substance", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .SelectMany(n => new[] { n, "chlorhydrate de " + n, "lévo-" + n });

    public static IReadOnlyList<DateTime> Dates => new[] { new DateTime(1990, 1, 1), new DateTime(2000, 6, 15), new DateTime(2010, 3, 1), new DateTime(2030, 1, 1) };

    private static string Name(int i) => "Substance" + i.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateTime day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
