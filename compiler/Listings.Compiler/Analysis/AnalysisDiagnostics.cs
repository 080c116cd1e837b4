using System.Collections.Generic;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Text;

namespace Listings.Compiler.Analysis;

/// <summary>
/// Builds the analyzers' findings (LST2xxx, whose ids, titles and severities are in
/// <see cref="DiagnosticCatalogue"/>). Messages name both sides of a conflict.
/// </summary>
public static class AnalysisDiagnostics
{
    public static ListingDiagnostic Create(DiagnosticRule rule, SourceSpan span, string message, params SourceSpan?[] additional)
    {
        var others = new List<SourceSpan>();
        foreach (var other in additional)
            if (other is not null)
                others.Add(other);
        return rule.At(span, message) with { AdditionalSpans = others.ToEquatableArray() };
    }

    public static string At(SourceSpan span) => span.ToString();
}
