using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Listings.Compiler.Analysis;
using Listings.Grammar.Diagnostics;

namespace Listings.Cli;

/// <summary>
/// The severities a build gives the listings' diagnostics, read from the same file the build reads:
/// <c>dotnet_diagnostic.LSTnnnn.severity = error|warning|suggestion|silent|none|default</c> in a
/// <c>.globalconfig</c>. Applied as Roslyn applies them: an accepted finding (<c>accepte LSTnnnn</c>)
/// stays info whatever its id is set to (the build suppresses it); <c>silent</c> and <c>none</c> hide
/// the diagnostic; <c>-warnaserror</c> then turns the remaining warnings into errors.
/// </summary>
public sealed class Severities
{
    private readonly Dictionary<string, string> _byId;

    private Severities(string? source, Dictionary<string, string> byId)
    {
        Source = source;
        _byId = byId;
    }

    /// <summary>The files the severities come from (full paths, comma-separated), or null when none applies.</summary>
    public string? Source { get; }

    public static readonly Severities Defaults = new(null, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    private static readonly string[] Values = { "error", "warning", "suggestion", "silent", "none", "default" };

    /// <summary>
    /// The <c>.globalconfig</c> files the build would see for listings in <paramref name="folder"/>:
    /// every one in that folder and the folders above it, the farthest first (the .NET SDK takes every
    /// <c>.globalconfig</c> in the folders above a project's sources).
    /// </summary>
    public static IReadOnlyList<string> Discover(string folder)
    {
        var found = new List<string>();
        for (var directory = new DirectoryInfo(Path.GetFullPath(folder)); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, ".globalconfig");
            if (File.Exists(candidate))
                found.Insert(0, candidate);
        }
        return found;
    }

    /// <summary>
    /// Reads the settings of the files' global sections (before any <c>[section]</c>: settings under a
    /// section apply to the files it names). Where two files set one id, the later (nearer) one wins;
    /// the build reports such a conflict and keeps neither. A value that is not a severity is a
    /// <see cref="FormatException"/> that names the file and the line.
    /// </summary>
    public static Severities Read(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
            return Defaults;
        var byId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths)
            ReadInto(Path.GetFullPath(path), byId);
        return new Severities(string.Join(", ", paths.Select(p => Path.GetFullPath(p).Replace('\\', '/'))), byId);
    }

    private static void ReadInto(string full, Dictionary<string, string> byId)
    {
        var lines = File.ReadAllLines(full);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
                continue;
            if (line[0] == '[')
                break;
            var equals = line.IndexOf('=');
            if (equals < 0)
                continue;
            var key = line.Substring(0, equals).Trim();
            var value = line.Substring(equals + 1).Trim();
            const string prefix = "dotnet_diagnostic.", suffix = ".severity";
            if (!key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                || key.Length <= prefix.Length + suffix.Length)
                continue;
            var id = key.Substring(prefix.Length, key.Length - prefix.Length - suffix.Length);
            if (!id.StartsWith("LST", StringComparison.OrdinalIgnoreCase))
                continue;
            var severity = value.ToLowerInvariant();
            if (Array.IndexOf(Values, severity) < 0)
                throw new FormatException($"{full.Replace('\\', '/')}({i + 1}): '{value}' is not a severity for {id} (error, warning, suggestion, silent, none or default)");
            if (severity == "default")
                byId.Remove(id);
            else
                byId[id] = severity;
        }
    }

    /// <summary>The diagnostics as the build reports them: severities applied, hidden ones left out.</summary>
    public IReadOnlyList<ListingDiagnostic> Apply(IEnumerable<ListingDiagnostic> diagnostics, bool warningsAsErrors)
    {
        var kept = new List<ListingDiagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var applied = diagnostic;
            if (!Acceptances.IsAccepted(diagnostic) && _byId.TryGetValue(diagnostic.Id, out var setting))
            {
                switch (setting)
                {
                    case "silent":
                    case "none":
                        continue;
                    case "error":
                        applied = diagnostic with { Severity = DiagnosticSeverity.Error };
                        break;
                    case "warning":
                        applied = diagnostic with { Severity = DiagnosticSeverity.Warning };
                        break;
                    case "suggestion":
                        applied = diagnostic with { Severity = DiagnosticSeverity.Info };
                        break;
                }
            }
            if (warningsAsErrors && applied.Severity == DiagnosticSeverity.Warning)
                applied = applied with { Severity = DiagnosticSeverity.Error };
            kept.Add(applied);
        }
        return kept;
    }

    public override string ToString() => Source ?? "defaults";
}
