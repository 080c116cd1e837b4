using System;
using System.Globalization;
using System.IO;
using Listings.Fuzzing;

// listings fuzzer: --iterations N --seed S [--hang-after-s SECONDS] [--roslyn-every K] [--crashes DIR] [--root DIR]
// Exit code 0: no violation; 1: at least one (each written to the crashes folder and printed); 2: bad arguments.
var iterations = 1000;
var seed = 1;
var hangAfter = FuzzOptions.DefaultHangAfter;
var roslynEvery = 25;
string? crashes = null;
string? root = null;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    try
    {
        switch (args[i])
        {
            case "--iterations": iterations = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--hang-after-s": hangAfter = TimeSpan.FromSeconds(int.Parse(Next(), CultureInfo.InvariantCulture)); break;
            case "--roslyn-every": roslynEvery = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--crashes": crashes = Next(); break;
            case "--root": root = Next(); break;
            default: throw new ArgumentException($"unknown option {args[i]}");
        }
    }
    catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
    {
        Console.Error.WriteLine("fuzz: " + e.Message);
        Console.Error.WriteLine("usage: Listings.Fuzz --iterations N --seed S [--hang-after-s SECONDS (default 300)] [--roslyn-every K (0: never)] [--crashes DIR] [--root DIR]");
        return 2;
    }
}

root ??= FindRoot();
crashes ??= Path.Combine(root, "tests", "Listings.Fuzz", "crashes");
var core = new FuzzCore(new FuzzOptions
{
    RepositoryRoot = root,
    CrashDirectory = crashes,
    HangAfter = hangAfter,
    RoslynEvery = roslynEvery,
    Log = Console.Out,
});
var started = DateTime.UtcNow;
var report = core.Run(iterations, seed);
Console.WriteLine($"slowest input: {report.SlowestInput}");
Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "elapsed: {0:F1} s, seed {1}", (DateTime.UtcNow - started).TotalSeconds, seed));
Console.WriteLine(report.Summary);
return report.Violations.Count == 0 ? 0 : 1;

static string FindRoot()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Listings.sln")))
                return dir.FullName;
    throw new InvalidOperationException("No Listings.sln above the working directory or the fuzzer: pass --root.");
}
