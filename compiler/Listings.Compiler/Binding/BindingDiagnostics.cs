using System;
using System.Collections.Generic;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Text;

namespace Listings.Compiler.Binding;

/// <summary>Diagnostics of the binder: references the model cannot resolve. Ids, titles and severities are in <see cref="DiagnosticCatalogue"/>.</summary>
public static class BindingDiagnostics
{
    public static ListingDiagnostic UnsupportedCondition(SourceSpan span) =>
        DiagnosticCatalogue.UnsupportedCondition.At(span,
            "the classifiers can check a content only as 'au plus' a percentage (and a catalogue); this derogation is not applied");

    public static ListingDiagnostic DuplicateAct(SourceSpan span, string act, IEnumerable<SourceSpan> others) =>
        Conflict(DiagnosticCatalogue.DuplicateAct, span, others, at => $"act {act} is declared more than once (also at {at}); marks citing it would not know which dates apply");

    /// <summary>One side of a conflict between declarations: reported on every side, each naming the others.</summary>
    private static ListingDiagnostic Conflict(DiagnosticRule rule, SourceSpan span, IEnumerable<SourceSpan> others, Func<string, string> message)
    {
        var spans = others.ToEquatableArray();
        return new ListingDiagnostic(rule.Id, rule.Severity, message(string.Join(", ", spans)), span)
        {
            AdditionalSpans = spans,
        };
    }

    public static ListingDiagnostic UnknownList(SourceSpan span, string list) =>
        DiagnosticCatalogue.UnknownList.At(span, $"no list '{list}' is declared (write 'liste {list} \"…\"')");

    public static ListingDiagnostic UnknownAct(SourceSpan span, string act) =>
        DiagnosticCatalogue.UnknownAct.At(span, $"no act {act} is declared; an amendment or derogation needs its act's dates");

    public static ListingDiagnostic UnknownEntry(SourceSpan span, string name, string where) =>
        DiagnosticCatalogue.UnknownEntry.At(span, $"no entry \"{name}\" is in force in {where} at that date");

    public static ListingDiagnostic UnsupportedAmount(SourceSpan span, string quantity) =>
        new(DiagnosticCatalogue.UnsupportedAmount.Id, DiagnosticCatalogue.UnsupportedAmount.Severity, $"per-unit amount '{quantity}' is not a mass; the exception cannot be checked against a preparation's contents", span);

    public static ListingDiagnostic SecondPreamble(SourceSpan span, string annex, string list, IEnumerable<SourceSpan> others) =>
        Conflict(DiagnosticCatalogue.AnnexReopened, span, others,
            at => $"{annex} of {list} has a preamble here and at {at}: an annex is declared once, with its preamble, and opened again only to add entries, so its rules do not depend on which file is read first");

    public static ListingDiagnostic ReopenedUnderAnotherName(SourceSpan span, string written, string list, string declared, IEnumerable<SourceSpan> others) =>
        Conflict(DiagnosticCatalogue.AnnexReopened, span, others,
            at => $"{list} opens this annex as {declared} at {at}; opened here as {written}, the act's name for it is in doubt: name it as the act does");

    public static ListingDiagnostic AnnexNamedOtherwise(SourceSpan span, string written, string list, string declared, SourceSpan declaration) =>
        new(DiagnosticCatalogue.UnknownAnnex.Id, DiagnosticCatalogue.UnknownAnnex.Severity, $"{list} declares {declared} (at {declaration}), not {written}: name it as the act does", span)
        {
            AdditionalSpans = new[] { declaration }.ToEquatableArray(),
        };

    public static ListingDiagnostic DuplicateList(SourceSpan span, string list, IEnumerable<SourceSpan> others) =>
        Conflict(DiagnosticCatalogue.DuplicateList, span, others, at => $"list '{list}' is declared more than once (also at {at}); its founding act, which dates every unmarked entry, would be in doubt");

    public static ListingDiagnostic UnknownAnnex(SourceSpan span, string annex, string list, IEnumerable<string> declared) =>
        new(DiagnosticCatalogue.UnknownAnnex.Id, DiagnosticCatalogue.UnknownAnnex.Severity, $"{list} declares no {annex} (it declares: {string.Join(", ", declared)}); declare the annex with its preamble, or write 'annexe inconnue' where the act does not say", span);

    public static ListingDiagnostic UnconditionalAuthorisation(SourceSpan span, string subject) =>
        new(DiagnosticCatalogue.UnconditionalAuthorisation.Id, DiagnosticCatalogue.UnconditionalAuthorisation.Severity, $"the authorisation of \"{subject}\" states no condition ('si …'); it is not applied: an authorisation without its condition would exempt more than the act does", span);

    public static ListingDiagnostic EmptyName(SourceSpan span) =>
        new(DiagnosticCatalogue.EmptyName.Id, DiagnosticCatalogue.EmptyName.Severity, "this name is empty: no query can reach it, and nothing is listed under it", span);

    public static ListingDiagnostic ListWithoutAnnex(SourceSpan span, string list) =>
        new(DiagnosticCatalogue.ListWithoutAnnex.Id, DiagnosticCatalogue.ListWithoutAnnex.Severity, $"list '{list}' has no annex or part: nothing can be listed in it (declare 'annexe I de {list}' or 'partie 1 de {list}')", span);

    public static ListingDiagnostic LookAlikeList(SourceSpan span, string list, IEnumerable<string> others, IEnumerable<SourceSpan> otherSpans) =>
        Conflict(DiagnosticCatalogue.LookAlikeList, span, otherSpans,
            at => $"list '{list}' differs from list '{string.Join("', '", others)}' (at {at}) only by case or accents: statements and generated classes would confuse them");

    public static ListingDiagnostic TransferAndBack(SourceSpan span, string name, string act, string to, string from, SourceSpan first) =>
        new(DiagnosticCatalogue.TransferAndBack.Id, DiagnosticCatalogue.TransferAndBack.Severity, $"act {act} moves \"{name}\" back to {to} on the day it moved it to {from} (at {first}): which annex the act means is undecided; this transfer is not applied", span)
        {
            AdditionalSpans = new[] { first }.ToEquatableArray(),
        };

    public static ListingDiagnostic NothingHandedOver(SourceSpan span, string substance, string route, string where) =>
        new(DiagnosticCatalogue.NothingHandedOver.Id, DiagnosticCatalogue.NothingHandedOver.Severity, $"no entry of {where} excepts the preparations {route} of \"{substance}\": 'reçues de' must name the annex whose entry hands them over", span);

    public static ListingDiagnostic NoEffect(SourceSpan span, string what) =>
        new(DiagnosticCatalogue.NoEffect.Id, DiagnosticCatalogue.NoEffect.Severity, what, span);
}
