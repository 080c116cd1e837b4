using System.Collections.Immutable;
using System.Linq;
using Listings.Compiler.Analysis;
using Microsoft.CodeAnalysis;
using Severity = Listings.Grammar.Diagnostics.DiagnosticSeverity;

namespace Listings.Analyzers;

/// <summary>
/// The Roslyn descriptors of the analysis catalogue (<see cref="AnalysisDiagnostics"/>), one docs page
/// each. Written out one by one because Roslyn's release tracking (AnalyzerReleases.*.md) reads ids,
/// categories and severities as constants; a test checks they agree with the catalogue.
/// </summary>
internal static class AnalyzerDescriptors
{
    // Relative to the repository: the docs travel with the code (docs/diagnostics/LSTnnnn.md).
    private const string HelpBase = "docs/diagnostics/";

    /// <summary>The analyzer could not finish (a bug, not a listing problem): reported rather than thrown.</summary>
    public static readonly DiagnosticDescriptor InternalError = new(
        "LST2000", "The listings analyzer failed", "The listings analyzer failed: {0}", "Listings.Analyzer",
        DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "LST2000.md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor Duplicate = new(
        "LST2001", AnalysisDiagnostics.Duplicate.Title, "{0}", "Listings.Entries", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: AnalysisDiagnostics.Duplicate.Description, helpLinkUri: HelpBase + "LST2001.md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor Ambiguous = new(
        "LST2002", AnalysisDiagnostics.Ambiguous.Title, "{0}", "Listings.Entries", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: AnalysisDiagnostics.Ambiguous.Description, helpLinkUri: HelpBase + "LST2002.md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor Redundant = new(
        "LST2003", AnalysisDiagnostics.Redundant.Title, "{0}", "Listings.Rules", DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: AnalysisDiagnostics.Redundant.Description, helpLinkUri: HelpBase + "LST2003.md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor Conflict = new(
        "LST2004", AnalysisDiagnostics.Conflict.Title, "{0}", "Listings.Rules", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: AnalysisDiagnostics.Conflict.Description, helpLinkUri: HelpBase + "LST2004.md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor ExceptsNothing = new(
        "LST2005", AnalysisDiagnostics.ExceptsNothing.Title, "{0}", "Listings.Exceptions", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: AnalysisDiagnostics.ExceptsNothing.Description, helpLinkUri: HelpBase + "LST2005.md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor HandOffGap = new(
        "LST2006", AnalysisDiagnostics.HandOffGap.Title, "{0}", "Listings.Exceptions", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: AnalysisDiagnostics.HandOffGap.Description, helpLinkUri: HelpBase + "LST2006.md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor Dangling = new(
        "LST2007", AnalysisDiagnostics.Dangling.Title, "{0}", "Listings.Acts", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: AnalysisDiagnostics.Dangling.Description, helpLinkUri: HelpBase + "LST2007.md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor Dates = new(
        "LST2008", AnalysisDiagnostics.Dates.Title, "{0}", "Listings.Acts", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: AnalysisDiagnostics.Dates.Description, helpLinkUri: HelpBase + "LST2008.md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor AmendmentConflict = new(
        "LST2009", AnalysisDiagnostics.AmendmentConflict.Title, "{0}", "Listings.Amendments", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: AnalysisDiagnostics.AmendmentConflict.Description, helpLinkUri: HelpBase + "LST2009.md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor External = new(
        "LST2010", AnalysisDiagnostics.External.Title, "{0}", "Listings.Exceptions", DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: AnalysisDiagnostics.External.Description, helpLinkUri: HelpBase + "LST2010.md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor Suspicious = new(
        "LST2011", AnalysisDiagnostics.Suspicious.Title, "{0}", "Listings.Text", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: AnalysisDiagnostics.Suspicious.Description, helpLinkUri: HelpBase + "LST2011.md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnusedAcceptance = new(
        "LST2012", AnalysisDiagnostics.UnusedAcceptance.Title, "{0}", "Listings.Acceptances", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: AnalysisDiagnostics.UnusedAcceptance.Description, helpLinkUri: HelpBase + "LST2012.md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(InternalError, Duplicate, Ambiguous, Redundant, Conflict, ExceptsNothing, HandOffGap, Dangling, Dates, AmendmentConflict, External, Suspicious, UnusedAcceptance);

    public static DiagnosticDescriptor For(string id) => All.First(d => d.Id == id);

    public static DiagnosticSeverity Convert(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
