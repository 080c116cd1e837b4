using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Listings.Compiler.Analysis;
using Listings.Compiler.Binding;
using Listings.Compiler.Emit;
using Listings.Compiler.Sources;
using Listings.Compiler.Tables;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Parsing;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Listings.Generator;

/// <summary>
/// Compiles the project's <c>.listing</c> additional files into classifiers. Pipeline: read each file
/// → parse it (cached per file) → collect → bind the set into the consolidated model → emit tables.
/// Models are equatable records, so an edit that does not change the model emits nothing new, and a
/// C# edit re-runs nothing. A failure anywhere becomes a diagnostic, never an exception.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ListingsGenerator : IIncrementalGenerator
{
    /// <summary>What the generator can report: the parser's and the binder's ids of the diagnostics catalogue.</summary>
    public static ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Nullable reference types need C# 8; a netstandard2.0 library compiles at C# 7.3 by default.
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select((pair, _) => GeneratorOptions.From(pair.Left.GlobalOptions,
                pair.Right is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8))
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Where(file => file.Path.EndsWith(".listing", StringComparison.OrdinalIgnoreCase));

        // Every file is known by its full path; the name shown in messages and tables depends on the
        // whole set (two files of the same name outside ListingsSourceRoot are told apart by their folders).
        // Every step's value is a record (PipelineValues.cs), so that Roslyn's generic pipeline code is the
        // one compiled for reference types.
        var displayNames = files
            .Select((file, _) => file.Path)
            .Collect()
            .Select((paths, _) => new ListingPathSet(paths.ToEquatableArray()))
            .Combine(options.Select((o, _) => o.SourceRoot))
            .Select((pair, _) => DisplayAll(pair.Left, pair.Right));

        var sources = files
            .Combine(displayNames)
            .Select((pair, cancellation) => Read(pair.Left, pair.Right.Of(pair.Left.Path), cancellation))
            .WithTrackingName(TrackingNames.ListingText);

        var parsed = sources
            .Select((source, _) => new ParsedListing(source.DisplayPath, source.FullPath, Parse(source)))
            .WithTrackingName(TrackingNames.Parsed);

        var collected = parsed.Collect().WithTrackingName(TrackingNames.Collected);

        var bound = collected
            .Select((files, _) => Bind(files))
            .WithTrackingName(TrackingNames.Bound);

        var emitted = bound.Combine(options)
            .Select((pair, _) => Emit(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Emitted);

        context.RegisterSourceOutput(emitted, static (spc, output) =>
        {
            // Messages name files relative to ListingsSourceRoot, as 'listings check' does; locations carry
            // the full path, which MSBuild resolves (it would resolve a relative one against the project).
            var paths = new System.Collections.Generic.Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in output.Paths)
                paths[name.Display] = name.Full;
            foreach (var diagnostic in output.Diagnostics)
                spc.ReportDiagnostic(DiagnosticDescriptors.Create(diagnostic,
                    paths.TryGetValue(diagnostic.Span.Path, out var full) ? full : diagnostic.Span.Path));
            if (output.Source is not null)
                spc.AddSource(output.HintName, SourceText.From(output.Source, Encoding.UTF8));
        });
    }

    /// <summary>The file's text, read by the same rule as <c>listings check</c> (invalid UTF-8 is LST0006 here too).</summary>
    private static ListingSource Read(AdditionalText file, string display, System.Threading.CancellationToken cancellation)
    {
        var text = file.GetText(cancellation);
        var read = ListingText.Accept(display, text?.ToString(), text?.Encoding);
        return new ListingSource(display, file.Path, read.Text, read.Error);
    }

    /// <summary>The set's display names (<see cref="ListingPaths.DisplayAll"/>) in ordinal order of full path.</summary>
    private static DisplayNames DisplayAll(ListingPathSet set, string root)
    {
        var all = ListingPaths.DisplayAll(set.Paths, root);
        var names = new DisplayName[all.Count];
        var i = 0;
        foreach (var pair in all)
            names[i++] = new DisplayName(pair.Key, pair.Value);
        Array.Sort(names, (a, b) => string.CompareOrdinal(a.Full, b.Full));
        return new DisplayNames(names.ToEquatableArray());
    }

    private static ParseResult Parse(ListingSource source)
    {
        if (source.Text is null)
            return new ParseResult(new ListingDocument(source.DisplayPath, default, default, default, default, default, default),
                new[] { source.ReadError ?? SyntaxDiagnostics.UnreadableFile(source.DisplayPath, "the compiler could not read the file") }.ToEquatableArray());
        try
        {
            return ParseCache.Parse(source.DisplayPath, source.Text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The parser reports bad input as diagnostics; reaching here is a bug, still not a crash of the build.
            return Unreadable(source.DisplayPath, "internal error while parsing: " + e.GetType().Name + ": " + e.Message);
        }
    }

    private static ParseResult Unreadable(string path, string reason) =>
        new(new ListingDocument(path, default, default, default, default, default, default),
            new[] { SyntaxDiagnostics.UnreadableFile(path, reason) }.ToEquatableArray());

    /// <summary>The bound set: model, every diagnostic so far, the files' paths. Equatable.</summary>
    internal sealed record BoundListings(
        Compiler.Model.ListingModel? Model,
        EquatableArray<ListingDiagnostic> Diagnostics,
        EquatableArray<DisplayName> Paths,
        int Files);

    private static BoundListings Bind(ImmutableArray<ParsedListing> files)
    {
        var ordered = files.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToList();
        var diagnostics = ordered.SelectMany(f => f.Result.Diagnostics).ToList();
        var paths = ordered.Select(f => new DisplayName(f.FullPath, f.DisplayPath)).ToEquatableArray();
        try
        {
            var documents = ordered.Select(f => f.Result.Document).ToList();
            var result = BindCache.Bind(documents);
            // The analyzer analyses this set later in the build, after the generated tables are compiled:
            // begun now on another thread, that analysis runs while this thread builds and emits them.
            if (documents.Count > 0)
                AnalysisCache.Start(documents, result);
            diagnostics.AddRange(result.Diagnostics);
            return new BoundListings(result.Model, diagnostics.ToEquatableArray(), paths, ordered.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var at = ordered.Count > 0 ? ordered[0].DisplayPath : "listings";
            diagnostics.Add(SyntaxDiagnostics.UnreadableFile(at, "internal error while binding: " + e.GetType().Name + ": " + e.Message));
            return new BoundListings(null, diagnostics.ToEquatableArray(), paths, ordered.Count);
        }
    }

    private static GeneratedClassifier Emit(BoundListings bound, GeneratorOptions options)
    {
        var hintName = CSharpLiteral.Identifier(options.Emit.ClassName) + ".g.cs";
        if (bound.Model is null || bound.Files == 0)
            return new GeneratedClassifier(hintName, null, bound.Diagnostics, bound.Paths);
        try
        {
            var source = ClassifierEmitter.Emit(TableBuilder.Build(bound.Model), options.Emit, bound.Files);
            return new GeneratedClassifier(hintName, source, bound.Diagnostics, bound.Paths);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var diagnostics = bound.Diagnostics.Concat(new[]
            {
                SyntaxDiagnostics.UnreadableFile(bound.Paths.Count > 0 ? bound.Paths[0].Display : "listings",
                    "internal error while generating: " + e.GetType().Name + ": " + e.Message),
            });
            return new GeneratedClassifier(hintName, null, diagnostics.ToEquatableArray(), bound.Paths);
        }
    }
}
