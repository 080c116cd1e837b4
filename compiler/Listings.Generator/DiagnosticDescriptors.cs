using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Listings.Grammar.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using Severity = Listings.Grammar.Diagnostics.DiagnosticSeverity;

namespace Listings.Generator;

/// <summary>
/// The Roslyn descriptors of the diagnostics the generator reports, the parser's and the binder's
/// (LST0xxx, LST1xxx), one per id of <see cref="DiagnosticCatalogue"/>, and the conversion of the
/// compiler's located diagnostics into Roslyn ones.
/// </summary>
internal static class DiagnosticDescriptors
{
    // An error of the parser or the binder means the classifier does not hold what the listing says:
    // NotConfigurable keeps it an error whatever .globalconfig, .editorconfig, NoWarn or a rule set say,
    // so the build fails and says why. Warnings (LST1004) stay configurable.
    private static readonly string[] NotConfigurable = { WellKnownDiagnosticTags.NotConfigurable };

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = DiagnosticCatalogue.All
        .Where(rule => rule.Kind is DiagnosticKind.Syntax or DiagnosticKind.Binding)
        .Select(Describe)
        .ToImmutableArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    private static DiagnosticDescriptor Describe(DiagnosticRule rule) =>
        new(rule.Id, rule.Title, "{0}", rule.Category, Convert(rule.Severity), isEnabledByDefault: true,
            description: rule.Description, helpLinkUri: rule.HelpLink,
            customTags: rule.IsConfigurable ? Array.Empty<string>() : NotConfigurable);

    public static Diagnostic Create(ListingDiagnostic diagnostic, string fullPath)
    {
        var span = diagnostic.Span;
        var start = new LinePosition(Math.Max(0, span.Line - 1), Math.Max(0, span.Column - 1));
        var end = new LinePosition(start.Line, start.Character + span.Length);
        var location = Location.Create(fullPath, new TextSpan(span.Offset, span.Length), new LinePositionSpan(start, end));
        // Every id the parser and the binder report is in the catalogue (a test scans the code for any
        // other); one that is not still reaches the build, as an error, rather than being dropped.
        var descriptor = ById.TryGetValue(diagnostic.Id, out var known) ? known
            : Describe(new DiagnosticRule(diagnostic.Id, DiagnosticKind.Syntax, Severity.Error, "Listings.Syntax", diagnostic.Id, ""));
        return Diagnostic.Create(descriptor, location, diagnostic.Message);
    }

    private static DiagnosticSeverity Convert(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
