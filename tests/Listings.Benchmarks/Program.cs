using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Listings.Benchmarks;
using Listings.Benchmarks.Baselines;
using Listings.Benchmarks.Synthetic;

// dotnet run -c Release --project tests/Listings.Benchmarks -- [BenchmarkDotNet arguments]
//   regex-baseline            rewrite the regex baseline's pattern from listings/
//   synthetic FOLDER          write the synthetic listing set (100,000 entries) to FOLDER
//   side-by-side [ROUNDS]     our figures against their floors, in one process (BENCHMARKS.md)
//   side-by-side-jsonl [ROUNDS]  only its --jsonl rows
//   generation [ITERATIONS] [FILE]  only its generation stages, each iteration's figures; FILE: the emitted source
//   side-by-side-lookup [ROUNDS] only its lookup rows (100,000 entries against the French listings)
//   jsonl-floor [BYTES]       the --jsonl floor program: stdin to stdout (JsonlFloor.cs)
if (args.Length > 0 && args[0] == "regex-baseline")
{
    RegexBaselinePattern.Write();
    return 0;
}
if (args.Length > 1 && args[0] == "synthetic")
{
    foreach (var (path, text) in SyntheticListings.Create())
    {
        var file = Path.Combine(args[1], path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }
    return 0;
}
if (args.Length > 0 && args[0] == "side-by-side")
    return SideBySide.Run(args);
if (args.Length > 0 && args[0] == "side-by-side-jsonl")
    return SideBySide.RunJsonl(args);
if (args.Length > 0 && args[0] == "generation")
    return GenerationStages.Run(args);
if (args.Length > 0 && args[0] == "side-by-side-lookup")
    return SideBySide.RunLookups(args);
if (args.Length > 0 && args[0] == "jsonl-floor")
{
    using var stdin = Console.OpenStandardInput();
    using var stdout = Console.OpenStandardOutput();
    JsonlFloor.Run(stdin, stdout, args.Length > 1 && int.TryParse(args[1], out var bytes) ? bytes : 0);
    return 0;
}
if (args.Length > 0 && args[0] == "probe")
{
    var g = new GeneratorBenchmarks();
    g.Setup();
    Console.WriteLine("generator setup ok");
    return 0;
}
// Every benchmark runs in this process (the default job's toolchain; `--job short` and the like keep
// it). BenchmarkDotNet's out-of-process toolchain rebuilds this project in a host project of its own
// with one OutDir for every project it references: the runtime's netstandard2.0 and net8.0 builds
// then overwrite each other and the compiler's build fails (CS1705), and on a 2-core machine shared
// with other builds that rebuild outlasted the default 2-minute timeout (hence the 15 minutes, kept
// for a toolchain given on the command line).
BenchmarkSwitcher.FromAssembly(typeof(ClassificationBenchmarks).Assembly)
    .Run(args, ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
        .WithBuildTimeout(TimeSpan.FromMinutes(15)));
return 0;
