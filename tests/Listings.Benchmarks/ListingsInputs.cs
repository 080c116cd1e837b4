using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Listings.Benchmarks;

/// <summary>The inputs every benchmark uses: the bundled listings, and names as users type them.</summary>
public static class ListingsInputs
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Listings.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Listings.sln not found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<(string Path, string Text)> RealListings() =>
        Directory.EnumerateFiles(Path.Combine(Root, "listings"), "*.listing", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetRelativePath(Root, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();

    /// <summary>Every entry's heading as the act prints it.</summary>
    public static string[] CanonicalNames() =>
        French.FrenchListings.All.Tables.EntryTitles.Distinct().ToArray();

    /// <summary>Names as typed: case, no accents, extra spaces, aliases, salts in French and English.</summary>
    public static string[] FreeTextNames()
    {
        var names = new List<string>();
        var titles = CanonicalNames();
        for (var i = 0; i < titles.Length; i++)
        {
            var title = titles[i];
            names.Add((i % 5) switch
            {
                0 => title.ToUpperInvariant(),
                1 => "chlorhydrate de " + title.ToLowerInvariant(),
                2 => "  " + RemoveAccents(title) + "  ",
                3 => title + " hydrochloride",
                _ => "sulfate de " + RemoveAccents(title).ToLowerInvariant(),
            });
        }
        names.AddRange(new[] { "LSD-25", "mdma", "GHB", "bzp", "feuille de coca", "tartrate de zolpidem", "Dextrométhorphane" });
        return names.ToArray();
    }

    /// <summary>Names no list holds: medicines, foods, near misses ("Cathin").</summary>
    public static string[] NotListedNames() => new[]
    {
        "paracétamol", "ibuprofène", "caféine", "aspirine", "Cathin", "amoxicilline", "oméprazole", "metformine",
        "sucre", "chlorhydrate de sodium", "Cocaïn", "morphin", "théophylline", "loratadine", "cétirizine", "vitamine C",
    };

    private static string RemoveAccents(string text) => Runtime.TextFolding.Fold(text);
}
