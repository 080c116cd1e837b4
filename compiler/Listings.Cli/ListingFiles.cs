using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Parsing;
using Listings.Grammar.Text;

namespace Listings.Cli;

/// <summary>A listing file as read from disk: the path shown to the user and its text, or why it could not be read.</summary>
public sealed record ListingFile(string DisplayPath, string? Text, ListingDiagnostic? ReadError);

/// <summary>
/// Finds and reads <c>.listing</c> files. Files are taken in ordinal order of their paths so that
/// every run, on every machine, reports the same things in the same order.
/// </summary>
public static class ListingFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The <c>.listing</c> files under <paramref name="paths"/>. A path that does not exist, and a
    /// folder that holds no listing, is an input error: one line <c>path: error LST0006: …</c> in
    /// <paramref name="inputErrors"/>, with the full path the tool tried (a listing set with no listing
    /// would answer "not listed" to every name).
    /// </summary>
    public static IReadOnlyList<ListingFile> Find(IEnumerable<string> paths, out IReadOnlyList<string> inputErrors, string? displayRoot = null, bool defaulted = false)
    {
        var hint = defaulted ? " (no path was given: the default is the folder listings/ in the working directory)" : "";
        var root = displayRoot ?? Directory.GetCurrentDirectory();
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var before = found.Count;
                foreach (var file in Directory.EnumerateFiles(path, "*.listing", SearchOption.AllDirectories))
                    found[Display(file, root)] = file;
                if (found.Count == before)
                    errors.Add($"{Tried(path)}: error {DiagnosticCatalogue.UnreadableFile.Id}: no .listing file in this folder{hint}");
            }
            else if (File.Exists(path))
            {
                found[Display(path, root)] = path;
            }
            else
            {
                errors.Add($"{Tried(path)}: error {DiagnosticCatalogue.UnreadableFile.Id}: no such file or folder{hint}");
            }
        }
        inputErrors = errors;
        return found.Select(pair => Read(pair.Key, pair.Value)).ToList();
    }

    /// <summary>The full path the tool tried, so that an error about a relative path says where it looked.</summary>
    public static string Tried(string path) => Path.GetFullPath(path).Replace('\\', '/');

    public static ListingFile Read(string displayPath, string path)
    {
        try
        {
            var read = ListingText.Decode(displayPath, File.ReadAllBytes(path));
            return new ListingFile(displayPath, read.Text, read.Error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ListingFile(displayPath, null, SyntaxDiagnostics.UnreadableFile(displayPath, e.Message));
        }
    }

    public static ParseResult Parse(ListingFile file) =>
        file.Text is null
            ? new ParseResult(
                new ListingDocument(file.DisplayPath, default, default, default, default, default, default),
                new[] { file.ReadError! }.ToEquatableArray())
            : ListingParser.Parse(file.DisplayPath, file.Text);

    /// <summary>The path relative to <paramref name="root"/> (the working directory) when it lies below it, with '/' separators.</summary>
    private static string Display(string path, string root)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(root, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
