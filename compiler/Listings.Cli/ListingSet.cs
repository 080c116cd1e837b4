using System.Collections.Generic;
using System.IO;
using System.Linq;
using Listings.Compiler.Analysis;
using Listings.Compiler.Binding;
using Listings.Compiler.Model;
using Listings.Compiler.Tables;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Runtime;

namespace Listings.Cli;

/// <summary>A folder of listings read, parsed and bound: the model, its diagnostics, and a classifier over it.</summary>
public sealed class ListingSet
{
    private ListingSet(IReadOnlyList<ListingDocument> documents, ListingModel model, IReadOnlyList<ListingDiagnostic> diagnostics, IReadOnlyList<string> inputErrors)
    {
        Documents = documents;
        Model = model;
        Diagnostics = diagnostics;
        InputErrors = inputErrors;
        Tables = TableBuilder.Build(model);
        Classifier = new Classifier(Tables);
    }

    /// <summary>The parsed files, in ordinal order of their paths.</summary>
    public IReadOnlyList<ListingDocument> Documents { get; }

    public ListingModel Model { get; }

    public IReadOnlyList<ListingDiagnostic> Diagnostics { get; }

    /// <summary>
    /// Paths that do not exist and folders that hold no listing, each as one line
    /// <c>/full/path: error LST0006: …</c>: a listing set with nothing in it is an error, not an empty set.
    /// </summary>
    public IReadOnlyList<string> InputErrors { get; }

    /// <summary>Where the listings are looked for when no path is given: <c>listings/</c> in the working directory.</summary>
    public const string DefaultPath = "listings";

    /// <summary>What <see cref="Classifier"/> answers from (what <see cref="TableCache"/> keeps).</summary>
    public ClassifierTables Tables { get; }

    public Classifier Classifier { get; }

    public bool HasErrors => InputErrors.Count > 0 || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <param name="displayRoot">What file names are shown relative to (default: the working directory).</param>
    /// <param name="analyze">Also run the analyzers' checks (warnings and info only: what <c>check</c> prints).</param>
    /// <remarks>No path (an empty list) means <see cref="DefaultPath"/>, and an error about it says so.</remarks>
    public static ListingSet Load(IReadOnlyList<string> paths, string? displayRoot = null, bool analyze = false)
    {
        var files = Find(paths, out var inputErrors, displayRoot);
        return Load(files, inputErrors, analyze);
    }

    private static IReadOnlyList<ListingFile> Find(IReadOnlyList<string> paths, out IReadOnlyList<string> inputErrors, string? displayRoot = null)
    {
        var defaulted = paths.Count == 0;
        return ListingFiles.Find(defaulted ? new[] { DefaultPath } : paths, out inputErrors, displayRoot, defaulted);
    }

    /// <summary>
    /// The classifier of the listings under <paramref name="paths"/> (what <c>classify</c> needs), from
    /// <paramref name="cache"/> when it holds the tables of exactly these files, else compiled (and then
    /// stored in the cache). Null when the set has errors, which are printed on <paramref name="error"/>.
    /// </summary>
    public static Classifier? LoadClassifier(IReadOnlyList<string> paths, TableCache? cache, TextWriter error)
    {
        var files = Find(paths, out var inputErrors);
        string? identity = null;
        if (cache is not null && inputErrors.Count == 0 && files.Count > 0 && files.All(f => f.Text is not null))
        {
            identity = TableCache.Identity(files);
            if (cache.TryRead(identity) is { } tables)
                return new Classifier(tables);
        }
        var set = Load(files, inputErrors, analyze: false);
        if (set.HasErrors)
        {
            set.PrintErrors(error);
            return null;
        }
        if (identity is not null)
            cache!.Write(identity, set.Tables);
        return set.Classifier;
    }

    private static ListingSet Load(IReadOnlyList<ListingFile> files, IReadOnlyList<string> inputErrors, bool analyze)
    {
        var parsed = files.Select(ListingFiles.Parse).ToList();
        var bound = ListingBinder.Bind(parsed.Select(p => p.Document));
        var documents = parsed.Select(p => p.Document).ToList();
        var findings = analyze ? ListingAnalysis.Analyze(documents, bound) : default;
        var diagnostics = parsed.SelectMany(p => p.Diagnostics).Concat(bound.Diagnostics).Concat(findings)
            .OrderBy(d => d.Span.Path, System.StringComparer.Ordinal).ThenBy(d => d.Span.Offset).ToList();
        return new ListingSet(documents, bound.Model, diagnostics, inputErrors);
    }

    public void PrintErrors(TextWriter error)
    {
        foreach (var line in InputErrors)
            error.WriteLine(line);
        foreach (var diagnostic in Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            error.WriteLine(diagnostic.ToString());
    }
}
