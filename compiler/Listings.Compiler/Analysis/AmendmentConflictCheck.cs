using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Binding;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Runtime;

namespace Listings.Compiler.Analysis;

/// <summary>
/// LST2009: two different acts change the same entry (by name, in the same list and annex) on the same
/// date. Which change wins would depend on file order, which must never decide the law.
/// (An addition of an entry already in force is found by <see cref="DuplicateNameCheck"/>.)
/// </summary>
internal static class AmendmentConflictCheck
{
    public static void Run(IReadOnlyList<ListingDocument> documents, Model.ListingModel model, List<ListingDiagnostic> found)
    {
        var inForce = model.Acts.ToDictionary(a => a.Key, a => a.InForce, StringComparer.Ordinal);
        var seen = new Dictionary<(string List, string Annex, string Name, int Date), (string Act, AmendmentOperationSyntax Operation)>();
        foreach (var amendment in documents.SelectMany(d => d.Amendments))
        {
            foreach (var operation in amendment.Operations)
            {
                var (name, target) = operation switch
                {
                    RemovalSyntax r => (r.Name, r.From),
                    TransferSyntax t => (t.Name, t.From),
                    ModificationSyntax m => (m.Name, m.Target),
                    _ => ((Quoted?)null, (ListRefSyntax?)null),
                };
                if (name is null || target is null)
                    continue;
                var actKey = Model.ActModel.KeyOf(target.ListId, amendment.Act);
                var date = amendment.InForce is { IsKnown: true } own ? EntryIntoForce.ToInt(own) : inForce.TryGetValue(actKey, out var d) ? d : 0;
                var key = (target.ListId, target.AnnexId ?? "inconnue", TextFolding.NameKey(name.Value), date);
                if (seen.TryGetValue(key, out var earlier) && earlier.Act != actKey)
                    found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.AmendmentConflict, name.Span,
                        $"act {amendment.Act} changes « {name.Value} » in {target} on the same date as act {DuplicateNameCheck.ActLabel(earlier.Act)} ({earlier.Operation.Span}): which change applies is undecided",
                        earlier.Operation.Span));
                else
                    seen[key] = (actKey, operation);
            }
        }
    }
}
