using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;
using Listings.Runtime;

namespace Listings.Compiler.Binding;

/// <summary>
/// The hand-offs pass: links each exception of preparations by route (<c>sauf préparations autres
/// qu'injectables</c>) to the entry of another list that receives those preparations — the same
/// substance, by any of the excepting entry's names, and the same route. An entry of preparations that
/// says where it receives them from (<c>reçues de stupefiants annexe III</c>) takes them from that
/// annex only, and that annex must hold the matching exception (LST1015).
/// </summary>
public static class HandOffs
{
    public static List<EntryModel> Resolve(IReadOnlyList<ListingDocument> documents, IReadOnlyList<EntryModel> entries,
        AnnexesAndRules annexes, List<ListingDiagnostic> diagnostics)
    {
        var receivers = entries.Where(e => e.IsPreparation).ToList();
        var givers = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<EntryModel>(entries.Count);
        foreach (var entry in entries)
        {
            if (entry.IsPreparation || !entry.Exceptions.Any(HandsOff))
            {
                result.Add(entry);
                continue;
            }
            var keys = new HashSet<string>(entry.Names.Where(n => n.Role is NameRole.Name or NameRole.Alias).Select(n => n.Key), StringComparer.Ordinal);
            var exceptions = entry.Exceptions.Select(x =>
            {
                if (!HandsOff(x))
                    return x;
                var receiver = receivers.FirstOrDefault(r => r.ListId != entry.ListId && r.PreparationRoute == x.Route
                    && keys.Contains(r.PreparationSubstanceKey!)
                    && (r.ReceivedFromList is null || (r.ReceivedFromList == entry.ListId && r.ReceivedFromAnnex == entry.AnnexId)));
                if (receiver is null)
                    return x;
                givers.Add(receiver.Id);
                return x with { HandOffEntryId = receiver.Id };
            });
            result.Add(entry with { Exceptions = exceptions.ToEquatableArray() });
        }
        CheckReceipts(documents, annexes, givers, diagnostics);
        return result;
    }

    /// <summary>An exception of preparations by route: what another list may receive.</summary>
    private static bool HandsOff(ExceptionModel exception) =>
        exception.Kind == ExceptionKind.Preparation && exception.Route is not (PreparationRoute.Any or PreparationRoute.Tablets);

    /// <summary>Every <c>reçues de</c> names a declared annex, and an entry of it hands these preparations over.</summary>
    private static void CheckReceipts(IReadOnlyList<ListingDocument> documents, AnnexesAndRules annexes, HashSet<string> received,
        List<ListingDiagnostic> diagnostics)
    {
        var preparations = documents.SelectMany(d => d.Annexes).SelectMany(a => a.Sections).SelectMany(s => s.Entries)
            .Concat(documents.SelectMany(d => d.Amendments).SelectMany(a => a.Operations).OfType<AdditionSyntax>().SelectMany(a => a.Entries))
            .OfType<PreparationEntrySyntax>();
        foreach (var preparation in preparations)
        {
            if (preparation.ReceivedFrom is not { } from || annexes.Find(from, diagnostics) is not { } annex)
                continue;
            if (!received.Contains(ModelLocation.Of(preparation.Span).ToString()))
                diagnostics.Add(BindingDiagnostics.NothingHandedOver(from.Span, preparation.Substance.Value,
                    FrenchWording.Route(EntryExceptions.Route(preparation.Route)), annex.ListId + " " + annex.Label));
        }
    }
}
