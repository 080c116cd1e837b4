using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;
using Listings.Runtime;

namespace Listings.Compiler.Binding;

/// <summary>
/// The regimes pass: each <c>régime</c> becomes one <see cref="RegimeModel"/> per target, from its act's
/// entry into force. An act that is not declared is reported (LST1002). A regime inscribes nothing on a
/// list: the classifiers report it beside the verdict, which it does not change.
/// </summary>
public static class Regimes
{
    public static List<RegimeModel> Bind(IReadOnlyList<ListingDocument> documents, ActsAndLists declared, List<ListingDiagnostic> diagnostics)
    {
        var regimes = new List<RegimeModel>();
        foreach (var regime in documents.SelectMany(d => d.Regimes))
        {
            if (declared.Resolve(null, regime.Act) is not { } act)
            {
                diagnostics.Add(BindingDiagnostics.UnknownAct(regime.Act.Span, regime.Act.ToString()));
                continue;
            }
            foreach (var target in regime.Targets)
            {
                var names = target.Names.Where(n => !EntriesAndNames.IsEmpty(n, diagnostics)).Select(n => n.Value).ToEquatableArray();
                if (names.IsEmpty)
                    continue;
                var kind = target.Kind switch
                {
                    RegimeTargetKind.Medicines => "médicaments",
                    RegimeTargetKind.CertainMedicines => "certains médicaments",
                    RegimeTargetKind.Products => "produits",
                    _ => "substances",
                };
                var route = target.Route switch
                {
                    Route.Oral => RegimeRoute.Oral,
                    Route.Injectable => RegimeRoute.Injectable,
                    _ => RegimeRoute.Any,
                };
                regimes.Add(new RegimeModel(act.Key, regime.Whole, kind, names, route, act.InForce));
            }
        }
        return regimes.OrderBy(r => r.From.Value).ThenBy(r => r.ActKey, System.StringComparer.Ordinal).ThenBy(r => r.Names[0], System.StringComparer.Ordinal).ToList();
    }
}
