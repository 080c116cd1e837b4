using Listings.Grammar.Diagnostics;
using Listings.Grammar.Text;

namespace Listings.Compiler.Binding;

/// <summary>Diagnostics of the binder: references the model cannot resolve. Ids, titles and severities are in <see cref="DiagnosticCatalogue"/>.</summary>
public static class BindingDiagnostics
{
    public static ListingDiagnostic UnsupportedCondition(SourceSpan span) =>
        DiagnosticCatalogue.UnsupportedCondition.At(span,
            "the classifiers can check a content only as 'au plus' a percentage (and a catalogue); this derogation is not applied");

    public static ListingDiagnostic DuplicateAct(SourceSpan span, string act, SourceSpan earlier) =>
        DiagnosticCatalogue.DuplicateAct.At(span,
            $"act {act} is declared a second time (first at {earlier}); marks citing it would not know which dates apply") with
        {
            AdditionalSpans = new[] { earlier }.ToEquatableArray(),
        };

    public static ListingDiagnostic UnknownList(SourceSpan span, string list) =>
        DiagnosticCatalogue.UnknownList.At(span, $"no list '{list}' is declared (write 'liste {list} \"…\"')");

    public static ListingDiagnostic UnknownAct(SourceSpan span, string act) =>
        DiagnosticCatalogue.UnknownAct.At(span, $"no act {act} is declared; an amendment or derogation needs its act's dates");

    public static ListingDiagnostic UnknownEntry(SourceSpan span, string name, string where) =>
        DiagnosticCatalogue.UnknownEntry.At(span, $"no entry \"{name}\" is in force in {where} at that date");

    public static ListingDiagnostic UnsupportedAmount(SourceSpan span, string quantity) =>
        DiagnosticCatalogue.UnsupportedAmount.At(span,
            $"per-unit amount '{quantity}' is not a mass; the exception cannot be checked against a preparation's contents");
}
