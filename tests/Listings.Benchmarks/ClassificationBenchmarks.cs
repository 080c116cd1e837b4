using System;
using System.Collections.Frozen;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Listings.Benchmarks.Baselines;
using Listings.French;
using Listings.Runtime;

namespace Listings.Benchmarks;

/// <summary>
/// Classifying names with the generated French classifiers, against what a user would write instead
/// (a source-generated regex of every name and alias) and against the floor (a FrozenDictionary
/// lookup of a key normalised beforehand). Each benchmark classifies a batch; figures are per name.
/// </summary>
[MemoryDiagnoser]
public class ClassificationBenchmarks
{
    private const int Batch = 1_000;
    private static readonly DateTime Today = new(2024, 1, 1);

    private string[] _exact = Array.Empty<string>();
    private string[] _freeText = Array.Empty<string>();
    private string[] _notListed = Array.Empty<string>();
    private string[] _exactKeys = Array.Empty<string>();
    private DateTime[] _dates = Array.Empty<DateTime>();
    private FrozenDictionary<string, int> _frozen = FrozenDictionary<string, int>.Empty;
    private Classifier _classifier = null!;

    [GlobalSetup]
    public void Setup()
    {
        _classifier = FrenchListings.All;
        _exact = Fill(ListingsInputs.CanonicalNames());
        _freeText = Fill(ListingsInputs.FreeTextNames());
        _notListed = Fill(ListingsInputs.NotListedNames());
        _exactKeys = _exact.Select(TextFolding.NameKey).ToArray();
        _dates = Enumerable.Range(0, Batch).Select(i => new DateTime(1990 + i % 35, 1 + i % 12, 1 + i % 28)).ToArray();
        var tables = _classifier.Tables;
        _frozen = tables.NameKeys.Select((k, i) => (k, i)).GroupBy(p => p.k).ToFrozenDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        if (RegexBaseline.Names == 0)
            throw new InvalidOperationException("Run 'regex-baseline' first: the regex baseline is a placeholder.");
    }

    private static string[] Fill(string[] names) => Enumerable.Range(0, Batch).Select(i => names[i % names.Length]).ToArray();

    [Benchmark(OperationsPerInvoke = Batch, Description = "exact canonical names")]
    public int ExactNames()
    {
        var listed = 0;
        foreach (var name in _exact)
            if (_classifier.Quick(name, Today).Status == ClassificationStatus.Listed)
                listed++;
        return listed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "free text (case, accents, salts, aliases)")]
    public int FreeText()
    {
        var listed = 0;
        foreach (var name in _freeText)
            if (_classifier.Quick(name, Today).Status == ClassificationStatus.Listed)
                listed++;
        return listed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "names not listed")]
    public int NotListed()
    {
        var listed = 0;
        foreach (var name in _notListed)
            if (_classifier.Quick(name, Today).Status == ClassificationStatus.Listed)
                listed++;
        return listed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "exact names, a different date each")]
    public int DifferentDates()
    {
        var listed = 0;
        for (var i = 0; i < _exact.Length; i++)
            if (_classifier.Quick(_exact[i], _dates[i]).Status == ClassificationStatus.Listed)
                listed++;
        return listed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "explained answer (Classify), exact names")]
    public int ExplainedExactNames()
    {
        var listed = 0;
        foreach (var name in _exact)
            if (_classifier.Classify(new ClassificationQuery(name, Today)).Status == ClassificationStatus.Listed)
                listed++;
        return listed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "baseline: GeneratedRegex, exact names")]
    public int RegexExactNames()
    {
        var listed = 0;
        var regex = RegexBaseline.AnyListedName();
        foreach (var name in _exact)
            if (regex.IsMatch(name))
                listed++;
        return listed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "baseline: GeneratedRegex, free text")]
    public int RegexFreeText()
    {
        var listed = 0;
        var regex = RegexBaseline.AnyListedName();
        foreach (var name in _freeText)
            if (regex.IsMatch(name))
                listed++;
        return listed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "floor: FrozenDictionary, key normalised beforehand")]
    public int FrozenFloor()
    {
        var listed = 0;
        foreach (var key in _exactKeys)
            if (_frozen.ContainsKey(key))
                listed++;
        return listed;
    }
}
