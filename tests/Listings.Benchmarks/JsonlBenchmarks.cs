using System;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Listings.Cli;
using Listings.French;

namespace Listings.Benchmarks;

/// <summary><c>listings classify --jsonl</c>: 100,000 query lines in, 100,000 answers out. Figures are per line.</summary>
[MemoryDiagnoser]
[Config(typeof(InProcessMonitoringConfig))]
public class JsonlBenchmarks
{
    private const int Lines = 100_000;
    private byte[] _input = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        var names = ListingsInputs.FreeTextNames().Concat(ListingsInputs.NotListedNames()).ToArray();
        var text = new StringBuilder();
        for (var i = 0; i < Lines; i++)
            text.Append("{\"id\":\"q").Append(i).Append("\",\"name\":\"").Append(names[i % names.Length].Replace("\"", "\\\"")).Append("\",\"on\":\"2024-01-01\"}\n");
        _input = Encoding.UTF8.GetBytes(text.ToString());
    }

    [Benchmark(OperationsPerInvoke = Lines, Description = "--jsonl, per line")]
    public int Jsonl() => JsonlClassifier.Run(FrenchListings.All, new MemoryStream(_input, writable: false), Stream.Null, new DateTime(2024, 1, 1));
}
