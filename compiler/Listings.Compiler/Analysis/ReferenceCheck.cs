using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Listings.Compiler.Binding;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;

namespace Listings.Compiler.Analysis;

/// <summary>
/// LST2007: a mark that names no declared act (PMMA's (15) in the seed). LST2008: an act published
/// before it is signed or in force before it is signed, or an amending act in force before the act
/// that founded the list it amends.
/// </summary>
internal static class ReferenceCheck
{
    public static void Run(IReadOnlyList<ListingDocument> documents, List<ListingDiagnostic> found)
    {
        var acts = new Dictionary<string, ActSyntax>(StringComparer.Ordinal);
        foreach (var act in documents.SelectMany(d => d.Acts))
            acts[Key(act.NumberingList, act.Id)] = act;
        var founders = new Dictionary<string, ActSyntax>(StringComparer.Ordinal);
        foreach (var list in documents.SelectMany(d => d.Lists))
        {
            if (list.FoundedBy is not { } founder)
                continue;
            if (Resolve(acts, list.Id, founder) is { } act)
                founders[list.Id] = act;
            else
                found.Add(Dangling(founder.Span, founder.ToString(), list.Id, $"the list « {list.Id} » is founded by act"));
        }

        foreach (var annex in documents.SelectMany(d => d.Annexes))
        {
            foreach (var section in annex.Sections)
                if (section.Header is GroupSyntax group)
                    foreach (var mark in group.Marks)
                        if (!acts.ContainsKey(Key(annex.ListId, new ActRef(mark, null, group.Span))))
                            found.Add(Dangling(group.Span, "(" + mark.ToString(CultureInfo.InvariantCulture) + ")", annex.ListId,
                                $"the group « {group.Title.Value} » cites mark"));
            foreach (var entry in annex.Sections.SelectMany(s => s.Entries))
                CheckMarks(entry, annex.ListId, acts, found);
        }
        foreach (var amendment in documents.SelectMany(d => d.Amendments))
        {
            foreach (var addition in amendment.Operations.OfType<AdditionSyntax>())
                foreach (var entry in addition.Entries)
                    CheckMarks(entry, addition.Target.ListId, acts, found);
            var list = amendment.Operations.Select(TargetList).FirstOrDefault(l => l is not null);
            if (list is not null && Resolve(acts, list, amendment.Act) is { } amending && founders.TryGetValue(list, out var founding)
                && amending != founding && EntryIntoForce.Of(amending).Date > 0 && EntryIntoForce.Of(founding).Date > 0
                && EntryIntoForce.Of(amending).Date < EntryIntoForce.Of(founding).Date)
                found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.Dates, amendment.Act.Span,
                    $"act {amendment.Act} is in force on {Iso(EntryIntoForce.Of(amending).Date)}, before act {founding.Id}, which founded « {list} » and is in force on {Iso(EntryIntoForce.Of(founding).Date)}",
                    founding.Span));
        }

        foreach (var act in documents.SelectMany(d => d.Acts))
        {
            if (!act.Signed.IsKnown)
                continue;
            if (act.Published is { IsKnown: true } published && Before(published, act.Signed))
                found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.Dates, published.Span,
                    $"act {act.Id} is published on {published.Iso}, before it is signed on {act.Signed.Iso}", act.Signed.Span));
            if (act.EntryIntoForce is { Date: { IsKnown: true } inForce } && Before(inForce, act.Signed))
                found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.Dates, inForce.Span,
                    $"act {act.Id} enters into force on {inForce.Iso}, before it is signed on {act.Signed.Iso}", act.Signed.Span));
        }
    }

    private static void CheckMarks(EntrySyntax entry, string list, Dictionary<string, ActSyntax> acts, List<ListingDiagnostic> found)
    {
        foreach (var clause in entry.Clauses)
        {
            var (mark, span) = clause switch
            {
                MarkClause m => (m.Mark, m.Span),
                ModifiedByClause m => (m.Mark, m.Span),
                _ => (-1, null!),
            };
            if (mark >= 0 && !acts.ContainsKey(Key(list, new ActRef(mark, null, span))))
                found.Add(Dangling(span, "(" + mark.ToString(CultureInfo.InvariantCulture) + ")", list, $"« {entry.Title.Value} » cites mark"));
        }
    }

    private static ListingDiagnostic Dangling(SourceSpan span, string mark, string list, string who) =>
        AnalysisDiagnostics.Create(DiagnosticCatalogue.Dangling, span,
            $"{who} {mark}, but no act {mark} of {list} is declared: its date and title are unknown");

    private static ActSyntax? Resolve(Dictionary<string, ActSyntax> acts, string list, ActRef act) =>
        acts.TryGetValue(Key(list, act), out var found) ? found
        : act.Mark is null && acts.TryGetValue(act.Identifier!, out found) ? found : null;

    private static string Key(string? list, ActRef act) => Model.ActModel.KeyOf(list, act);

    private static string? TargetList(AmendmentOperationSyntax operation) => operation switch
    {
        AdditionSyntax a => a.Target.ListId,
        RemovalSyntax r => r.From.ListId,
        TransferSyntax t => t.From.ListId,
        ModificationSyntax m => m.Target.ListId,
        _ => null,
    };

    private static bool Before(LegalDate a, LegalDate b) => EntryIntoForce.ToInt(a) < EntryIntoForce.ToInt(b);

    private static string Iso(int date) => date <= 0 ? "an unknown date"
        : string.Format(CultureInfo.InvariantCulture, "{0:0000}-{1:00}-{2:00}", date / 10000, date / 100 % 100, date % 100);
}
