using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Runtime;

namespace Listings.Compiler.Analysis;

/// <summary>
/// LST2005: an exception that takes out a form the entry does not include, or names a substance no
/// entry names. LST2006: preparations excepted by route that no other list receives. LST2010: an
/// exception that depends on a list outside the set.
/// </summary>
internal static class ExceptionCheck
{
    public static void Run(NameIndex index, ListingModel model, List<ListingDiagnostic> found)
    {
        var annexesWithEntries = new HashSet<string>(model.Entries.Select(e => AnnexModel.KeyOf(e.ListId, e.AnnexId)));
        // Every version of an entry: an amendment's 'modifie' adds exceptions to the later ones.
        var seen = new HashSet<Grammar.Text.SourceSpan>();
        foreach (var entry in model.Entries)
        {
            foreach (var exception in entry.Exceptions)
            {
                if (exception.Span is not { } span || !seen.Add(span))
                    continue;
                var place = $"« {entry.Title} » ({entry.ListId} {entry.AnnexId})";
                switch (exception.Kind)
                {
                    case ExceptionKind.Isomer when (entry.Forms & (FormFlags.Isomers | FormFlags.StereoIsomers)) == 0:
                        found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.ExceptsNothing, span,
                            $"{place} excepts « {exception.Text} », but neither its annex's rules nor the entry include isomers"));
                        break;
                    case ExceptionKind.Preparation or ExceptionKind.External
                        when (entry.Forms & (FormFlags.Preparations | FormFlags.NamedPreparationsOnly | FormFlags.InjectablePreparations)) == 0:
                        found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.ExceptsNothing, span,
                            $"{place} excepts « {exception.Text} », but neither its annex's rules nor the entry include preparations"));
                        break;
                    case ExceptionKind.OtherThan when exception.NameKey is { } key && index.Find(key).Count == 0:
                        found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.ExceptsNothing, span,
                            $"{place} excepts « {exception.Text} », a substance no entry of the listings names"));
                        break;
                    case ExceptionKind.DerivativesListedElsewhere when exception.OtherAnnexId is { } other
                        && !annexesWithEntries.Contains(AnnexModel.KeyOf(entry.ListId, other)):
                        found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.ExceptsNothing, span,
                            $"{place} excepts « {exception.Text} », but that annex of {entry.ListId} lists nothing (or does not exist)"));
                        break;
                    case ExceptionKind.Preparation when !exception.Conditional && exception.HandOffEntryId is null
                        && exception.Route is PreparationRoute.Injectable or PreparationRoute.OtherThanInjectable or PreparationRoute.Oral:
                        found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.HandOffGap, span,
                            $"{place} excepts its « {exception.Text} », and no other list of the set receives them: they fall outside every list"));
                        break;
                    case ExceptionKind.External when exception.ExternalList is not null:
                        found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.External, span,
                            $"{place} excepts « {exception.Text} », a classification outside the listing set: classifiers report it and cannot decide it"));
                        break;
                }
            }
        }
    }
}
