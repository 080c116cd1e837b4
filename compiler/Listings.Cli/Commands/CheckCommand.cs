using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Listings.Compiler.Checking;
using Listings.Grammar.Diagnostics;

namespace Listings.Cli.Commands;

/// <summary>
/// <c>listings check [PATH…] [--config FILE] [--warnaserror]</c>: parse every listing, print the
/// diagnostics with the severities the build gives them, and a summary; exit code 1 on an error.
/// </summary>
public static class CheckCommand
{
    public const string DefaultPath = ListingSet.DefaultPath;

    public static Command Create(CliContext context)
    {
        var paths = CliSyntax.Paths("paths", "Listing files or folders (default: listings/)");
        var config = new Option<string?>("--config")
        {
            Description = "A .globalconfig file: its dotnet_diagnostic.LSTnnnn.severity lines set the severities "
                + "(default: every .globalconfig in the listings' folder and the folders above it, as the build finds them)",
            HelpName = "file",
        };
        config.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } file && !File.Exists(file))
                result.AddError($"--config: no such file: {ListingFiles.Tried(file)}");
        });
        var warningsAsErrors = new Option<bool>("--warnaserror") { Description = "Report warnings as errors, as dotnet build -warnaserror does" };
        var command = new Command("check", "Check listings: report every error with its location, then count what they hold.");
        command.Arguments.Add(paths);
        command.Options.Add(config);
        command.Options.Add(warningsAsErrors);
        command.SetAction(parse => Run(parse.GetValue(paths) ?? Array.Empty<string>(), context.Output, parse.GetValue(config),
            parse.GetValue(warningsAsErrors), context.Error));
        return command;
    }

    public static int Run(string[] paths, TextWriter output) => Run(paths, output, null, false, output);

    public static int Run(string[] paths, TextWriter output, string? config, bool warningsAsErrors, TextWriter error)
    {
        Severities severities;
        try
        {
            severities = Severities.Read(config is not null ? new[] { config } : Severities.Discover(FolderOf(paths.Length > 0 ? paths[0] : DefaultPath)));
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine("listings check: " + e.Message);
            return ListingsCli.Usage;
        }

        var set = ListingSet.Load(paths, analyze: true);
        foreach (var line in set.InputErrors)
            output.WriteLine(line);
        var diagnostics = severities.Apply(set.Diagnostics, warningsAsErrors);
        foreach (var diagnostic in diagnostics)
            output.WriteLine(diagnostic.ToString());

        var summary = ListingSummary.Of(set.Documents);
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) + set.InputErrors.Count;
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var infos = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        Print(summary, errors, warnings, infos, severities, warningsAsErrors, output);
        PrintSourceDefects(diagnostics, output);
        return errors == 0 ? ListingsCli.Success : ListingsCli.Failure;
    }

    /// <summary>The folder a path's .globalconfig is looked for from: the folder itself, or a file's folder.</summary>
    private static string FolderOf(string path) =>
        Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();

    /// <summary>
    /// The defects of the sources the listings state (<see cref="DiagnosticCatalogue.SourceDefects"/>), as
    /// reported above, counted by id: <c>12 source defects reported: 1 LST2007, 1 LST2013, ….</c>
    /// </summary>
    private static void PrintSourceDefects(IReadOnlyList<ListingDiagnostic> diagnostics, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        var counts = DiagnosticCatalogue.SourceDefects
            .Select(rule => (rule.Id, Count: diagnostics.Count(d => d.Id == rule.Id)))
            .Where(c => c.Count > 0)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        var total = counts.Sum(c => c.Count);
        output.WriteLine(total == 0
            ? "0 source defects reported."
            : string.Format(inv, "{0} source defects reported: {1}.", total, string.Join(", ", counts.Select(c => string.Format(inv, "{0} {1}", c.Count, c.Id)))));
    }

    private static void Print(ListingSummary summary, int errors, int warnings, int infos, Severities severities, bool warningsAsErrors, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        var settings = (severities.Source is null ? "" : " (severities from " + severities.Source + ")")
            + (warningsAsErrors ? " (warnings as errors)" : "");
        output.WriteLine();
        output.WriteLine(string.Format(inv, "{0} files: {1} lists, {2} acts, {3} annexes or parts, {4} entries; {5} errors, {6} warnings, {7} infos{8}.",
            summary.Files, summary.Lists, summary.Acts, summary.Annexes, summary.Entries, errors, warnings, infos, settings));
        foreach (var row in summary.Counts)
        {
            var addedBy = row.AddedBy is null ? "" : " (ajoutées par " + row.AddedBy + ")";
            output.WriteLine(string.Format(inv, "  {0,-14} {1,-16} {2,4}{3}", row.ListId, row.AnnexLabel, row.Entries, addedBy));
        }
    }
}
