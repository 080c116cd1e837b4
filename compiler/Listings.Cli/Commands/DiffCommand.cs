using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Listings.Cli.Diff;
using Listings.Compiler.Diff;

namespace Listings.Cli.Commands;

/// <summary>
/// <c>listings diff --from DATE --to DATE [PATH…]</c>, <c>listings diff OLD NEW</c>,
/// <c>listings diff --git BASE..HEAD [PATH]</c>: what changes in the consolidated lists, as a reviewer
/// of a new arrêté reads it.
/// </summary>
public static class DiffCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "With --from/--to: the listings (default listings/). Otherwise OLD and NEW folders. With --git: the folder inside the repository (default listings)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var from = new Option<string?>("--from") { Description = "Compare the lists in force on this date (yyyy-mm-dd)…" };
        var to = new Option<string?>("--to") { Description = "…with the lists in force on this date" };
        var on = new Option<string?>("--on") { Description = "For OLD NEW and --git: the date both versions are compared on (default: today)" };
        var git = new Option<string?>("--git") { Description = "Compare two revisions of this repository, BASE..HEAD" };
        var format = new Option<string>("--format") { Description = "text (default), markdown or json", DefaultValueFactory = _ => "text" };
        var command = new Command("diff", "What a new arrêté changes: entries added, removed, moved; exceptions, extensions and aliases changed; acts added; classification impact.");
        command.Arguments.Add(paths);
        foreach (var option in new Option[] { from, to, on, git, format })
            command.Options.Add(option);
        command.SetAction(parse =>
        {
            try
            {
                return Run(parse.GetValue(paths) ?? Array.Empty<string>(), parse.GetValue(from), parse.GetValue(to),
                    parse.GetValue(on), parse.GetValue(git), parse.GetValue(format) ?? "text", Console.Out);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
            {
                Console.Error.WriteLine("listings diff: " + e.Message);
                return 2;
            }
        });
        return command;
    }

    public static int Run(string[] paths, string? from, string? to, string? on, string? git, string format, TextWriter output)
    {
        if (format is not ("text" or "markdown" or "json"))
            throw new ArgumentException($"'{format}' is not a format (text, markdown or json)");
        var date = on is null ? DateTime.Today : QueryReader.ParseDate(on);

        if (git is not null)
        {
            var folder = paths.Length switch
            {
                0 => CheckCommand.DefaultPath,
                1 => paths[0],
                _ => throw new ArgumentException("with --git, give at most one folder (inside the repository)"),
            };
            using var trees = GitWorktrees.Create(git);
            var range = git.Split(new[] { ".." }, StringSplitOptions.None);
            return Compare(
                ListingSet.Load(new[] { Path.Combine(trees.Base, folder) }, trees.Base), date, range[0],
                ListingSet.Load(new[] { Path.Combine(trees.Head, folder) }, trees.Head), date, range[1],
                format, output);
        }

        if (from is not null || to is not null)
        {
            if (from is null || to is null)
                throw new ArgumentException("--from and --to go together");
            var set = ListingSet.Load(paths.Length > 0 ? paths : new[] { CheckCommand.DefaultPath });
            return Compare(set, QueryReader.ParseDate(from), from, set, QueryReader.ParseDate(to), to, format, output);
        }

        if (paths.Length != 2)
            throw new ArgumentException("give two folders OLD NEW, or --from DATE --to DATE, or --git BASE..HEAD");
        return Compare(ListingSet.Load(new[] { paths[0] }), date, paths[0], ListingSet.Load(new[] { paths[1] }), date, paths[1], format, output);
    }

    private static int Compare(ListingSet before, DateTime beforeOn, string beforeLabel, ListingSet after, DateTime afterOn, string afterLabel,
        string format, TextWriter output)
    {
        // A diff of listings that do not read would be a diff of half of them: say what is wrong instead.
        if (before.HasErrors || after.HasErrors)
        {
            before.PrintErrors(output);
            if (!ReferenceEquals(before, after))
                after.PrintErrors(output);
            return 1;
        }
        var report = ListingDiff.Compare(ListingState.Of(before.Model, beforeOn), ListingState.Of(after.Model, afterOn), beforeLabel, afterLabel);
        if (report.IsEmpty && format != "json")
        {
            output.WriteLine("no changes");
            return 0;
        }
        switch (format)
        {
            case "markdown":
                DiffMarkdown.Write(report, output);
                break;
            case "json":
                output.Flush();
                using (var stdout = output == Console.Out ? Console.OpenStandardOutput() : null)
                {
                    if (stdout is not null)
                        DiffJson.Write(report, stdout);
                    else
                    {
                        using var buffer = new MemoryStream();
                        DiffJson.Write(report, buffer);
                        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                    }
                }
                break;
            default:
                DiffText.Write(report, output);
                break;
        }
        return 0;
    }
}
