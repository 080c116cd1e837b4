using System.Globalization;
using Listings.Grammar.Text;

namespace Listings.Grammar.Diagnostics;

/// <summary>The diagnostics the grammar reports; their ids, titles and severities are in <see cref="DiagnosticCatalogue"/>.</summary>
public static class SyntaxDiagnostics
{
    public static ListingDiagnostic LimitExceeded(SourceSpan span, string what, int limit) =>
        DiagnosticCatalogue.LimitExceeded.At(span, string.Format(CultureInfo.InvariantCulture, "{0}: the limit is {1:N0}", what, limit));

    public static ListingDiagnostic SyntaxError(SourceSpan span, string expected, string found) =>
        DiagnosticCatalogue.SyntaxError.At(span, $"expected {expected}, found {found}");

    public static ListingDiagnostic UnterminatedString(SourceSpan span) =>
        DiagnosticCatalogue.UnterminatedString.At(span, "unterminated string: a string must close on the line where it opens");

    public static ListingDiagnostic InvalidDate(SourceSpan span, string text, string reason) =>
        DiagnosticCatalogue.InvalidDate.At(span, $"invalid date '{text}': {reason}");

    public static ListingDiagnostic MissingContainer(SourceSpan span, string statement, string container) =>
        DiagnosticCatalogue.MissingContainer.At(span, $"{statement} must follow {container}; none is open at this point of the file");

    public static ListingDiagnostic UnknownUnit(SourceSpan span, string unit) =>
        DiagnosticCatalogue.UnknownUnit.At(span, $"unknown unit '{unit}' in a quantity; expected one of µg, mg, g, kg, %");

    public static ListingDiagnostic UnreadableFile(string path, string reason) =>
        DiagnosticCatalogue.UnreadableFile.At(new SourceSpan(path, 1, 1, 0, 0), $"cannot read the listing: {reason}");
}
