using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Listings.Compiler.Checking;
using Listings.Grammar.Diagnostics;

namespace Listings.Cli.Commands;

/// <summary><c>listings check [PATH…]</c>: parse every listing, print the diagnostics and a summary.</summary>
public static class CheckCommand
{
    public const string DefaultPath = "listings";

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Listing files or folders (default: listings/)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("check", "Check listings: report every error with its location, then count what they hold.");
        command.Arguments.Add(paths);
        command.SetAction(parse => Run(parse.GetValue(paths) ?? Array.Empty<string>(), Console.Out));
        return command;
    }

    public static int Run(string[] paths, TextWriter output)
    {
        if (paths.Length == 0)
            paths = new[] { DefaultPath };
        var set = ListingSet.Load(paths, analyze: true);
        foreach (var path in set.Missing)
            output.WriteLine($"{path}: error LST0006: no such file or folder");
        if (set.Documents.Count == 0 && set.Missing.Count == 0)
            output.WriteLine($"{string.Join(", ", paths)}: warning LST0006: no .listing file found");
        foreach (var diagnostic in set.Diagnostics)
            output.WriteLine(diagnostic.ToString());

        var summary = ListingSummary.Of(set.Documents);
        var errors = set.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) + set.Missing.Count;
        var warnings = set.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var infos = set.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        Print(summary, errors, warnings, infos, output);
        return errors == 0 ? 0 : 1;
    }

    private static void Print(ListingSummary summary, int errors, int warnings, int infos, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine(string.Format(inv, "{0} files: {1} lists, {2} acts, {3} annexes or parts, {4} entries; {5} errors, {6} warnings, {7} infos.",
            summary.Files, summary.Lists, summary.Acts, summary.Annexes, summary.Entries, errors, warnings, infos));
        foreach (var row in summary.Counts)
        {
            var addedBy = row.AddedBy is null ? "" : " (ajoutées par " + row.AddedBy + ")";
            output.WriteLine(string.Format(inv, "  {0,-14} {1,-16} {2,4}{3}", row.ListId, row.AnnexLabel, row.Entries, addedBy));
        }
    }
}
