using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Grammar.Syntax;

namespace Listings.Compiler.Binding;

/// <summary>
/// One binding of a set of parsed listings per process, whoever asks: inside the C# compiler the source
/// generator and the analyzers bind the same set, and both get their documents from
/// <see cref="Listings.Grammar.Parsing.ParseCache"/>, so in one build the same document objects. The
/// set is known by those objects (by reference, in path order): a set with any document parsed again,
/// added or left out is another set. Binding is a function of the documents alone and its result is
/// immutable, so a shared result changes no answer, only who pays for it.
/// </summary>
public static class BindCache
{
    /// <summary>Sets kept at most, the most recent first (a compiler server building several projects).</summary>
    public const int Capacity = 4;

    private static readonly object Gate = new();
    private static readonly List<Entry> Recent = new();

    private sealed class Entry
    {
        public Entry(ListingDocument[] documents, BindResult result)
        {
            Documents = documents;
            Result = result;
        }

        public ListingDocument[] Documents { get; }

        public BindResult Result { get; }

        public bool Holds(ListingDocument[] documents)
        {
            if (Documents.Length != documents.Length)
                return false;
            for (var i = 0; i < documents.Length; i++)
                if (!ReferenceEquals(Documents[i], documents[i]))
                    return false;
            return true;
        }
    }

    /// <summary>What <see cref="ListingBinder.Bind"/> gives for these documents, bound once.</summary>
    public static BindResult Bind(IEnumerable<ListingDocument> documents)
    {
        var ordered = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToArray();
        lock (Gate)
        {
            for (var i = 0; i < Recent.Count; i++)
                if (Recent[i].Holds(ordered))
                {
                    var hit = Recent[i];
                    Recent.RemoveAt(i);
                    Recent.Insert(0, hit);
                    return hit.Result;
                }
        }
        // Bound outside the lock: two callers binding the same new set at once both bind it, and both
        // results are the same; the first one stored is kept.
        var result = ListingBinder.Bind(ordered);
        lock (Gate)
        {
            foreach (var entry in Recent)
                if (entry.Holds(ordered))
                    return entry.Result;
            Recent.Insert(0, new Entry(ordered, result));
            if (Recent.Count > Capacity)
                Recent.RemoveAt(Recent.Count - 1);
        }
        return result;
    }
}
