namespace Listings.Grammar.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
