using System;
using System.CommandLine;
using System.IO;
using Listings.Cli.Site;

namespace Listings.Cli.Commands;

/// <summary>
/// <c>listings site [--out DIR] [PATH…]</c>: the consolidated lists as a static site (plain HTML, CSS and
/// a little JavaScript, no external request, readable from <c>file://</c>). Errors in the listings go to
/// stderr (exit 1) and no site is written; the files written are listed on stderr's last line.
/// </summary>
public static class SiteCommand
{
    /// <summary>Where the site is written when no <c>--out</c> is given: <c>site/</c> in the working directory.</summary>
    public const string DefaultOut = "site";

    public static Command Create(CliContext context)
    {
        var paths = CliSyntax.Paths("paths", "Listing files or folders (default: listings/)");
        var output = new Option<string?>("--out") { Description = "The folder the site is written to (default: site/); files the site does not write are left alone", HelpName = "DIR" };
        var command = new Command("site", "The consolidated lists as a static site: every version, every entry's history, every act, a search box.");
        command.Arguments.Add(paths);
        command.Options.Add(output);
        command.SetAction(parse => Run(parse.GetValue(paths) ?? Array.Empty<string>(), parse.GetValue(output) ?? DefaultOut, context.Error));
        return command;
    }

    public static int Run(string[] paths, string outDir, TextWriter error)
    {
        var set = ListingSet.Load(paths, analyze: true);
        if (set.HasErrors)
        {
            set.PrintErrors(error);
            return ListingsCli.Failure;
        }
        if (File.Exists(outDir))
        {
            error.WriteLine($"listings site: {ListingFiles.Tried(outDir)} is a file: --out takes a folder");
            return ListingsCli.Usage;
        }
        Severities severities;
        try
        {
            severities = Severities.Read(Severities.Discover(FolderOf(paths)));
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine("listings site: " + e.Message);
            return ListingsCli.Usage;
        }
        var files = SiteBuilder.Build(set, severities.Apply(set.Diagnostics, warningsAsErrors: false));
        try
        {
            SiteBuilder.Write(files, outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"listings site: cannot write {ListingFiles.Tried(outDir)}: {e.Message}");
            return ListingsCli.Failure;
        }
        error.WriteLine($"listings site: {files.Count} files written to {ListingFiles.Tried(outDir)}");
        return ListingsCli.Success;
    }

    /// <summary>The folder whose <c>.globalconfig</c> files set the findings' severities, as <c>check</c> reads them.</summary>
    private static string FolderOf(string[] paths)
    {
        var path = paths.Length > 0 ? paths[0] : ListingSet.DefaultPath;
        return Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
    }
}
