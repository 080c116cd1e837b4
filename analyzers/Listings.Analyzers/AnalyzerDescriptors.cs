using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Listings.Grammar.Diagnostics;
using Microsoft.CodeAnalysis;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using Severity = Listings.Grammar.Diagnostics.DiagnosticSeverity;

namespace Listings.Analyzers;

/// <summary>
/// The Roslyn descriptors of the analyzers' diagnostics (LST2xxx), one per id of
/// <see cref="DiagnosticCatalogue"/>. Built from the catalogue, so Roslyn's release tracking cannot read
/// them as constants; a test checks AnalyzerReleases.*.md against the catalogue instead.
/// </summary>
internal static class AnalyzerDescriptors
{
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = DiagnosticCatalogue.All
        .Where(rule => rule.Kind is DiagnosticKind.Finding or DiagnosticKind.Analysis or DiagnosticKind.SourceDefect)
        .Select(rule => new DiagnosticDescriptor(rule.Id, rule.Title, "{0}", rule.Category, Convert(rule.Severity), isEnabledByDefault: true,
            description: rule.Description, helpLinkUri: rule.HelpLink, customTags: WellKnownDiagnosticTags.CompilationEnd))
        .ToImmutableArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The analyzer could not finish (a bug, not a listing problem): reported rather than thrown.</summary>
    public static DiagnosticDescriptor InternalError { get; } = For(DiagnosticCatalogue.AnalyzerFailed.Id);

    public static DiagnosticDescriptor For(string id) => ById[id];

    public static DiagnosticSeverity Convert(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
