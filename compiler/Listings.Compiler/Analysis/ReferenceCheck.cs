using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Binding;
using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;

namespace Listings.Compiler.Analysis;

/// <summary>
/// LST2007: a mark that names no declared act (PMMA's (15) in the seed), as the binder found when it
/// dated the entries. LST2008: an act published before it is signed or in force before it is signed,
/// or an amending act in force before the act that founded the list it amends.
/// </summary>
internal static class ReferenceCheck
{
    public static void Run(IReadOnlyList<ListingDocument> documents, ListingModel model, BindingFacts facts, List<ListingDiagnostic> found)
    {
        foreach (var mark in facts.UnresolvedMarks.Distinct())
        {
            var who = mark.CitedBy switch
            {
                MarkCitation.Founder => $"the list « {mark.Citing} » is founded by act",
                MarkCitation.Group => $"the group « {mark.Citing} » cites mark",
                MarkCitation.Rule => $"a rule of {mark.Citing} cites mark",
                _ => $"« {mark.Citing} » cites mark",
            };
            found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.Dangling, mark.Span,
                $"{who} {mark.Mark}, but no act {mark.Mark} of {mark.ListId} is declared: its date and title are unknown"));
        }

        var acts = model.Acts.ToDictionary(a => a.Key, StringComparer.Ordinal);
        var declarations = documents.SelectMany(d => d.Acts).GroupBy(a => ActModel.KeyOf(a.NumberingList, a.Id), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Span, StringComparer.Ordinal);
        foreach (var amendment in facts.AmendmentActs.Distinct())
        {
            if (!facts.Founders.TryGetValue(amendment.ListId, out var founderKey) || founderKey == amendment.ActKey)
                continue;
            var amending = acts[amendment.ActKey];
            var founding = acts[founderKey];
            if (amending.InForce.IsKnown && founding.InForce.IsKnown && amending.InForce < founding.InForce)
                found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.Dates, amendment.Span,
                    $"act {amendment.Written} is in force on {amending.InForce.Iso}, before act {founding.Label}, which founded « {amendment.ListId} » and is in force on {founding.InForce.Iso}",
                    declarations[founderKey]));
        }

        foreach (var act in documents.SelectMany(d => d.Acts))
        {
            if (!act.Signed.IsKnown)
                continue;
            if (act.Published is { IsKnown: true } published && published.Value < act.Signed.Value)
                found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.Dates, published.Span,
                    $"act {act.Id} is published on {published.Iso}, before it is signed on {act.Signed.Iso}", act.Signed.Span));
            if (act.EntryIntoForce is { Date: { IsKnown: true } inForce } && inForce.Value < act.Signed.Value)
                found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.Dates, inForce.Span,
                    $"act {act.Id} enters into force on {inForce.Iso}, before it is signed on {act.Signed.Iso}", act.Signed.Span));
        }
    }
}
