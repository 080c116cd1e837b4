using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Listings.Benchmarks.Synthetic;
using Listings.Compiler.Binding;
using Listings.Compiler.Emit;
using Listings.Compiler.Model;
using Listings.Compiler.Tables;
using Listings.Grammar.Parsing;
using Listings.Grammar.Syntax;
using Listings.Runtime;

namespace Listings.Benchmarks;

/// <summary>
/// The generation of a listing set in its four stages (parse, bind, tables, emitted source), each timed
/// once with what it allocated: the side-by-side's generation rows, and
/// <c>-- generation [ITERATIONS] [FILE]</c>, which repeats only those stages on the synthetic set
/// (100,000 entries) after the same warm-up, prints each iteration's figures, and writes the emitted
/// source to FILE when given (to compare two builds' output byte for byte).
/// </summary>
public static class GenerationStages
{
    /// <summary>
    /// A stage's wall time, bytes allocated (every thread), the part of its time the GC paused it, and the
    /// processor time of the whole process meanwhile (less moved by other processes' load than the wall time).
    /// </summary>
    public readonly record struct Stage(string Name, double Ms, long Bytes, double GcPauseMs, double CpuMs);

    public sealed record Result(Stage[] Stages, ClassifierTables Tables, string Source)
    {
        public double Ms => Stages.Sum(s => s.Ms);

        public long Bytes => Stages.Sum(s => s.Bytes);
    }

    /// <summary>Parses, binds, lays out and emits <paramref name="set"/>, one stage after the other.</summary>
    public static Result Measure(IReadOnlyList<(string Path, string Text)> set)
    {
        List<ListingDocument>? documents = null;
        ListingModel? model = null;
        ClassifierTables? tables = null;
        string? source = null;
        var stages = new[]
        {
            Once("parse", () => documents = set.Select(l => ListingParser.Parse(l.Path, l.Text).Document).ToList()),
            Once("bind", () => model = ListingBinder.Bind(documents!).Model),
            Once("tables", () => tables = TableBuilder.Build(model!)),
            Once("emit", () => source = ClassifierEmitter.Emit(tables!, EmitOptions.Default, set.Count)),
        };
        return new Result(stages, tables!, source!);
    }

    /// <summary>A warm-up on 5,000 entries: the JIT, not the figure.</summary>
    public static void WarmUp() => Measure(SyntheticListings.Create(entries: 5_000, annexes: 5, acts: 100));

    /// <summary><c>-- generation [ITERATIONS] [FILE]</c>.</summary>
    public static int Run(string[] args)
    {
        var iterations = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 5;
        var file = args.Length > 2 ? args[2] : null;
        var set = SyntheticListings.Create();
        Console.WriteLine($"generation, 100,000 synthetic entries: {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}, {iterations} iterations after a warm-up");
        WarmUp();
        var results = new List<Stage[]>();
        for (var i = 0; i < iterations; i++)
        {
            var result = Measure(set);
            results.Add(result.Stages);
            Console.WriteLine(string.Join(" | ", result.Stages.Select(Format)) + $" | total {result.Ms,5:N0} ms {result.Bytes / 1e6,4:N0} MB");
            if (i == 0 && file is not null)
                File.WriteAllText(file, result.Source);
        }
        Console.WriteLine("best of each stage: " + string.Join(" | ", Enumerable.Range(0, results[0].Length)
            .Select(s => Format(results.Select(r => r[s]).OrderBy(x => x.Ms).First()))));
        // Read back by InChild: each iteration's total, in milliseconds.
        Console.WriteLine(TotalsLabel + string.Join(";", results.Select(r => r.Sum(s => s.Ms).ToString("F0", CultureInfo.InvariantCulture))));
        return 0;
    }

    private const string TotalsLabel = "totals (ms): ";

    /// <summary>
    /// <c>-- generation ITERATIONS</c> run in a child process with the server garbage collector on or off
    /// (<c>DOTNET_gcServer</c>): the C# compiler and its compiler server run with the server collector
    /// (their runtimeconfig.json), so a source generator meets it there; this process runs the workstation
    /// one. Returns each iteration's total, the first (after the warm-up) included.
    /// </summary>
    public static double[] InChild(bool serverGc, int iterations)
    {
        var self = Environment.ProcessPath!;
        var viaHost = Path.GetFileNameWithoutExtension(self) == "dotnet";
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (viaHost)
            start.ArgumentList.Add(typeof(GenerationStages).Assembly.Location);
        start.ArgumentList.Add("generation");
        start.ArgumentList.Add(iterations.ToString(CultureInfo.InvariantCulture));
        start.Environment["DOTNET_gcServer"] = serverGc ? "1" : "0";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(TotalsLabel, StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
            throw new InvalidOperationException($"-- generation in a child process failed ({process.ExitCode}): {stderr.Result}");
        return line.Substring(TotalsLabel.Length).Trim().Split(';').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
    }

    private static string Format(Stage s) => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Ms,5:N0} ms (GC {s.GcPauseMs,3:N0}, cpu {s.CpuMs,5:N0}) {s.Bytes / 1e6,4:N0} MB");

    private static Stage Once(string name, Action body)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var paused = GC.GetTotalPauseDuration();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        body();
        var ms = watch.Elapsed.TotalMilliseconds;
        return new Stage(name, ms, GC.GetTotalAllocatedBytes(precise: true) - before, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds,
            (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }
}
