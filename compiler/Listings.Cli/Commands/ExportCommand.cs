using System;
using System.CommandLine;
using System.IO;
using Listings.Cli.Export;

namespace Listings.Cli.Commands;

/// <summary><c>listings export --format yaml|json [--on DATE] [PATH…]</c>: the consolidated lists on a date.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Listing files or folders (default: listings/)", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "yaml (default) or json", DefaultValueFactory = _ => "yaml" };
        var on = new Option<string?>("--on") { Description = "The date (yyyy-mm-dd); default: today" };
        var command = new Command("export", "The consolidated lists on a date, one document per list, for tools that are not .NET.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(on);
        command.SetAction(parse =>
        {
            try
            {
                return Run(parse.GetValue(paths) ?? Array.Empty<string>(), parse.GetValue(format) ?? "yaml", parse.GetValue(on), Console.Out);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                Console.Error.WriteLine("listings export: " + e.Message);
                return 2;
            }
        });
        return command;
    }

    public static int Run(string[] paths, string format, string? on, TextWriter output)
    {
        if (format is not ("yaml" or "json"))
            throw new ArgumentException($"'{format}' is not a format (yaml or json)");
        var date = on is null ? DateTime.Today : QueryReader.ParseDate(on);
        var set = ListingSet.Load(paths.Length > 0 ? paths : new[] { CheckCommand.DefaultPath });
        if (set.HasErrors)
        {
            set.PrintErrors(output);
            return 1;
        }
        var lists = ListingExport.Of(set, date);
        if (format == "json")
            ListingExport.WriteJson(lists, output);
        else
            ListingExport.WriteYaml(lists, output);
        return 0;
    }
}
