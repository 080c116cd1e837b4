using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Listings.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Listings.Tests.Generator;

/// <summary>
/// Runs <see cref="ListingsGenerator"/> in-process over in-memory listings, the way the compiler runs
/// it in a build: additional files, MSBuild properties as global analyzer options, step tracking on.
/// </summary>
internal static class GeneratorHarness
{
    public const string Root = "/repo/";

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll"
                or "System.Collections.dll" or "System.Linq.dll")
            .Append(typeof(global::Listings.Runtime.Classifier).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
    });

    public static CSharpCompilation Compilation(params string[] sources) =>
        Compilation(null, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary), sources);

    /// <summary>A consuming project's compilation, at the C# version of <paramref name="parseOptions"/> (default: the latest).</summary>
    public static CSharpCompilation Compilation(CSharpParseOptions? parseOptions, params string[] sources) =>
        Compilation(parseOptions, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary), sources);

    public static CSharpCompilation Compilation(CSharpCompilationOptions options, params string[] sources) =>
        Compilation(null, options, sources);

    private static CSharpCompilation Compilation(CSharpParseOptions? parseOptions, CSharpCompilationOptions options, string[] sources) =>
        CSharpCompilation.Create("Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, path: $"Source{i}.cs")),
            References.Value,
            options);

    /// <summary>
    /// Compilation options carrying the severities of analyzer config files (<c>.globalconfig</c>,
    /// <c>.editorconfig</c>) under <see cref="Root"/>, parsed by Roslyn's own <see cref="AnalyzerConfig"/>
    /// and handed to the compilation the way the command-line compiler does: global severities for
    /// every diagnostic, section severities for the C# files the sections match.
    /// </summary>
    public static CSharpCompilationOptions WithAnalyzerConfig(CSharpCompilationOptions options, params (string Path, string Text)[] configs)
    {
        var set = AnalyzerConfigSet.Create(configs.Select(c => AnalyzerConfig.Parse(c.Text, Root + c.Path)).ToImmutableArray(), out var errors);
        if (!errors.IsEmpty)
            throw new InvalidOperationException("invalid analyzer config: " + string.Join("; ", errors));
        return options.WithSyntaxTreeOptionsProvider(new ConfigSeverities(set));
    }

    private sealed class ConfigSeverities : SyntaxTreeOptionsProvider
    {
        private readonly AnalyzerConfigSet _set;

        public ConfigSeverities(AnalyzerConfigSet set) => _set = set;

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            _set.GetOptionsForSourcePath(Root + tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            _set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
    }

    public static InMemoryText[] Texts(IEnumerable<(string Path, string Text)> listings) =>
        listings.Select(l => new InMemoryText(Root + l.Path, l.Text)).ToArray();

    public static GeneratorDriver Driver(IEnumerable<(string Path, string Text)> listings, IDictionary<string, string>? properties = null) =>
        Driver(Texts(listings), properties);

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> listings, IDictionary<string, string>? properties = null,
        CSharpParseOptions? parseOptions = null)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["build_property.ListingsSourceRoot"] = Root,
            ["build_property.ListingsNamespace"] = "Fixture.Listings",
            ["build_property.ListingsClassName"] = "FixtureListings",
        };
        foreach (var pair in properties ?? new Dictionary<string, string>())
            options[pair.Key] = pair.Value;
        return CSharpGeneratorDriver.Create(
            new[] { new ListingsGenerator().AsSourceGenerator() },
            listings,
            parseOptions: parseOptions,
            optionsProvider: new OptionsProvider(options),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once; the generated source (or null) and every diagnostic.</summary>
    public static (string? Source, ImmutableArray<Diagnostic> Diagnostics, Compilation Output) Run(
        IEnumerable<(string Path, string Text)> listings, IDictionary<string, string>? properties = null) =>
        Run(Texts(listings), properties);

    /// <summary>Runs the generator once over listings at any path, in a project at the given C# version (default: the latest).</summary>
    public static (string? Source, ImmutableArray<Diagnostic> Diagnostics, Compilation Output) Run(
        IEnumerable<AdditionalText> listings, IDictionary<string, string>? properties = null, CSharpParseOptions? parseOptions = null)
    {
        var driver = Driver(listings, properties, parseOptions).RunGeneratorsAndUpdateCompilation(Compilation(parseOptions), out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        var source = result.GeneratedSources.Select(s => s.SourceText.ToString()).SingleOrDefault();
        return (source, diagnostics.AddRange(result.Diagnostics).Distinct().ToImmutableArray(), output);
    }

    /// <summary>
    /// Runs the generator over a compilation with <paramref name="options"/>: the diagnostics the
    /// compiler reports for it, after the options' severities (what a build prints), and the output.
    /// </summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, Compilation Output) Build(
        IEnumerable<(string Path, string Text)> listings, CSharpCompilationOptions options)
    {
        Driver(listings).RunGeneratorsAndUpdateCompilation(Compilation(options), out var output, out var diagnostics);
        return (diagnostics, output);
    }

    public sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>MSBuild properties as the compiler hands them to generators and analyzers (global options).</summary>
    public sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public OptionsProvider(Dictionary<string, string> values) => _global = new Options(values);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}
