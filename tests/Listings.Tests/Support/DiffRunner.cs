using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Listings.Cli.Commands;

namespace Listings.Tests.Support;

/// <summary>What <c>listings diff</c> printed, and its exit code.</summary>
public sealed record DiffOutput(int ExitCode, string Text)
{
    public IReadOnlyList<string> Lines => Text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');

    /// <summary>The report, for <c>--format json</c>.</summary>
    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Text);
            return document.RootElement.Clone();
        }
    }
}

/// <summary>
/// Runs <see cref="DiffCommand.Run"/> in-process, into a string. Paths are passed as given: the tests
/// pass absolute ones, so nothing depends on the working directory (xunit runs tests in parallel).
/// </summary>
public static class DiffRunner
{
    public static DiffOutput Dates(string from, string to, string format = "json", params string[] paths) =>
        Run(paths.Length == 0 ? new[] { RepositoryPaths.Listings } : paths, from: from, to: to, format: format);

    public static DiffOutput Folders(string oldFolder, string newFolder, string on, string format = "json") =>
        Run(new[] { oldFolder, newFolder }, on: on, format: format);

    public static DiffOutput Run(string[] paths, string? from = null, string? to = null, string? on = null, string? git = null, string format = "json")
    {
        var output = new StringWriter();
        var exitCode = DiffCommand.Run(paths, Date(from), Date(to), Date(on), git, format, output);
        return new DiffOutput(exitCode, output.ToString());
    }

    private static DateTime? Date(string? text) => text is null ? null : global::Listings.Cli.QueryReader.ParseDate(text);

    /// <summary>
    /// How the CLI shows a listing's path: relative to the working directory when the file lies below
    /// it, else in full, with '/' separators (README: the paths are relative to the current directory).
    /// </summary>
    public static string Shown(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }

    /// <summary>A report on the real listings with their folder shown as <c>listings</c>, wherever the tests run from.</summary>
    public static string FromRepositoryRoot(string text) => text.Replace(Shown(RepositoryPaths.Listings) + "/", "listings/");
}
