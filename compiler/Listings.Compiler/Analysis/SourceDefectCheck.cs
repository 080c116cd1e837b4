using System.Collections.Generic;
using System.Linq;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;

namespace Listings.Compiler.Analysis;

/// <summary>
/// The defects of the sources that the listings state, each reported as info where it is stated, so
/// that an editor sees every place where the listings rest on a damaged, guessed or missing text:
/// LST2013 lost asterisks, LST2014 <c>sic</c>, LST2015 <c>défaut</c>, LST2016 an unknown date,
/// LST2017 an unstated annex, LST2018 an act of unknown content (LST2007, a mark that names no act,
/// is <see cref="ReferenceCheck"/>'s).
/// </summary>
internal static class SourceDefectCheck
{
    public static void Run(IReadOnlyList<ListingDocument> documents, List<ListingDiagnostic> found)
    {
        foreach (var document in documents)
        {
            foreach (var annex in document.Annexes.Where(a => a.AsterisksUnknown is not null))
                found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.LostAsterisks, annex.AsterisksUnknown!.Span,
                    $"the source lost the asterisks of {annex.ListId} {Word(annex.Kind)} {annex.Id}: which entries include their stereo-isomers is unknown"));

            var entries = document.Annexes.SelectMany(a => a.Sections).SelectMany(s => s.Entries)
                .Concat(document.Amendments.SelectMany(a => a.Operations).OfType<AdditionSyntax>().SelectMany(a => a.Entries));
            foreach (var entry in entries)
                foreach (var sic in entry.Clauses.OfType<SicClause>())
                    found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.SourceSpelling, sic.Span,
                        $"the source spells « {entry.Title.Value} » « {sic.Text.Value} » (sic)"));
            foreach (var modification in document.Amendments.SelectMany(a => a.Operations).OfType<ModificationSyntax>())
                foreach (var sic in modification.Clauses.OfType<SicClause>())
                    found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.SourceSpelling, sic.Span,
                        $"the source spells « {modification.Name.Value} » « {sic.Text.Value} » (sic)"));

            foreach (var (_, notes) in Acceptances.Statements(document))
                foreach (var note in notes.Where(n => n.Kind == NoteKind.Defect))
                    found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.StatedDefect, note.Span,
                        $"defect of the source: « {note.Content.Value} »"));

            foreach (var act in document.Acts)
            {
                if (!act.Signed.IsKnown)
                    found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.UnknownDate, act.Signed.Span,
                        $"the sources do not give the date act {act.Id} was signed"));
                if (act.Published is { IsKnown: false } published)
                    found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.UnknownDate, published.Span,
                        $"the sources do not give the date act {act.Id} was published in the Journal officiel (JO inconnu)"));
                if (act.EntryIntoForce is { Kind: EntryIntoForceKind.Unknown } inForce)
                    found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.UnknownDate, inForce.Span,
                        $"the sources do not give the date act {act.Id} entered into force"));
                if (act.UnknownContent is { } unknown)
                    found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.UnknownContent, unknown.Span,
                        $"the sources name act {act.Id} ({act.Title.Value}) but not what it changed in {Lists(act, unknown)}: from its date these lists may be incomplete"));
            }
            foreach (var amendment in document.Amendments)
                if (amendment.InForce is { IsKnown: false } inForce)
                    found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.UnknownDate, inForce.Span,
                        $"the sources do not give the date the amendment by {amendment.Act} entered into force"));

            foreach (var reference in References(document).Where(r => r.AnnexId is null))
                found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.UnstatedAnnex, reference.Span,
                    $"the {Word(reference.Kind)} of {reference.ListId} is unknown (« {reference} »): the act does not say which, so no {Word(reference.Kind)}'s rules apply here"));
        }
    }

    private static string Word(AnnexKind kind) => kind == AnnexKind.Annexe ? "annexe" : "partie";

    private static string Lists(ActSyntax act, UnknownContentSyntax unknown) =>
        unknown.Lists.Count > 0 ? string.Join(" and ", unknown.Lists) : act.NumberingList ?? "the lists";

    /// <summary>Every place a statement names an annex or part.</summary>
    private static IEnumerable<ListRefSyntax> References(ListingDocument document) =>
        document.Amendments.SelectMany(a => a.Operations).SelectMany(o => o switch
        {
            AdditionSyntax addition => new[] { addition.Target },
            RemovalSyntax removal => new[] { removal.From },
            TransferSyntax transfer => new[] { transfer.From, transfer.To },
            ModificationSyntax modification => new[] { modification.Target },
            _ => System.Array.Empty<ListRefSyntax>(),
        })
        .Concat(document.Derogations.Select(d => d.Target))
        .Concat(document.Annexes.SelectMany(a => a.Sections).SelectMany(s => s.Entries)
            .Concat(document.Amendments.SelectMany(a => a.Operations).OfType<AdditionSyntax>().SelectMany(a => a.Entries))
            .OfType<PreparationEntrySyntax>().Where(p => p.ReceivedFrom is not null).Select(p => p.ReceivedFrom!));
}
