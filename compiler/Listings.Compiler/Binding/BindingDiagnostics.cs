using System;
using System.Collections.Generic;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Text;

namespace Listings.Compiler.Binding;

/// <summary>Diagnostics of the binder: references the model cannot resolve, and declarations that contradict each other. Each id has a page in docs/diagnostics/.</summary>
public static class BindingDiagnostics
{
    public const string UnknownListId = "LST1001";
    public const string UnknownActId = "LST1002";
    public const string UnknownEntryId = "LST1003";
    public const string UnsupportedAmountId = "LST1004";
    public const string DuplicateActId = "LST1005";
    public const string UnsupportedConditionId = "LST1006";
    public const string AnnexReopenedId = "LST1007";
    public const string DuplicateListId = "LST1008";
    public const string UnknownAnnexId = "LST1009";
    public const string UnconditionalAuthorisationId = "LST1010";
    public const string EmptyNameId = "LST1011";
    public const string ListWithoutAnnexId = "LST1012";
    public const string LookAlikeListId = "LST1013";
    public const string TransferAndBackId = "LST1014";
    public const string NothingHandedOverId = "LST1015";
    public const string NoEffectId = "LST1016";

    public static ListingDiagnostic UnsupportedCondition(SourceSpan span) =>
        new(UnsupportedConditionId, DiagnosticSeverity.Error,
            "the classifiers can check a content only as 'au plus' a percentage (and a catalogue); this derogation is not applied", span);

    public static ListingDiagnostic DuplicateAct(SourceSpan span, string act, IEnumerable<SourceSpan> others) =>
        Conflict(DuplicateActId, span, others, at => $"act {act} is declared more than once (also at {at}); marks citing it would not know which dates apply");

    /// <summary>One side of a conflict between declarations: reported on every side, each naming the others.</summary>
    private static ListingDiagnostic Conflict(string id, SourceSpan span, IEnumerable<SourceSpan> others, Func<string, string> message)
    {
        var spans = others.ToEquatableArray();
        return new ListingDiagnostic(id, DiagnosticSeverity.Error, message(string.Join(", ", spans)), span)
        {
            AdditionalSpans = spans,
        };
    }

    public static ListingDiagnostic UnknownList(SourceSpan span, string list) =>
        new(UnknownListId, DiagnosticSeverity.Error, $"no list '{list}' is declared (write 'liste {list} \"…\"')", span);

    public static ListingDiagnostic UnknownAct(SourceSpan span, string act) =>
        new(UnknownActId, DiagnosticSeverity.Error, $"no act {act} is declared; an amendment or derogation needs its act's dates", span);

    public static ListingDiagnostic UnknownEntry(SourceSpan span, string name, string where) =>
        new(UnknownEntryId, DiagnosticSeverity.Error, $"no entry \"{name}\" is in force in {where} at that date", span);

    public static ListingDiagnostic UnsupportedAmount(SourceSpan span, string quantity) =>
        new(UnsupportedAmountId, DiagnosticSeverity.Warning,
            $"per-unit amount '{quantity}' is not a mass; the exception cannot be checked against a preparation's contents", span);

    public static ListingDiagnostic SecondPreamble(SourceSpan span, string annex, string list, IEnumerable<SourceSpan> others) =>
        Conflict(AnnexReopenedId, span, others,
            at => $"{annex} of {list} has a preamble here and at {at}: an annex is declared once, with its preamble, and opened again only to add entries, so its rules do not depend on which file is read first");

    public static ListingDiagnostic ReopenedUnderAnotherName(SourceSpan span, string written, string list, string declared, IEnumerable<SourceSpan> others) =>
        Conflict(AnnexReopenedId, span, others,
            at => $"{list} opens this annex as {declared} at {at}; opened here as {written}, the act's name for it is in doubt: name it as the act does");

    public static ListingDiagnostic AnnexNamedOtherwise(SourceSpan span, string written, string list, string declared, SourceSpan declaration) =>
        new(UnknownAnnexId, DiagnosticSeverity.Error,
            $"{list} declares {declared} (at {declaration}), not {written}: name it as the act does", span)
        {
            AdditionalSpans = new[] { declaration }.ToEquatableArray(),
        };

    public static ListingDiagnostic DuplicateList(SourceSpan span, string list, IEnumerable<SourceSpan> others) =>
        Conflict(DuplicateListId, span, others, at => $"list '{list}' is declared more than once (also at {at}); its founding act, which dates every unmarked entry, would be in doubt");

    public static ListingDiagnostic UnknownAnnex(SourceSpan span, string annex, string list, IEnumerable<string> declared) =>
        new(UnknownAnnexId, DiagnosticSeverity.Error,
            $"{list} declares no {annex} (it declares: {string.Join(", ", declared)}); declare the annex with its preamble, or write 'annexe inconnue' where the act does not say", span);

    public static ListingDiagnostic UnconditionalAuthorisation(SourceSpan span, string subject) =>
        new(UnconditionalAuthorisationId, DiagnosticSeverity.Error,
            $"the authorisation of \"{subject}\" states no condition ('si …'); it is not applied: an authorisation without its condition would exempt more than the act does", span);

    public static ListingDiagnostic EmptyName(SourceSpan span) =>
        new(EmptyNameId, DiagnosticSeverity.Error, "this name is empty: no query can reach it, and nothing is listed under it", span);

    public static ListingDiagnostic ListWithoutAnnex(SourceSpan span, string list) =>
        new(ListWithoutAnnexId, DiagnosticSeverity.Warning,
            $"list '{list}' has no annex or part: nothing can be listed in it (declare 'annexe I de {list}' or 'partie 1 de {list}')", span);

    public static ListingDiagnostic LookAlikeList(SourceSpan span, string list, IEnumerable<string> others, IEnumerable<SourceSpan> otherSpans) =>
        Conflict(LookAlikeListId, span, otherSpans,
            at => $"list '{list}' differs from list '{string.Join("', '", others)}' (at {at}) only by case or accents: statements and generated classes would confuse them");

    public static ListingDiagnostic TransferAndBack(SourceSpan span, string name, string act, string to, string from, SourceSpan first) =>
        new(TransferAndBackId, DiagnosticSeverity.Error,
            $"act {act} moves \"{name}\" back to {to} on the day it moved it to {from} (at {first}): which annex the act means is undecided; this transfer is not applied", span)
        {
            AdditionalSpans = new[] { first }.ToEquatableArray(),
        };

    public static ListingDiagnostic NothingHandedOver(SourceSpan span, string substance, string route, string where) =>
        new(NothingHandedOverId, DiagnosticSeverity.Error,
            $"no entry of {where} excepts the preparations {route} of \"{substance}\": 'reçues de' must name the annex whose entry hands them over", span);

    public static ListingDiagnostic NoEffect(SourceSpan span, string what) =>
        new(NoEffectId, DiagnosticSeverity.Warning, what, span);
}
