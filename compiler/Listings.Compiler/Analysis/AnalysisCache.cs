using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Listings.Compiler.Binding;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;

namespace Listings.Compiler.Analysis;

/// <summary>
/// One analysis of a bound listing set per process, whoever asks, and possibly begun before anyone
/// asks. Inside the C# compiler the source generator binds the set (<see cref="BindCache"/>) long before
/// the analyzer runs (the compiler first compiles the generated tables): the generator starts the
/// analysis on another thread as soon as the set is bound (<see cref="Start"/>), while it builds and
/// emits the tables, and the analyzer takes the result (<see cref="Analyze"/>), waiting if it is not
/// finished, or running it itself if it was never started. A set is known by its documents and its
/// binding (by reference, as <see cref="BindCache"/> knows them), so a stale analysis is never served;
/// the analysis is a function of both and its result is immutable, so sharing it changes no finding.
/// </summary>
public static class AnalysisCache
{
    /// <summary>Sets kept at most, the most recent first (a compiler server building several projects).</summary>
    public const int Capacity = 4;

    private static readonly object Gate = new();
    private static readonly List<Entry> Recent = new();

    private sealed class Entry
    {
        public Entry(ListingDocument[] documents, BindResult bound)
        {
            Documents = documents;
            Bound = bound;
            // Whoever asks first runs it; a second caller waits for that result (or its exception).
            Result = new Lazy<EquatableArray<ListingDiagnostic>>(
                () => ListingAnalysis.Analyze(documents, bound), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public ListingDocument[] Documents { get; }

        public BindResult Bound { get; }

        public Lazy<EquatableArray<ListingDiagnostic>> Result { get; }

        public bool Holds(IReadOnlyList<ListingDocument> documents, BindResult bound)
        {
            if (!ReferenceEquals(Bound, bound) || Documents.Length != documents.Count)
                return false;
            for (var i = 0; i < Documents.Length; i++)
                if (!ReferenceEquals(Documents[i], documents[i]))
                    return false;
            return true;
        }
    }

    /// <summary>Starts <see cref="ListingAnalysis.Analyze"/> of this set on the thread pool, unless it is known already.</summary>
    public static void Start(IReadOnlyList<ListingDocument> documents, BindResult bound)
    {
        var entry = Find(documents, bound);
        if (entry.Result.IsValueCreated)
            return;
        Task.Run(() =>
        {
            try
            {
                _ = entry.Result.Value;
            }
            catch (Exception)
            {
                // Kept by the Lazy: the caller of Analyze gets it, as it would have running the analysis itself.
            }
        });
    }

    /// <summary>What <see cref="ListingAnalysis.Analyze"/> gives for this set, analysed once.</summary>
    public static EquatableArray<ListingDiagnostic> Analyze(IReadOnlyList<ListingDocument> documents, BindResult bound) =>
        Find(documents, bound).Result.Value;

    private static Entry Find(IReadOnlyList<ListingDocument> documents, BindResult bound)
    {
        lock (Gate)
        {
            for (var i = 0; i < Recent.Count; i++)
                if (Recent[i].Holds(documents, bound))
                {
                    var hit = Recent[i];
                    Recent.RemoveAt(i);
                    Recent.Insert(0, hit);
                    return hit;
                }
            var copy = new ListingDocument[documents.Count];
            for (var i = 0; i < copy.Length; i++)
                copy[i] = documents[i];
            var entry = new Entry(copy, bound);
            Recent.Insert(0, entry);
            if (Recent.Count > Capacity)
                Recent.RemoveAt(Recent.Count - 1);
            return entry;
        }
    }
}
