using System;
using System.CommandLine;
using System.IO;
using Listings.Cli.Export;

namespace Listings.Cli.Commands;

/// <summary>
/// <c>listings export [--format yaml|json] [--on DATE] [PATH…]</c>: the consolidated lists on a date.
/// The lists go to stdout; errors in the listings go to stderr (exit 1), never into the YAML.
/// </summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CliSyntax.Paths("paths", "Listing files or folders (default: listings/)");
        var format = CliSyntax.Format("yaml (default) or json", "yaml", "json");
        var on = CliSyntax.Date("--on", "The date; default: today");
        var command = new Command("export", "The consolidated lists on a date, one document per list, for tools that are not .NET.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(on);
        command.SetAction(parse => Run(parse.GetValue(paths) ?? Array.Empty<string>(), parse.GetValue(format) ?? "yaml", parse.GetValue(on),
            context.Output, context.Error));
        return command;
    }

    /// <param name="error">Where the listings' errors go (default: <paramref name="output"/>, for tests that read one text).</param>
    public static int Run(string[] paths, string format, DateTime? on, TextWriter output, TextWriter? error = null)
    {
        if (format is not ("yaml" or "json"))
            throw new ArgumentException($"'{format}' is not a format (yaml or json)");
        var set = ListingSet.Load(paths);
        if (set.HasErrors)
        {
            set.PrintErrors(error ?? output);
            return ListingsCli.Failure;
        }
        var lists = ListingExport.Of(set, on ?? DateTime.Today);
        if (format == "json")
            ListingExport.WriteJson(lists, output);
        else
            ListingExport.WriteYaml(lists, output);
        return ListingsCli.Success;
    }
}
