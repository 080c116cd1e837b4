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

    /// <summary>The file the severities come from (full path), or null when none applies.</summary>
    public string? Source { get; }

    public static readonly Severities Defaults = new(null, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    private static readonly string[] Values = { "error", "warning", "suggestion", "silent", "none", "default" };

    /// <summary>
    /// The <c>.globalconfig</c> the build would see for listings in <paramref name="folder"/>: the
    /// nearest one in that folder or a folder above it (the .NET SDK takes the nearest one above the
    /// project), or null.
    /// </summary>
    public static string? Discover(string folder)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(folder)); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, ".globalconfig");
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }

    /// <summary>
    /// Reads the settings of the file's global section (before any <c>[section]</c>). A value that is
    /// not a severity is a <see cref="FormatException"/> that names the file and the line.
    /// </summary>
    public static Severities Read(string path)
    {
        var full = Path.GetFullPath(path);
        var byId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = File.ReadAllLines(full);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
                continue;
            // Settings under a section apply to the files it names, which check does not map: stop there.
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
            byId[id] = severity;
        }
        return new Severities(full.Replace('\\', '/'), byId);
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
