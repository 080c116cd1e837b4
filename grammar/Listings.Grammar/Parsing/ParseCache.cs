using System;
using System.Collections.Concurrent;
using Listings.Grammar.Syntax;

namespace Listings.Grammar.Parsing;

/// <summary>
/// One parse of a listing text per process, whoever asks: inside the C# compiler the source generator
/// and the analyzers load this assembly once (the package puts them in one folder), so in one build the
/// analyzers reuse the generator's parse of each file instead of parsing it again, and a compiler server
/// reuses both across builds while the file is unchanged. Keyed by the path a file is shown under (its
/// spans carry it) and its exact text; a parse is immutable, so sharing it changes no answer.
/// </summary>
public static class ParseCache
{
    /// <summary>Files kept at most; past it the cache starts again (a build server seeing many projects).</summary>
    public const int Capacity = 4096;

    private static readonly ConcurrentDictionary<string, Entry> ByPath = new(StringComparer.Ordinal);

    private sealed class Entry
    {
        public Entry(string text, ParseResult result)
        {
            Text = text;
            Result = result;
        }

        public string Text { get; }

        public ParseResult Result { get; }
    }

    /// <summary>What <see cref="ListingParser.Parse"/> gives for this path and text, parsed once.</summary>
    public static ParseResult Parse(string path, string text)
    {
        if (ByPath.TryGetValue(path, out var entry) && string.Equals(entry.Text, text, StringComparison.Ordinal))
            return entry.Result;
        var result = ListingParser.Parse(path, text);
        if (ByPath.Count >= Capacity)
            ByPath.Clear();
        ByPath[path] = new Entry(text, result);
        return result;
    }
}
