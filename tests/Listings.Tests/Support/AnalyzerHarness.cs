using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Listings.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

using Listings.Tests.Generator;

namespace Listings.Tests.Support;

/// <summary>
/// Runs <see cref="ListingsAnalyzer"/> through Roslyn the way a build does: a C# compilation, the
/// listings as in-memory additional files under <see cref="Root"/>, and <c>ListingsSourceRoot</c> as a
/// global analyzer option (what MSBuild passes as <c>build_property.ListingsSourceRoot</c>).
/// </summary>
public static class AnalyzerHarness
{
    public const string Root = "/repo/";

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    public static CSharpCompilationOptions DefaultOptions => new(OutputKind.DynamicallyLinkedLibrary);

    /// <summary>The analyzer's diagnostics over the listings, each path taken relative to <see cref="Root"/>.</summary>
    public static async Task<ImmutableArray<Diagnostic>> Run(IEnumerable<(string Path, string Text)> listings, CSharpCompilationOptions? options = null)
    {
        var compilation = CSharpCompilation.Create("Consumer",
            new[] { CSharpSyntaxTree.ParseText("public class Consumer { }", path: "Consumer.cs") },
            References.Value,
            options ?? DefaultOptions);
        var texts = listings.Select(l => (AdditionalText)new GeneratorHarness.InMemoryText(Root + l.Path, l.Text)).ToImmutableArray();
        var analyzerOptions = new AnalyzerOptions(texts, new GeneratorHarness.OptionsProvider(new Dictionary<string, string>
        {
            ["build_property.ListingsSourceRoot"] = Root,
        }));
        // The suppressor runs with the analyzer, as in a build; suppressed diagnostics are kept (IsSuppressed).
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new ListingsAnalyzer(), new AcceptedFindingsSuppressor()),
            new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false,
                logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }
}
