using Listings.Grammar.Text;

namespace Listings.Grammar.Diagnostics;

/// <summary>
/// The catalogue of diagnostics the grammar reports. Each id has a page in docs/diagnostics/.
/// </summary>
public static class SyntaxDiagnostics
{
    public const string SyntaxErrorId = "LST0001";
    public const string UnterminatedStringId = "LST0002";
    public const string InvalidDateId = "LST0003";
    public const string MissingContainerId = "LST0004";
    public const string UnknownUnitId = "LST0005";
    public const string UnreadableFileId = "LST0006";
    public const string LimitExceededId = "LST0007";

    public static ListingDiagnostic LimitExceeded(SourceSpan span, string what, int limit) =>
        new(LimitExceededId, DiagnosticSeverity.Error,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}: the limit is {1:N0}", what, limit), span);

    public static ListingDiagnostic SyntaxError(SourceSpan span, string expected, string found) =>
        new(SyntaxErrorId, DiagnosticSeverity.Error, $"expected {expected}, found {found}", span);

    public static ListingDiagnostic UnterminatedString(SourceSpan span) =>
        new(UnterminatedStringId, DiagnosticSeverity.Error,
            "unterminated string: a string must close on the line where it opens", span);

    public static ListingDiagnostic InvalidDate(SourceSpan span, string text, string reason) =>
        new(InvalidDateId, DiagnosticSeverity.Error, $"invalid date '{text}': {reason}", span);

    public static ListingDiagnostic MissingContainer(SourceSpan span, string statement, string container) =>
        new(MissingContainerId, DiagnosticSeverity.Error,
            $"{statement} must follow {container}; none is open at this point of the file", span);

    public static ListingDiagnostic UnknownUnit(SourceSpan span, string unit) =>
        new(UnknownUnitId, DiagnosticSeverity.Error,
            $"unknown unit '{unit}' in a quantity; expected one of µg, mg, g, kg, %", span);

    public static ListingDiagnostic UnreadableFile(string path, string reason) =>
        new(UnreadableFileId, DiagnosticSeverity.Error, $"cannot read the listing: {reason}",
            new SourceSpan(path, 1, 1, 0, 0));
}
