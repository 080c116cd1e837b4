using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Listings.Compiler.Formatting;

namespace Listings.Cli.Commands;

/// <summary>
/// <c>listings format [--check] [PATH…]</c>: writes every listing in the canonical layout
/// (<see cref="ListingFormatter"/>). With <c>--check</c> nothing is written: the files that would change
/// are listed, one a line, and the exit code is 1 when there is one. A file the parser rejects is left
/// as it is and its errors are printed (exit code 1).
/// </summary>
public static class FormatCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CliSyntax.Paths("paths", "Listing files or folders (default: listings/)");
        var check = new Option<bool>("--check") { Description = "Write nothing: list the files that are not formatted, and exit 1 if there is one" };
        var command = new Command("format", "Lay listings out in the one canonical layout (indentation, one entry a line, keywords as the grammar writes them).");
        command.Arguments.Add(paths);
        command.Options.Add(check);
        command.SetAction(parse => Run(parse.GetValue(paths) ?? Array.Empty<string>(), parse.GetValue(check), context.Output, context.Error));
        return command;
    }

    public static int Run(string[] paths, bool check, TextWriter output, TextWriter error)
    {
        var defaulted = paths.Length == 0;
        var files = ListingFiles.Find(defaulted ? new[] { ListingSet.DefaultPath } : paths, out var inputErrors, defaulted: defaulted);
        foreach (var line in inputErrors)
            error.WriteLine(line);
        var failed = inputErrors.Count > 0;
        var changed = 0;
        foreach (var file in files)
        {
            if (file.Text is null)
            {
                error.WriteLine(file.ReadError!.ToString());
                failed = true;
                continue;
            }
            var result = ListingFormatter.Format(file.DisplayPath, file.Text);
            if (result.Text is null)
            {
                foreach (var diagnostic in result.Errors)
                    error.WriteLine(diagnostic.ToString());
                failed = true;
                continue;
            }
            if (result.Text == file.Text)
                continue;
            changed++;
            if (check)
            {
                output.WriteLine(file.DisplayPath);
                continue;
            }
            var fullPath = Path.GetFullPath(file.DisplayPath);
            var bom = HasByteOrderMark(fullPath);
            File.WriteAllText(fullPath, result.Text, new UTF8Encoding(bom));
            output.WriteLine("formatted " + file.DisplayPath);
        }
        if (check && changed > 0)
            error.WriteLine($"listings format: {changed} of {files.Count} files are not formatted (run 'listings format' to format them)");
        return failed || (check && changed > 0) ? ListingsCli.Failure : ListingsCli.Success;
    }

    private static bool HasByteOrderMark(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[3];
        return stream.Read(head, 0, 3) == 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF;
    }
}
