using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Listings.Cli;
using Listings.French;

namespace Listings.Benchmarks;

/// <summary>
/// The <c>--jsonl</c> rows of <c>-- side-by-side</c> (also alone: <c>-- side-by-side-jsonl [ROUNDS]</c>):
/// the command against the <see cref="JsonlFloor"/> program, in process on memory and end to end as
/// processes (the native tool, 1,000,000 lines from a file to /dev/null, against the floor program on
/// the same file), in one run.
/// </summary>
public static partial class SideBySide
{
    private const int InProcessLines = 100_000;
    private const int EndToEndLines = 1_000_000;

    public static int RunJsonl(string[] args)
    {
        var rounds = args.Length > 1 && int.TryParse(args[1], out var r) ? r : 7;
        Console.WriteLine($"side by side, --jsonl: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {rounds} rounds, best round each");
        Console.WriteLine();
        var rows = new List<(string Figure, string Ours, string Floor, string Ratio, string Budget)>();
        JsonlRows(rows, rounds, ListingsInputs.FreeTextNames());
        Print(rows);
        return 0;
    }

    private static void JsonlRows(List<(string Figure, string Ours, string Floor, string Ratio, string Budget)> rows, int rounds, string[] names)
    {
        var french = FrenchListings.All;
        var lines = JsonlInput(names, InProcessLines);
        var floorNs = Best(rounds, () => (int)JsonlFloor.Run(new MemoryStream(lines, writable: false), Stream.Null)) / InProcessLines;
        var jsonlNs = Best(rounds, () => JsonlClassifier.Run(french, new MemoryStream(lines, writable: false), Stream.Null, Day)) / InProcessLines;
        var bytes = AllocatedPerLine(() => JsonlClassifier.Run(french, new MemoryStream(lines, writable: false), Stream.Null, Day), InProcessLines);
        rows.Add(("--jsonl a line, in process (no I/O) vs the Utf8JsonReader floor", $"{Ns(jsonlNs)}, {bytes:N0} B", Ns(floorNs), X(jsonlNs / floorNs), ""));
        // The same with 8 names: each answered the long way once, then from its encoded answer (what a
        // long batch pays a line once its names have come by).
        var repeated = JsonlInput(names.Take(8).ToArray(), InProcessLines);
        var repeatedFloorNs = Best(rounds, () => (int)JsonlFloor.Run(new MemoryStream(repeated, writable: false), Stream.Null)) / InProcessLines;
        var repeatedNs = Best(rounds, () => JsonlClassifier.Run(french, new MemoryStream(repeated, writable: false), Stream.Null, Day)) / InProcessLines;
        var repeatedBytes = AllocatedPerLine(() => JsonlClassifier.Run(french, new MemoryStream(repeated, writable: false), Stream.Null, Day), InProcessLines);
        rows.Add(("  the same with 8 names (answers encoded once, then reused)", $"{Ns(repeatedNs)}, {repeatedBytes:N0} B", Ns(repeatedFloorNs), X(repeatedNs / repeatedFloorNs), ""));

        // For scale: every line the long way (a JSON document, the explained answer, its JSON written),
        // and names never asked before (each line a new name: nothing encoded to reuse).
        var longNs = Best(rounds, () => JsonlClassifier.Run(french, new MemoryStream(lines, writable: false), Stream.Null, Day, preEncoded: false)) / InProcessLines;
        var longBytes = AllocatedPerLine(() => JsonlClassifier.Run(french, new MemoryStream(lines, writable: false), Stream.Null, Day, preEncoded: false), InProcessLines);
        rows.Add(("  the same lines the long way (every answer classified and written)", $"{Ns(longNs)}, {longBytes:N0} B", Ns(floorNs), X(longNs / floorNs), ""));
        const int newLines = 20_000;
        var fresh = JsonlInput(Enumerable.Range(0, newLines).Select(i => names[i % names.Length] + " " + i).ToArray(), newLines);
        var freshNs = Best(rounds, () => JsonlClassifier.Run(french, new MemoryStream(fresh, writable: false), Stream.Null, Day)) / newLines;
        var freshBytes = AllocatedPerLine(() => JsonlClassifier.Run(french, new MemoryStream(fresh, writable: false), Stream.Null, Day), newLines);
        rows.Add(("  every line a name not asked before", $"{Ns(freshNs)}, {freshBytes:N0} B", Ns(floorNs), X(freshNs / floorNs), ""));

        // End to end: the native tool and the floor program, each reading the same file; the floor as a
        // JIT program (this one), as a native one (as the tool is), and native writing answers as large
        // as the tool's (the I/O floor of these answers).
        var native = Path.Combine(ListingsInputs.Root, "compiler/Listings.Cli/bin/native/linux-x64/listings");
        if (!File.Exists(native))
        {
            rows.Add(("--jsonl end to end vs the floor program", "no native build", "", "", "run ./listings.sh once"));
            return;
        }
        var answerBytes = AnswerBytes(lines);
        var nativeFloor = NativeFloor();
        var input = Path.Combine(Path.GetTempPath(), $"listings-jsonl-{Environment.ProcessId}.jsonl");
        try
        {
            File.WriteAllBytes(input, JsonlInput(names, EndToEndLines));
            var processRounds = Math.Min(rounds, 5);
            const string floorScript = "f=\"$2\"; shift 2; exec \"$@\" < \"$f\" > /dev/null";
            var oursMs = BestShell(processRounds, "exec \"$1\" classify --jsonl < \"$2\" > /dev/null", native, input);
            var jitFloorMs = BestShell(processRounds, floorScript, "", input, FloorCommand().Append("jsonl-floor").ToArray());
            var ours = $"{oursMs:N0} ms, {PerSecond(oursMs)}";
            rows.Add(($"--jsonl end to end, {EndToEndLines:N0} lines, native tool vs the floor program (JIT)", ours, $"{jitFloorMs:N0} ms, {PerSecond(jitFloorMs)}", X(oursMs / jitFloorMs), "≤ 1.5×"));
            if (nativeFloor is not null)
            {
                var floorMs = BestShell(processRounds, floorScript, "", input, nativeFloor);
                var sizedMs = BestShell(processRounds, floorScript, "", input, nativeFloor, answerBytes.ToString(CultureInfo.InvariantCulture));
                rows.Add(("  vs the floor program, native", ours, $"{floorMs:N0} ms, {PerSecond(floorMs)}", X(oursMs / floorMs), "≤ 1.5×"));
                rows.Add(($"  vs the floor program, native, answers of {answerBytes:N0} B as ours", ours, $"{sizedMs:N0} ms, {PerSecond(sizedMs)}", X(oursMs / sizedMs), ""));
            }
            else
            {
                rows.Add(("  vs the floor program, native", ours, "no native floor", "", "dotnet publish tests/Listings.JsonlFloor"));
            }
            var oursStartMs = BestShell(processRounds, "exec \"$1\" classify --jsonl < /dev/null > /dev/null", native, "");
            var jitStartMs = BestShell(processRounds, floorScript, "", "/dev/null", FloorCommand().Append("jsonl-floor").ToArray());
            var nativeStart = nativeFloor is null ? "" : $", native {BestShell(processRounds, floorScript, "", "/dev/null", nativeFloor):N0} ms";
            rows.Add(("  of which start-up (no input)", $"{oursStartMs:N0} ms", $"JIT {jitStartMs:N0} ms{nativeStart}", "", ""));
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>The bytes of an answer, on average, for these lines.</summary>
    private static int AnswerBytes(byte[] lines)
    {
        var output = new MemoryStream();
        JsonlClassifier.Run(FrenchListings.All, new MemoryStream(lines, writable: false), output, Day);
        return (int)(output.Length / lines.Count(b => b == (byte)'\n'));
    }

    /// <summary>The native floor program, published (Native AOT) when it is missing; null when it cannot be.</summary>
    private static string? NativeFloor()
    {
        var folder = Path.Combine(ListingsInputs.Root, "tests/Listings.JsonlFloor/bin/native");
        var program = Path.Combine(folder, "jsonl-floor");
        if (File.Exists(program))
            return program;
        Console.WriteLine("publishing the native floor program (tests/Listings.JsonlFloor, Native AOT: a minute or two)…");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ListingsInputs.Root };
        foreach (var argument in new[] { "publish", "tests/Listings.JsonlFloor", "-c", "Release", "-r", "linux-x64", "-o", folder, "-nologo", "-v", "quiet" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode == 0 && File.Exists(program))
            return program;
        Console.WriteLine($"the native floor could not be published: {output.Result}{errors}");
        return null;
    }

    private static string PerSecond(double ms) => $"{EndToEndLines / (ms / 1000) / 1000:N0}k lines/s";

    private static long AllocatedPerLine(Func<int> body, int lines)
    {
        body(); // steady state: what is encoded once is not counted
        var before = GC.GetAllocatedBytesForCurrentThread();
        body();
        return (GC.GetAllocatedBytesForCurrentThread() - before) / lines;
    }

    /// <summary>This program (the JIT floor with <c>jsonl-floor</c>), as a command: its own executable, or dotnet and its assembly.</summary>
    private static string[] FloorCommand()
    {
        var process = Environment.ProcessPath!;
        return Path.GetFileNameWithoutExtension(process) == "dotnet"
            ? new[] { process, typeof(JsonlFloor).Assembly.Location }
            : new[] { process };
    }

    /// <summary>The best wall time of a shell script (its arguments after the script), in milliseconds, after one untimed run.</summary>
    private static double BestShell(int rounds, string script, string first, string second, params string[] rest)
    {
        var best = double.MaxValue;
        for (var i = 0; i <= rounds; i++)
        {
            var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, WorkingDirectory = ListingsInputs.Root };
            foreach (var argument in new[] { "-c", script, "sh", first, second }.Concat(rest))
                start.ArgumentList.Add(argument);
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{script} {first} {second}: exit {process.ExitCode}: {errors}");
            if (i > 0)
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }

    private static byte[] JsonlInput(string[] names, int lines)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines; i++)
            text.Append("{\"id\":\"q").Append(i).Append("\",\"name\":\"").Append(names[i % names.Length].Replace("\"", "\\\"")).Append("\",\"on\":\"2024-01-01\"}\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
