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
    private ListingSet(IReadOnlyList<ListingDocument> documents, ListingModel model, IReadOnlyList<ListingDiagnostic> diagnostics, IReadOnlyList<string> missing)
    {
        Documents = documents;
        Model = model;
        Diagnostics = diagnostics;
        Missing = missing;
        Classifier = new Classifier(TableBuilder.Build(model));
    }

    /// <summary>The parsed files, in ordinal order of their paths.</summary>
    public IReadOnlyList<ListingDocument> Documents { get; }

    public ListingModel Model { get; }

    public IReadOnlyList<ListingDiagnostic> Diagnostics { get; }

    /// <summary>Paths given on the command line that do not exist.</summary>
    public IReadOnlyList<string> Missing { get; }

    public Classifier Classifier { get; }

    public bool HasErrors => Missing.Count > 0 || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <param name="displayRoot">What file names are shown relative to (default: the working directory).</param>
    /// <param name="analyze">Also run the analyzers' checks (warnings and info only: what <c>check</c> prints).</param>
    public static ListingSet Load(IReadOnlyList<string> paths, string? displayRoot = null, bool analyze = false)
    {
        var files = ListingFiles.Find(paths, out var missing, displayRoot);
        var parsed = files.Select(ListingFiles.Parse).ToList();
        var bound = ListingBinder.Bind(parsed.Select(p => p.Document));
        var documents = parsed.Select(p => p.Document).ToList();
        var findings = analyze ? ListingAnalysis.Analyze(documents, bound) : default;
        var diagnostics = parsed.SelectMany(p => p.Diagnostics).Concat(bound.Diagnostics).Concat(findings)
            .OrderBy(d => d.Span.Path, System.StringComparer.Ordinal).ThenBy(d => d.Span.Offset).ToList();
        return new ListingSet(documents, bound.Model, diagnostics, missing);
    }

    public void PrintErrors(TextWriter error)
    {
        foreach (var path in Missing)
            error.WriteLine($"{path}: error LST0006: no such file or folder");
        foreach (var diagnostic in Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            error.WriteLine(diagnostic.ToString());
    }
}
