using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Listings.Cli.Lsp;

namespace Listings.Benchmarks;

/// <summary>
/// The language server with every French listing open: what it does between a one-line edit and the
/// diagnostics it sends (the edited file parsed again, the set bound and analysed, every file's
/// diagnostics made LSP diagnostics to compare with what was sent). Warm: the other files' parses are
/// reused, as in a session. Each invocation makes one edit, alternating between two texts of annexe I
/// so that no result is cached.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(EditConfig))]
public class LspBenchmarks
{
    /// <summary>One edit a measurement, as an editor sends them; in this process (see <see cref="InProcessMonitoringConfig"/>), 30 of them after 5 warm-up edits.</summary>
    private sealed class EditConfig : ManualConfig
    {
        public EditConfig() =>
            AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(5)
                .WithIterationCount(30));
    }

    private ListingWorkspace _workspace = null!;
    private string _uri = "";
    private string _original = "";
    private string _edited = "";
    private bool _flip;

    [GlobalSetup]
    public void Setup()
    {
        var listings = Path.Combine(ListingsInputs.Root, "listings");
        _workspace = new ListingWorkspace();
        _workspace.SetRoot(listings);
        foreach (var file in Directory.EnumerateFiles(listings, "*.listing", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            _workspace.Open(new Uri(file).AbsoluteUri, File.ReadAllText(file));
        var annexI = Path.Combine(listings, "stupefiants", "annexe-I.listing");
        _uri = new Uri(annexI).AbsoluteUri;
        _original = File.ReadAllText(annexI);
        // One line typed: the entry « Cocaïne » gets a mark.
        _edited = _original.Replace("- \"Cocaïne\"\n", "- \"Cocaïne\" (13)\n", StringComparison.Ordinal);
        if (_edited == _original)
            throw new InvalidOperationException("annexe-I.listing no longer has the line the benchmark edits");
        Diagnostics();
    }

    [Benchmark(Description = "diagnostics after a one-line edit, French listings open")]
    public int Diagnostics()
    {
        _flip = !_flip;
        _workspace.Change(_uri, _flip ? _edited : _original);
        var snapshot = _workspace.Current;
        var count = 0;
        foreach (var path in snapshot.Texts.Keys)
            count += snapshot.DiagnosticsOf(path).Select(d => LanguageFeatures.ToLsp(d, snapshot)).Count();
        return count;
    }
}
