using System;
using System.Diagnostics;
using System.IO;

namespace Listings.Tests.Cli;

/// <summary>
/// The <c>listings</c> program as a child process: <c>dotnet listings.dll ARGS…</c>, the build the test
/// project copies beside itself. For what only a real process shows: pipes, exit codes set by the
/// program's entry, the working directory, standard output that cannot be written.
/// </summary>
public static class ListingsProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "listings.dll");

    /// <summary>The dotnet host running the tests (the dotnet CLI says where it is), else the one on PATH.</summary>
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new System.Text.UTF8Encoding(false),
            StandardErrorEncoding = new System.Text.UTF8Encoding(false),
        };
        // The tests' temporary listing sets stay out of the user's table cache (TableCacheTests test it).
        start.Environment["LISTINGS_CACHE"] = "off";
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        return start;
    }

    /// <summary>Runs to the end with no input; 2 minutes at most (only to catch a hang).</summary>
    public static CliRun Run(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"listings {string.Join(' ', args)} did not end within 2 minutes");
        }
        return new CliRun(process.ExitCode, output.Result, error.Result);
    }
}
