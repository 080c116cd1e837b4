using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Listings.Compiler.Analysis;
using Listings.Compiler.Binding;
using Listings.Compiler.Sources;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Parsing;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Listings.Analyzers;

/// <summary>
/// Reports what <see cref="ListingAnalysis"/> finds in the project's <c>.listing</c> additional files:
/// duplicates, ambiguous names, overlaps, exceptions that except nothing, hand-off gaps, dangling
/// marks, contradictory dates, amendment conflicts, external references, suspicious text. Cross-file
/// checks need every file, so findings are reported at compilation end, at the listing's own
/// location (relative to <c>ListingsSourceRoot</c>, as <c>listings check</c> prints it), with the other
/// side of a conflict as an additional location. Syntax and binding errors are the generator's to report.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ListingsAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => AnalyzerDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(Analyze);
    }

    private static void Analyze(CompilationAnalysisContext context)
    {
        var files = context.Options.AdditionalFiles
            .Where(file => file.Path.EndsWith(".listing", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (files.Count == 0)
            return;
        try
        {
            var root = Root(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var documents = new List<ListingDocument>(files.Count);
            var fullPaths = new Dictionary<string, string>(StringComparer.Ordinal);
            var names = ListingPaths.DisplayAll(files.Select(f => f.Path), root);
            foreach (var file in files.OrderBy(f => names[f.Path], StringComparer.Ordinal))
            {
                var display = names[file.Path];
                fullPaths[display] = file.Path;
                var text = file.GetText(context.CancellationToken);
                // Read by the generator's rule: a file it cannot read (LST0006, its to report) is left out.
                // The text parsed is the one the generator parses (a byte order mark dropped), so both
                // find the same parse in ParseCache.
                var read = text is null ? null : ListingText.Accept(display, text.ToString(), text.Encoding);
                if (text is not null && read is { Error: null, Text: not null })
                    documents.Add(Parse(text, read.Text, display));
            }
            // BindCache and AnalysisCache: the generator, in the same build, has bound the same documents
            // already, and started their analysis.
            var bound = BindCache.Bind(documents);
            // Messages name files as 'listings check' does (relative to ListingsSourceRoot); locations
            // carry the full path, which MSBuild, the IDE and SARIF resolve.
            Location Locate(SourceSpan span) => Location(span, fullPaths.TryGetValue(span.Path, out var full) ? full : span.Path);
            foreach (var finding in AnalysisCache.Analyze(documents, bound))
                context.ReportDiagnostic(Diagnostic.Create(
                    AnalyzerDescriptors.For(finding.Id),
                    Locate(finding.Span),
                    AnalyzerDescriptors.Convert(finding.Severity),
                    finding.AdditionalSpans.Select(Locate),
                    // The AcceptedFindingsSuppressor suppresses what the listing accepts, whatever its severity.
                    properties: Acceptances.IsAccepted(finding) ? AcceptedProperties : null,
                    finding.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(AnalyzerDescriptors.InternalError, Microsoft.CodeAnalysis.Location.None,
                "The listings analyzer failed: " + e.GetType().Name + ": " + e.Message));
        }
    }

    public const string AcceptedProperty = "accepted";

    private static readonly ImmutableDictionary<string, string?> AcceptedProperties =
        ImmutableDictionary<string, string?>.Empty.Add(AcceptedProperty, "true");

    // The IDE and the compiler server hand over the same SourceText while a file is unchanged: a file
    // is parsed once, not at every compilation. Weak keys: a text no longer in use is collected.
    private static readonly ConditionalWeakTable<SourceText, ParsedListing> Parsed = new();

    private sealed class ParsedListing
    {
        public ParsedListing(string path, ListingDocument document)
        {
            Path = path;
            Document = document;
        }

        public string Path { get; }

        public ListingDocument Document { get; }
    }

    private static ListingDocument Parse(SourceText text, string accepted, string display)
    {
        // netstandard2.0 has no AddOrUpdate: the entry is created once per text, for its first path.
        // ParseCache: the generator, in the same build, has parsed the same text already.
        var parsed = Parsed.GetValue(text, _ => new ParsedListing(display, ParseCache.Parse(display, accepted).Document));
        return parsed.Path == display ? parsed.Document : ParseCache.Parse(display, accepted).Document;
    }

    private static string Root(AnalyzerConfigOptions options) =>
        options.TryGetValue("build_property.ListingsSourceRoot", out var root) && !string.IsNullOrWhiteSpace(root) ? root
        : options.TryGetValue("build_property.ProjectDir", out var project) ? project : "";

    private static Location Location(SourceSpan span, string path)
    {
        var start = new LinePosition(Math.Max(0, span.Line - 1), Math.Max(0, span.Column - 1));
        var end = new LinePosition(start.Line, start.Character + span.Length);
        return Microsoft.CodeAnalysis.Location.Create(path, new TextSpan(span.Offset, span.Length), new LinePositionSpan(start, end));
    }
}
