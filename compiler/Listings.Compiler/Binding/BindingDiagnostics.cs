using Listings.Grammar.Diagnostics;
using Listings.Grammar.Text;

namespace Listings.Compiler.Binding;

/// <summary>Diagnostics of the binder: references the model cannot resolve. Each id has a page in docs/diagnostics/.</summary>
public static class BindingDiagnostics
{
    public const string UnknownListId = "LST1001";
    public const string UnknownActId = "LST1002";
    public const string UnknownEntryId = "LST1003";
    public const string UnsupportedAmountId = "LST1004";
    public const string DuplicateActId = "LST1005";
    public const string UnsupportedConditionId = "LST1006";

    public static ListingDiagnostic UnsupportedCondition(SourceSpan span) =>
        new(UnsupportedConditionId, DiagnosticSeverity.Error,
            "the classifiers can check a content only as 'au plus' a percentage (and a catalogue); this derogation is not applied", span);

    public static ListingDiagnostic DuplicateAct(SourceSpan span, string act, SourceSpan earlier) =>
        new(DuplicateActId, DiagnosticSeverity.Error,
            $"act {act} is declared a second time (first at {earlier}); marks citing it would not know which dates apply", span)
        {
            AdditionalSpans = new[] { earlier }.ToEquatableArray(),
        };

    public static ListingDiagnostic UnknownList(SourceSpan span, string list) =>
        new(UnknownListId, DiagnosticSeverity.Error, $"no list '{list}' is declared (write 'liste {list} \"…\"')", span);

    public static ListingDiagnostic UnknownAct(SourceSpan span, string act) =>
        new(UnknownActId, DiagnosticSeverity.Error, $"no act {act} is declared; an amendment or derogation needs its act's dates", span);

    public static ListingDiagnostic UnknownEntry(SourceSpan span, string name, string where) =>
        new(UnknownEntryId, DiagnosticSeverity.Error, $"no entry \"{name}\" is in force in {where} at that date", span);

    public static ListingDiagnostic UnsupportedAmount(SourceSpan span, string quantity) =>
        new(UnsupportedAmountId, DiagnosticSeverity.Warning,
            $"per-unit amount '{quantity}' is not a mass; the exception cannot be checked against a preparation's contents", span);
}
