using System;
using System.CommandLine;
using System.IO;
using System.Text;
using Listings.Cli.Diff;
using Listings.Compiler.Diff;

namespace Listings.Cli.Commands;

/// <summary>
/// <c>listings diff --from DATE --to DATE [PATH…]</c>, <c>listings diff OLD NEW</c>,
/// <c>listings diff --git BASE..HEAD [FOLDER]</c>: what changes in the consolidated lists, as a reviewer
/// of a new arrêté reads it. The report goes to stdout; errors in the listings go to stderr (exit 1).
/// </summary>
public static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CliSyntax.Paths("paths",
            "With --from/--to: the listings (default listings/). Otherwise OLD and NEW folders. With --git: the folder in the repository (default listings)");
        var from = CliSyntax.Date("--from", "Compare the lists in force on this date…");
        var to = CliSyntax.Date("--to", "…with the lists in force on this date");
        var on = CliSyntax.Date("--on", "For OLD NEW and --git: the date both versions are compared on (default: today)");
        var git = new Option<string?>("--git") { Description = "Compare two revisions of this repository", HelpName = "BASE..HEAD" };
        git.Validators.Add(result =>
        {
            try
            {
                if (result.GetValueOrDefault<string?>() is { } range)
                    GitWorktrees.ParseRange(range);
            }
            catch (ArgumentException e)
            {
                result.AddError("--git: " + e.Message);
            }
        });
        var format = CliSyntax.Format("text (default), markdown (a pull-request comment) or json", "text", "markdown", "json");
        var command = new Command("diff", "What a new arrêté changes: entries added, removed, moved; exceptions, extensions and aliases changed; acts added; classification impact.");
        command.Arguments.Add(paths);
        foreach (var option in new Option[] { from, to, on, git, format })
            command.Options.Add(option);
        command.Validators.Add(result =>
        {
            var given = result.GetValue(paths) ?? Array.Empty<string>();
            bool Given(Option option) => result.GetResult(option) is { Implicit: false };
            if (Given(git))
            {
                if (Given(from) || Given(to))
                    result.AddError("--git compares two revisions on one date (--on): --from and --to do not go with it");
                if (given.Length > 1)
                    result.AddError($"with --git, give at most one folder (in the repository); found {given.Length}");
            }
            else if (Given(from) || Given(to))
            {
                if (!Given(from) || !Given(to))
                    result.AddError("--from and --to go together");
                if (Given(on))
                    result.AddError("--on does not go with --from and --to");
            }
            else if (given.Length != 2)
            {
                result.AddError(given.Length < 2
                    ? "give two folders OLD NEW, or --from DATE --to DATE, or --git BASE..HEAD"
                    : $"give two folders OLD NEW, not {given.Length}");
            }
        });
        command.SetAction(parse =>
        {
            try
            {
                return Run(parse.GetValue(paths) ?? Array.Empty<string>(), parse.GetValue(from), parse.GetValue(to),
                    parse.GetValue(on), parse.GetValue(git), parse.GetValue(format) ?? "text", context.Output, context.Error);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                context.Error.WriteLine("listings diff: " + e.Message);
                return ListingsCli.Usage;
            }
        });
        return command;
    }

    /// <summary>Runs a diff; <paramref name="error"/> gets the listings' errors (default: <paramref name="output"/>, for tests that read one text).</summary>
    public static int Run(string[] paths, DateTime? from, DateTime? to, DateTime? on, string? git, string format, TextWriter output, TextWriter? error = null)
    {
        error ??= output;
        if (format is not ("text" or "markdown" or "json"))
            throw new ArgumentException($"'{format}' is not a format (text, markdown or json)");
        var date = on ?? DateTime.Today;

        if (git is not null)
        {
            var (baseRevision, headRevision) = GitWorktrees.ParseRange(git);
            using var trees = GitWorktrees.Open();
            var folder = RepositoryFolder(paths.Length > 0 ? paths[0] : CheckCommand.DefaultPath, trees);
            trees.CheckOut(baseRevision, headRevision);
            return Compare(
                ListingSet.Load(new[] { Path.Combine(trees.Base, folder) }, trees.Base), date, baseRevision,
                ListingSet.Load(new[] { Path.Combine(trees.Head, folder) }, trees.Head), date, headRevision,
                format, output, error);
        }

        if (from is not null || to is not null)
        {
            if (from is null || to is null)
                throw new ArgumentException("--from and --to go together");
            var set = ListingSet.Load(paths);
            return Compare(set, from.Value, Iso(from.Value), set, to.Value, Iso(to.Value), format, output, error);
        }

        if (paths.Length != 2)
            throw new ArgumentException("give two folders OLD NEW, or --from DATE --to DATE, or --git BASE..HEAD");
        return Compare(ListingSet.Load(new[] { paths[0] }), date, paths[0], ListingSet.Load(new[] { paths[1] }), date, paths[1], format, output, error);
    }

    /// <summary>
    /// The folder to compare, relative to the repository's top: a relative path is taken from the
    /// working directory (as git takes paths), an absolute one must lie inside the repository. A path
    /// outside it is refused: checked out nowhere, it would compare the working folder with itself.
    /// </summary>
    private static string RepositoryFolder(string folder, GitWorktrees trees)
    {
        string relative;
        if (Path.IsPathRooted(folder))
        {
            relative = Path.GetRelativePath(trees.Repository, Path.GetFullPath(folder));
            if (Outside(relative))
            {
                // The working directory as the kernel resolves it (symbolic links followed), as git does.
                var fromHere = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(folder));
                relative = Outside(fromHere) ? relative : Path.Combine(trees.Prefix, fromHere);
            }
        }
        else
        {
            relative = Path.GetRelativePath(trees.Repository, Path.GetFullPath(Path.Combine(trees.Repository, trees.Prefix, folder)));
        }
        if (Outside(relative))
            throw new ArgumentException($"'{folder}' is not inside the repository {trees.Repository}: give the listings' folder in the repository, e.g. listings");
        return relative;
    }

    private static bool Outside(string relative) =>
        Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || relative.StartsWith("..\\", StringComparison.Ordinal);

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static int Compare(ListingSet before, DateTime beforeOn, string beforeLabel, ListingSet after, DateTime afterOn, string afterLabel,
        string format, TextWriter output, TextWriter error)
    {
        // A diff of listings that do not read would be a diff of half of them: say what is wrong instead,
        // on stderr, so that no one takes the errors for the report.
        if (before.HasErrors || after.HasErrors)
        {
            before.PrintErrors(error);
            if (!ReferenceEquals(before, after))
                after.PrintErrors(error);
            return ListingsCli.Failure;
        }
        var report = ListingDiff.Compare(ListingState.Of(before.Model, beforeOn), ListingState.Of(after.Model, afterOn), beforeLabel, afterLabel);
        if (report.IsEmpty && format != "json")
        {
            output.WriteLine("no changes");
            return ListingsCli.Success;
        }
        switch (format)
        {
            case "markdown":
                DiffMarkdown.Write(report, output);
                break;
            case "json":
                using (var buffer = new MemoryStream())
                {
                    DiffJson.Write(report, buffer);
                    output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                }
                break;
            default:
                DiffText.Write(report, output);
                break;
        }
        return ListingsCli.Success;
    }
}
