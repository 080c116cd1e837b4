using System.Collections.Generic;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Text;

namespace Listings.Compiler.Analysis;

/// <summary>One diagnostic the analyzers can report: what the Roslyn descriptor and the docs page say.</summary>
public sealed record AnalysisRule(string Id, string Title, string Category, DiagnosticSeverity Severity, string Description);

/// <summary>
/// The catalogue of the analyzers' diagnostics (LST2xxx). Each id has a page in docs/diagnostics/ and a
/// line in analyzers/Listings.Analyzers/AnalyzerReleases.*.md. Messages name both sides of a conflict.
/// </summary>
public static class AnalysisDiagnostics
{
    public static readonly AnalysisRule Duplicate = new("LST2001", "Substance entered twice", "Listings.Entries", DiagnosticSeverity.Warning,
        "The same substance (its name, compared without case, accents, apostrophes or spacing) is an entry twice, in one list or across lists, while both are in force.");

    public static readonly AnalysisRule Ambiguous = new("LST2002", "Ambiguous name", "Listings.Entries", DiagnosticSeverity.Warning,
        "Two different entries are found by the same name: an alias (or a substance listed with an entry) that is another entry's name or alias, compared without case, accents, apostrophes or spacing.");

    public static readonly AnalysisRule Redundant = new("LST2003", "Entry already covered by an inclusion rule", "Listings.Rules", DiagnosticSeverity.Info,
        "An entry is a salt or an isomer of another entry of the same annex whose rules already include it.");

    public static readonly AnalysisRule Conflict = new("LST2004", "Entry covered by another annex's inclusion rule", "Listings.Rules", DiagnosticSeverity.Warning,
        "An entry is a salt or an isomer of an entry of another annex whose rules include it too: nothing in the listings says which annex it belongs to.");

    public static readonly AnalysisRule ExceptsNothing = new("LST2005", "Exception that excepts nothing", "Listings.Exceptions", DiagnosticSeverity.Warning,
        "An exception takes out a form the entry does not include (isomers, preparations), or names a substance no entry names.");

    public static readonly AnalysisRule HandOffGap = new("LST2006", "Excepted preparations no list receives", "Listings.Exceptions", DiagnosticSeverity.Warning,
        "An entry excepts its preparations by route (injectable, other than injectable) and no other list of the set lists those preparations.");

    public static readonly AnalysisRule Dangling = new("LST2007", "Mark that names no act", "Listings.Acts", DiagnosticSeverity.Warning,
        "A provenance mark such as (15) points to no act declared in the list's numbering.");

    public static readonly AnalysisRule Dates = new("LST2008", "Contradictory dates", "Listings.Acts", DiagnosticSeverity.Warning,
        "An act is published before it is signed, in force before it is signed, or an amending act is in force before the act that founded the list it amends.");

    public static readonly AnalysisRule AmendmentConflict = new("LST2009", "Amendment conflict", "Listings.Amendments", DiagnosticSeverity.Warning,
        "An amendment adds an entry already in force, or two acts change the same entry on the same date.");

    public static readonly AnalysisRule External = new("LST2010", "Reference to a list outside the listing set", "Listings.Exceptions", DiagnosticSeverity.Info,
        "An exception refers to a classification the listing set does not contain; classifiers cannot decide it.");

    public static readonly AnalysisRule Suspicious = new("LST2011", "Suspicious text", "Listings.Text", DiagnosticSeverity.Warning,
        "A string holds bidirectional controls or invisible characters, a name mixes Latin with look-alike Cyrillic or Greek letters, or a name is spaced out letter by letter.");

    public static readonly AnalysisRule UnusedAcceptance = new("LST2012", "Acceptance that matches no finding", "Listings.Acceptances", DiagnosticSeverity.Warning,
        "An 'accepte LSTnnnn' clause justifies a finding the analyzers no longer report on that statement.");

    public static IReadOnlyList<AnalysisRule> All { get; } = new[]
    {
        Duplicate, Ambiguous, Redundant, Conflict, ExceptsNothing, HandOffGap, Dangling, Dates, AmendmentConflict, External, Suspicious, UnusedAcceptance,
    };

    public static ListingDiagnostic Create(AnalysisRule rule, SourceSpan span, string message, params SourceSpan?[] additional)
    {
        var others = new List<SourceSpan>();
        foreach (var other in additional)
            if (other is not null)
                others.Add(other);
        return new ListingDiagnostic(rule.Id, rule.Severity, message, span) { AdditionalSpans = others.ToEquatableArray() };
    }

    public static string At(SourceSpan span) => span.ToString();
}
