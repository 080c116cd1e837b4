using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Listings.Benchmarks.Baselines;
using Listings.Benchmarks.Synthetic;
using Listings.Cli;
using Listings.Compiler.Binding;
using Listings.Compiler.Emit;
using Listings.Compiler.Tables;
using Listings.French;
using Listings.Grammar.Parsing;
using Listings.Runtime;

namespace Listings.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Listings.Benchmarks -- side-by-side</c>: our figures and
/// their floors measured in one process, one run, so that the ratios (what the budgets of BENCHMARKS.md
/// compare) share the machine's load. Each figure is the best of several timed rounds after a warm-up
/// (the least disturbed round on a shared machine); allocations are counted on the measuring thread.
/// Quick figures, not BenchmarkDotNet's statistics: the BenchmarkDotNet classes give those.
/// </summary>
public static partial class SideBySide
{
    private static readonly DateTime Day = new(2024, 1, 1);

    public static int Run(string[] args)
    {
        var rounds = args.Length > 1 && int.TryParse(args[1], out var r) ? r : 7;
        Console.WriteLine($"side by side: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {rounds} rounds, best round each");
        Console.WriteLine();
        var rows = new List<(string Figure, string Ours, string Floor, string Ratio, string Budget)>();

        // Names: the French classifiers against a FrozenDictionary of keys folded beforehand.
        var french = FrenchListings.All;
        var exact = ListingsInputs.CanonicalNames();
        var free = ListingsInputs.FreeTextNames();
        var keys = exact.Select(TextFolding.NameKey).ToArray();
        var frozen = KeysFloor(french);
        var exactNs = PerCall(rounds, exact, n => french.Quick(n, Day).Status == ClassificationStatus.Listed);
        var floorNs = PerCall(rounds, keys, k => frozen.ContainsKey(k));
        var exactFloor = Paired(Math.Max(41, rounds * 6), exact, n => french.Quick(n, Day).Status == ClassificationStatus.Listed, keys, k => frozen.ContainsKey(k));
        rows.Add(("exact name (Quick) vs FrozenDictionary floor (paired rounds)", Ns(exactFloor.ANs), Ns(exactFloor.BNs), exactFloor.Ratio, "≤ 1.5×"));
        var regex = RegexBaseline.AnyListedName();
        var regexNs = PerCall(rounds, exact, n => regex.IsMatch(n));
        rows.Add(("exact name (Quick) vs [GeneratedRegex] baseline", Ns(exactNs), Ns(regexNs), X(regexNs / exactNs) + " faster", "≥ 5× faster"));
        var freeNs = PerCall(rounds, free, n => french.Quick(n, Day).Status == ClassificationStatus.Listed);
        var (_, classifyBytes) = PerCallAllocating(1, exact, n => french.Classify(new ClassificationQuery(n, Day)).Status == ClassificationStatus.Listed);
        var explained = Paired(Math.Max(41, rounds * 6), exact, n => french.Classify(new ClassificationQuery(n, Day)).Status == ClassificationStatus.Listed,
            exact, n => french.Quick(n, Day).Status == ClassificationStatus.Listed);
        rows.Add(("explained Classify vs Quick, exact names (paired rounds)", $"{Ns(explained.ANs)}, {classifyBytes:N0} B", Ns(explained.BNs), explained.Ratio, "≤ 5×, ≤ 256 B"));

        // Generation of the synthetic set (100,000 entries): parse, bind, tables, emitted source.
        // The stages and their warm-up are GenerationStages' (also run alone: `-- generation`).
        GenerationStages.WarmUp();
        GenerationStages.Result? generation = GenerationStages.Measure(SyntheticListings.Create());
        var large = new Classifier(generation.Tables);
        rows.Add(("generation, 100,000 synthetic entries (parse, bind, tables, emit)", $"{generation.Ms:N0} ms, {generation.Bytes / 1e9:N2} GB", "", "", "≤ 1 s, ≤ 1 GB"));
        foreach (var stage in generation.Stages)
            rows.Add(($"  of which {stage.Name}", $"{stage.Ms:N0} ms, {stage.Bytes / 1e9:N2} GB", "", "", ""));
        generation = null; // the emitted source (tens of MB) is not kept through the lookups below
        // The same stages repeated in a child process (warm: the later iterations), with the collector this
        // process runs and with the one the C# compiler and its compiler server run (server GC).
        foreach (var server in new[] { false, true })
        {
            var totals = GenerationStages.InChild(server, iterations: 4);
            var warm = totals.Skip(1).ToArray();
            rows.Add(($"  the same, warm (later iterations of 4, a child process), {(server ? "server GC, as csc and the compiler server run" : "workstation GC")}",
                $"{warm.Min():N0} ms ({warm.Min():N0}–{warm.Max():N0} ms; first {totals[0]:N0} ms)", "", "", "≤ 1 s"));
        }

        LookupRows(rows, rounds, large);

        // --jsonl in process and end to end against the Utf8JsonReader floor program (SideBySide.Jsonl.cs).
        JsonlRows(rows, rounds, free);

        // Processes: the native tool's classify against its own --help (start-up).
        var native = Path.Combine(ListingsInputs.Root, "compiler/Listings.Cli/bin/native/linux-x64/listings");
        if (File.Exists(native))
        {
            var helpMs = BestProcess(rounds, native, "--help");
            var classifyMs = BestProcess(rounds, native, "classify --on 2024-01-01 \"chlorhydrate de cocaïne\"");
            rows.Add(("one classify (AOT, tables cached) vs the same binary's --help, wall", $"{classifyMs:N1} ms", $"{helpMs:N1} ms", X(classifyMs / helpMs), "≤ 1.3×, ≤ 150 ms"));
        }
        else
        {
            rows.Add(("one classify (AOT) vs --help", "no native build", "", "", "run ./listings.sh once"));
        }

        Print(rows);
        return 0;
    }

    /// <summary>
    /// <c>-- side-by-side-lookup [ROUNDS]</c>: only the lookup rows on 100,000 entries, against the
    /// French listings (the synthetic set's tables built without emitting their source): for iterating
    /// on the name index.
    /// </summary>
    public static int RunLookups(string[] args)
    {
        var rounds = args.Length > 1 && int.TryParse(args[1], out var r) ? r : 7;
        Console.WriteLine($"side by side, lookups: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {rounds} rounds");
        Console.WriteLine();
        var documents = SyntheticListings.Create().Select(l => ListingParser.Parse(l.Path, l.Text).Document).ToList();
        var tables = TableBuilder.Build(ListingBinder.Bind(documents).Model);
        var watch = Stopwatch.StartNew();
        _ = new Classifier(tables);
        var coldMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var large = new Classifier(tables);
        var warmMs = watch.Elapsed.TotalMilliseconds;
        var rows = new List<(string Figure, string Ours, string Floor, string Ratio, string Budget)>();
        rows.Add(("classifier construction, 100,000 entries (first, then second)", $"{coldMs:N0} ms, {warmMs:N0} ms", "", "", ""));
        var exact = ListingsInputs.CanonicalNames();
        var french = FrenchListings.All;
        var keys = exact.Select(TextFolding.NameKey).ToArray();
        var frozen = KeysFloor(french);
        var exactFloor = Paired(Math.Max(41, rounds * 6), exact, n => french.Quick(n, Day).Status == ClassificationStatus.Listed, keys, k => frozen.ContainsKey(k));
        rows.Add(("exact name (Quick) vs FrozenDictionary floor (paired rounds)", Ns(exactFloor.ANs), Ns(exactFloor.BNs), exactFloor.Ratio, "≤ 1.5×"));
        LookupRows(rows, rounds, large);
        Print(rows);
        return 0;
    }

    /// <summary>Lookups on 100,000 entries against the same lookups on the French listings.</summary>
    private static void LookupRows(List<(string Figure, string Ours, string Floor, string Ratio, string Budget)> rows, int rounds, Classifier large)
    {
        var french = FrenchListings.All;
        var exact = ListingsInputs.CanonicalNames();
        var keys = exact.Select(TextFolding.NameKey).ToArray();
        var frozen = KeysFloor(french);
        var largeTitles = large.Tables.EntryTitles.Distinct().Where((_, i) => i % 97 == 0).Take(1_000).ToArray();
        var largeFree = largeTitles.Select((t, i) => (i % 3) switch { 0 => t.ToUpperInvariant(), 1 => "chlorhydrate de " + t.ToLowerInvariant(), _ => "  " + t.Replace('é', 'e') + "  " }).ToArray();
        var frenchFree = exact.Select((t, i) => (i % 3) switch { 0 => t.ToUpperInvariant(), 1 => "chlorhydrate de " + t.ToLowerInvariant(), _ => "  " + t.Replace('é', 'e') + "  " }).ToArray();
        // Each pair is measured in alternating rounds (one of each, in turn, many times) and compared
        // round by round: on a shared machine the load drifts between two separate measurements by
        // more than the difference sought; within a round both sides meet the same load. The ratio is
        // the median of the rounds' ratios, with the middle half of them beside it.
        var pairedRounds = Math.Max(41, rounds * 6);
        var folded = Paired(pairedRounds, largeFree, n => large.Quick(n, Day).Status == ClassificationStatus.Listed,
            frenchFree, n => french.Quick(n, Day).Status == ClassificationStatus.Listed);
        rows.Add(("folded lookup, 100,000 entries vs French (paired rounds)", Ns(folded.ANs), Ns(folded.BNs), folded.Ratio, "≤ 1.5×"));
        var exactLarge = Paired(pairedRounds, largeTitles, n => large.Quick(n, Day).Status == ClassificationStatus.Listed,
            exact, n => french.Quick(n, Day).Status == ClassificationStatus.Listed);
        rows.Add(("exact lookup, 100,000 entries vs French (paired rounds)", Ns(exactLarge.ANs), Ns(exactLarge.BNs), exactLarge.Ratio, ""));
        // The same shapes of name looked up in a FrozenDictionary of each set's keys: what the size of
        // the set costs any hash table (its keys no longer in the processor's caches).
        var largeKeys = largeTitles.Select(TextFolding.NameKey).ToArray();
        var largeFrozen = KeysFloor(large);
        var floorLarge = Paired(pairedRounds, largeKeys, k => largeFrozen.ContainsKey(k), keys, k => frozen.ContainsKey(k));
        rows.Add(("floor: FrozenDictionary, 100,000 entries vs French (paired rounds)", Ns(floorLarge.ANs), Ns(floorLarge.BNs), floorLarge.Ratio, ""));
    }

    /// <summary>The floor: a classifier's name keys (folded beforehand) in a FrozenDictionary.</summary>
    private static FrozenDictionary<string, int> KeysFloor(Classifier classifier) =>
        classifier.Tables.NameKeys.Select((k, i) => (k, i)).GroupBy(p => p.k).ToFrozenDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);

    private static void Print(List<(string Figure, string Ours, string Floor, string Ratio, string Budget)> rows)
    {
        var width = rows.Max(x => x.Figure.Length);
        Console.WriteLine($"{"figure".PadRight(width)} | {"ours",-22} | {"floor",-12} | {"ratio",-22} | budget");
        foreach (var row in rows)
            Console.WriteLine($"{row.Figure.PadRight(width)} | {row.Ours,-22} | {row.Floor,-12} | {row.Ratio,-22} | {row.Budget}");
    }

    private static string Ns(double ns) => ns >= 10_000 ? $"{ns / 1000:N1} µs" : $"{ns:N1} ns";

    private static string X(double ratio) => $"{ratio:N2}×";

    private static double PerCall<T>(int rounds, T[] inputs, Func<T, bool> call)
    {
        var repeat = Math.Max(1, 200_000 / inputs.Length);
        return Best(rounds, () =>
        {
            var n = 0;
            for (var k = 0; k < repeat; k++)
                foreach (var input in inputs)
                    if (call(input))
                        n++;
            return n;
        }) / (repeat * (double)inputs.Length);
    }

    /// <summary>
    /// <paramref name="a"/> against <paramref name="b"/> in alternating rounds: each side's best round
    /// (ns a call), and the median of the rounds' ratios a/b with its interquartile range.
    /// </summary>
    private static (double ANs, double BNs, string Ratio) Paired<T>(int rounds, T[] aInputs, Func<T, bool> a, T[] bInputs, Func<T, bool> b)
    {
        var aRepeat = Math.Max(1, 100_000 / aInputs.Length);
        var bRepeat = Math.Max(1, 100_000 / bInputs.Length);
        double Round(T[] inputs, Func<T, bool> call, int repeat)
        {
            var n = 0;
            var watch = Stopwatch.StartNew();
            for (var k = 0; k < repeat; k++)
                foreach (var input in inputs)
                    if (call(input))
                        n++;
            var ns = watch.Elapsed.TotalMilliseconds * 1e6 / (repeat * (double)inputs.Length);
            return n < 0 ? 0 : ns;
        }
        var warm = Stopwatch.StartNew();
        do
        {
            Round(aInputs, a, aRepeat);
            Round(bInputs, b, bRepeat);
        }
        while (warm.ElapsedMilliseconds < 1000);
        var ratios = new double[rounds];
        double aBest = double.MaxValue, bBest = double.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            // Alternate which side goes first, so that neither always follows the other.
            double aNs, bNs;
            if (i % 2 == 0)
            {
                aNs = Round(aInputs, a, aRepeat);
                bNs = Round(bInputs, b, bRepeat);
            }
            else
            {
                bNs = Round(bInputs, b, bRepeat);
                aNs = Round(aInputs, a, aRepeat);
            }
            ratios[i] = aNs / bNs;
            aBest = Math.Min(aBest, aNs);
            bBest = Math.Min(bBest, bNs);
        }
        Array.Sort(ratios);
        return (aBest, bBest, $"{X(ratios[rounds / 2])} ({ratios[rounds / 4]:N2}–{ratios[3 * rounds / 4]:N2})");
    }

    /// <summary>The bytes a call allocates once warm (what was built once and is then shared is not counted), and its time.</summary>
    private static (double Ns, long Bytes) PerCallAllocating<T>(int rounds, T[] inputs, Func<T, bool> call)
    {
        foreach (var input in inputs)
            call(input);
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var input in inputs)
            call(input);
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / inputs.Length;
        return (PerCall(rounds, inputs, call), bytes);
    }

    /// <summary>The best round's nanoseconds, after warming up for half a second (the JIT's tiers settle).</summary>
    private static double Best(int rounds, Func<int> body)
    {
        var warm = Stopwatch.StartNew();
        do
            body();
        while (warm.ElapsedMilliseconds < 500);
        var best = double.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            body();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds * 1e6);
        }
        return best;
    }

    private static double BestProcess(int rounds, string file, string arguments)
    {
        var best = double.MaxValue;
        for (var i = 0; i <= rounds; i++)
        {
            var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ListingsInputs.Root };
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (i > 0)
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }

}
