using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Listings.Benchmarks.Synthetic;
using Listings.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Listings.Benchmarks;

/// <summary>
/// The source generator as a build runs it: the full pipeline on the bundled listings (warm) and on a
/// synthetic set of 100,000 entries over 50 annexes with 1,000 acts; compiling what it emits; and the
/// incremental path, where one listing among many changes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessMonitoringConfig))]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private AdditionalText[] _real = null!;
    private AdditionalText[] _synthetic = null!;
    private string _syntheticSource = "";
    private GeneratorDriver _warmSynthetic = null!;
    private AdditionalText _edited = null!;
    private AdditionalText _editedA = null!;
    private AdditionalText _editedB = null!;
    private bool _flip;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CSharpCompilation.Create("Bench", references: References(), options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _real = ListingsInputs.RealListings().Select(l => (AdditionalText)new Text("/repo/" + l.Path, l.Text)).ToArray();
        _synthetic = SyntheticListings.Create().Select(l => (AdditionalText)new Text("/repo/" + l.Path, l.Text)).ToArray();
        var synthetic = Run(_synthetic).GetRunResult().Results[0];
        if (synthetic.GeneratedSources.Length == 0)
            throw new System.InvalidOperationException("the generator produced nothing: " + synthetic.Exception + string.Join("; ", synthetic.Diagnostics));
        _syntheticSource = synthetic.GeneratedSources[0].SourceText.ToString();
        _warmSynthetic = Driver(_synthetic).RunGenerators(_compilation);
        _editedA = _synthetic[7];
        _editedB = new Text(_editedA.Path, _editedA.GetText()!.ToString() + "- \"Synthétamine ajoutée\" (1)\n");
        _edited = _editedA;
    }

    private static MetadataReference[] References() =>
        ((string)System.AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Append(typeof(Runtime.Classifier).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();

    private static GeneratorDriver Driver(IEnumerable<AdditionalText> texts) =>
        CSharpGeneratorDriver.Create(new[] { new ListingsGenerator().AsSourceGenerator() }, texts, null, new Options());

    private GeneratorDriver Run(IEnumerable<AdditionalText> texts) => Driver(texts).RunGenerators(_compilation);

    [Benchmark(Description = "full pipeline, bundled listings")]
    public GeneratorDriver RealListings() => Run(_real);

    [Benchmark(Description = "full pipeline, 100,000 synthetic entries")]
    public GeneratorDriver SyntheticListings100k() => Run(_synthetic);

    [Benchmark(Description = "compile the code emitted for 100,000 entries")]
    public bool CompileSynthetic()
    {
        var compilation = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(_syntheticSource));
        using var stream = new MemoryStream();
        return compilation.Emit(stream).Success;
    }

    [Benchmark(Description = "incremental: one of 51 listings edited (100,000 entries)")]
    public GeneratorDriver OneListingEdited()
    {
        var next = _flip ? _editedA : _editedB;
        _flip = !_flip;
        _warmSynthetic = _warmSynthetic.ReplaceAdditionalText(_edited, next).RunGenerators(_compilation);
        _edited = next;
        return _warmSynthetic;
    }

    private sealed class Text : AdditionalText
    {
        private readonly SourceText _text;

        public Text(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly Global Values = new();

        public override AnalyzerConfigOptions GlobalOptions => Values;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values;

        private sealed class Global : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = key == "build_property.ListingsSourceRoot" ? "/repo/" : "";
                return key == "build_property.ListingsSourceRoot";
            }
        }
    }
}
