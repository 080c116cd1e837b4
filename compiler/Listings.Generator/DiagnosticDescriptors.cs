using System;
using System.Collections.Generic;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Listings.Generator;

/// <summary>Turns the compiler's located diagnostics into Roslyn diagnostics, each with its docs page.</summary>
internal static class DiagnosticDescriptors
{
    // Relative to the repository: the docs travel with the code (docs/diagnostics/LSTnnnn.md).
    private const string HelpBase = "docs/diagnostics/";

    private static readonly Dictionary<string, DiagnosticDescriptor> Cache = new(StringComparer.Ordinal);

    public static DiagnosticDescriptor For(ListingDiagnostic diagnostic)
    {
        lock (Cache)
        {
            var key = diagnostic.Id + "/" + diagnostic.Severity;
            if (!Cache.TryGetValue(key, out var descriptor))
            {
                descriptor = new DiagnosticDescriptor(diagnostic.Id, Title(diagnostic.Id), "{0}",
                    diagnostic.Id.StartsWith("LST0", StringComparison.Ordinal) ? "Syntax" : "Listings",
                    diagnostic.Severity switch
                    {
                        Listings.Grammar.Diagnostics.DiagnosticSeverity.Error => Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
                        Listings.Grammar.Diagnostics.DiagnosticSeverity.Warning => Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
                        _ => Microsoft.CodeAnalysis.DiagnosticSeverity.Info,
                    },
                    isEnabledByDefault: true,
                    helpLinkUri: HelpBase + diagnostic.Id + ".md");
                Cache[key] = descriptor;
            }
            return descriptor;
        }
    }

    public static Diagnostic Create(ListingDiagnostic diagnostic, string fullPath)
    {
        var span = diagnostic.Span;
        var start = new LinePosition(Math.Max(0, span.Line - 1), Math.Max(0, span.Column - 1));
        var end = new LinePosition(start.Line, start.Character + span.Length);
        var location = Location.Create(fullPath, new TextSpan(span.Offset, span.Length), new LinePositionSpan(start, end));
        return Diagnostic.Create(For(diagnostic), location, diagnostic.Message);
    }

    private static string Title(string id) => id switch
    {
        SyntaxDiagnostics.SyntaxErrorId => "Syntax error in a listing",
        SyntaxDiagnostics.UnterminatedStringId => "Unterminated string",
        SyntaxDiagnostics.InvalidDateId => "Invalid date",
        SyntaxDiagnostics.MissingContainerId => "Statement outside its container",
        SyntaxDiagnostics.UnknownUnitId => "Unknown unit",
        SyntaxDiagnostics.UnreadableFileId => "Listing cannot be read",
        _ => "Listing diagnostic " + id,
    };
}
