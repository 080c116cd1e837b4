using System.Globalization;
using Listings.Grammar.Text;

namespace Listings.Grammar.Diagnostics;

/// <summary>A located message about a listing, printed the way the C# compiler prints its own.</summary>
public sealed record ListingDiagnostic(string Id, DiagnosticSeverity Severity, string Message, SourceSpan Span)
{
    /// <summary>The other side of a conflict (the first occurrence of a duplicate, the entry that already covers a name).</summary>
    public EquatableArray<SourceSpan> AdditionalSpans { get; init; } = EquatableArray<SourceSpan>.Empty;

    public string SeverityText => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary><c>path(line,col): error LST0001: message</c></summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): {3} {4}: {5}",
            Span.Path, Span.Line, Span.Column, SeverityText, Id, Message);
}
