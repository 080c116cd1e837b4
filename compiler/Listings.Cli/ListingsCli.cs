using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Linq;
using Listings.Cli.Commands;

namespace Listings.Cli;

/// <summary>
/// The <c>listings</c> command line. Exit codes: <see cref="Success"/> (0), <see cref="Failure"/> (1:
/// findings, listing errors, a path with no listing, output that could not be written),
/// <see cref="Usage"/> (2: an unknown option, a stray argument, a value that does not parse, a
/// missing argument; the message names it on stderr).
/// </summary>
public static class ListingsCli
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("listings: check, classify, compare and export substance listings (stupéfiants, psychotropes).");
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(ClassifyCommand.Create(context));
        root.Subcommands.Add(DiffCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(SiteCommand.Create(context));
        root.Subcommands.Add(FormatCommand.Create(context));
        root.Subcommands.Add(LspCommand.Create(context));
        return root;
    }

    /// <summary>Parses and runs one command line; returns its exit code.</summary>
    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        // No response files: "@name" is a name to classify, not a file to read arguments from.
        var parse = Build(context).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var errors = parse.Errors.Select(e => e.Message).Concat(CliSyntax.UnknownOptions(parse)).Distinct().ToList();
        if (errors.Count > 0 && parse.Action is not CommandLineAction { ClearsParseErrors: true })
        {
            var command = CommandPath(parse.CommandResult);
            foreach (var error in errors)
                context.Error.WriteLine($"{command}: {error}");
            context.Error.WriteLine($"Run '{command} --help' to see the usage.");
            return Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e) when (e is not OutputException)
        {
            // Never a stack trace: one line that says what failed.
            context.Error.WriteLine($"{CommandPath(parse.CommandResult)}: internal error: {e.GetType().Name}: {e.Message}");
            return Failure;
        }
    }

    /// <summary>"listings classify".</summary>
    public static string CommandPath(CommandResult? result)
    {
        var names = new List<string>();
        for (var r = result; r is not null; r = r.Parent as CommandResult)
            if (r.Parent is not null)
                names.Insert(0, r.Command.Name);
        names.Insert(0, "listings");
        return string.Join(" ", names);
    }
}
