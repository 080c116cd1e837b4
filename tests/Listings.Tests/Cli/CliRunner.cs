using System;
using System.IO;
using System.Text;
using Listings.Cli;

namespace Listings.Tests.Cli;

/// <summary>What a command line printed on stdout and stderr, and its exit code.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}--- stderr\n{Error}";
}

/// <summary>
/// Runs <c>listings ARGS…</c> in-process through <see cref="ListingsCli.Run"/>, the program's own
/// entry, with stdout and stderr captured apart and stdin given as bytes.
/// </summary>
public static class CliRunner
{
    public static CliRun Run(params string[] args) => RunWithInput(Array.Empty<byte>(), args);

    public static CliRun RunWithInput(byte[] input, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = ListingsCli.Run(args, new CliContext(output, error, () => new MemoryStream(input, writable: false)));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static CliRun RunWithInput(string input, params string[] args) => RunWithInput(Encoding.UTF8.GetBytes(input), args);
}
