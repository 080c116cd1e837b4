using System.Linq;
using BenchmarkDotNet.Attributes;
using Listings.Compiler.Analysis;
using Listings.Compiler.Binding;
using Listings.Grammar.Parsing;
using Listings.Grammar.Syntax;
using Listings.Tests.Hardening;

namespace Listings.Benchmarks;

/// <summary>
/// The inputs at and inside the language's limits that Hardening/LimitsTests checks for their behaviour
/// and for linear work (tests/Listings.Tests/Hardening/LimitInputs.cs), timed: a line ten times too long,
/// an entry with a hundred times the clauses allowed, and listings whose statements each name one of
/// thousands of entries, bound and analysed.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessMonitoringConfig))]
public class LimitsBenchmarks
{
    private const string Path = "limits.listing";
    private string _longLine = "";
    private string _manyClauses = "";
    private ListingDocument[] _accept = null!;
    private ListingDocument[] _retire = null!;
    private ListingDocument[] _derogation = null!;
    private ListingDocument[] _transfer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _longLine = LimitInputs.LongString(100_000);
        _manyClauses = LimitInputs.ManyClauses(ListingLimits.MaxClauses * 100);
        ListingDocument[] Parsed(string kind)
        {
            var count = LimitInputs.Repetitive.Single(r => r.Kind == kind).Count;
            return new[] { ListingParser.Parse(Path, LimitInputs.RepetitiveListing(kind, count)).Document };
        }
        _accept = Parsed("accept");
        _retire = Parsed("retire");
        _derogation = Parsed("derogation");
        _transfer = Parsed("transfer");
    }

    [Benchmark(Description = "parse: a 100,000-character line")]
    public ParseResult LongLine() => ListingParser.Parse(Path, _longLine);

    [Benchmark(Description = "parse: an entry with 100,000 clauses")]
    public ParseResult ManyClauses() => ListingParser.Parse(Path, _manyClauses);

    [Benchmark(Description = "bind + analyse: 10,000 accepted duplicates")]
    public int Accept() => BindAndAnalyse(_accept);

    [Benchmark(Description = "bind + analyse: 20,000 removals")]
    public int Retire() => BindAndAnalyse(_retire);

    [Benchmark(Description = "bind + analyse: 6,000 derogations")]
    public int Derogation() => BindAndAnalyse(_derogation);

    [Benchmark(Description = "bind + analyse: 20,000 transfers")]
    public int Transfer() => BindAndAnalyse(_transfer);

    private static int BindAndAnalyse(ListingDocument[] documents) =>
        ListingAnalysis.Analyze(documents, ListingBinder.Bind(documents)).Count;
}
