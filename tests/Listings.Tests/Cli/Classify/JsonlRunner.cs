using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Listings.Cli;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;

namespace Listings.Tests.Cli.Classify;

/// <summary>Runs <c>listings classify --jsonl</c> over the repository's listings, as the CLI loads them.</summary>
internal static class JsonlRunner
{
    private static readonly Lazy<Classifier> LazyClassifier = new(() =>
    {
        var set = ListingSet.Load(new[] { RepositoryPaths.Listings });
        set.HasErrors.ShouldBeFalse(string.Join("\n", set.Diagnostics));
        return set.Classifier;
    });

    /// <summary>The classifier <c>listings classify</c> builds from <c>listings/</c>.</summary>
    public static Classifier Classifier => LazyClassifier.Value;

    /// <summary>A "today" that is none of the dates the queries give, so a test sees when <c>on</c> is ignored.</summary>
    public static readonly DateTime Today = new(2030, 3, 3);

    /// <summary>The answers, one parsed JSON document per output line, and the count of error lines.</summary>
    public static (int Errors, IReadOnlyList<JsonElement> Answers) Run(params string[] lines)
    {
        var output = new MemoryStream();
        var errors = JsonlClassifier.Run(Classifier, new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n")), output, Today);
        var text = Encoding.UTF8.GetString(output.ToArray());
        text.ShouldEndWith("\n");
        var answers = text.Split('\n').Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (errors, answers);
    }

    /// <summary>The single answer to a single query line.</summary>
    public static JsonElement Answer(string line)
    {
        var (_, answers) = Run(line);
        return answers.ShouldHaveSingleItem();
    }

    public static string? Str(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
