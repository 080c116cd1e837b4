using System.Collections.Generic;
using System.Linq;
using Listings.Grammar.Syntax;
using Listings.Runtime;

namespace Listings.Compiler.Binding;

/// <summary>
/// Every text the compiler renders in French for answers, reports and the generated tables: an
/// annex's name, an exception or an authorisation in the act's words, the heading of an entry of
/// preparations, an act's title. Rendered from facts the model keeps; nothing reads these texts back.
/// </summary>
public static class FrenchWording
{
    /// <summary>"annexe" or "partie": what the act calls its divisions.</summary>
    public static string AnnexWord(AnnexKind kind) => kind == AnnexKind.Partie ? "partie" : "annexe";

    /// <summary>"annexe I", "partie 2", "annexe inconnue".</summary>
    public static string Annex(AnnexKind kind, string? id) => AnnexWord(kind) + " " + (id ?? Model.AnnexModel.UnknownId);

    public static string Route(PreparationRoute route) => route switch
    {
        PreparationRoute.Injectable => "injectables",
        PreparationRoute.OtherThanInjectable => "autres qu'injectables",
        PreparationRoute.Oral => "orales",
        _ => "",
    };

    /// <summary>"préparations autres qu'injectables renfermant benzphétamine ou ses sels".</summary>
    public static string PreparationEntry(PreparationRoute route, string substance, bool withSalts) =>
        "préparations " + Route(route) + " renfermant " + substance + (withSalts ? " ou ses sels" : "");

    /// <summary>"son isomère dextrogyre ou dextrométhorphane".</summary>
    public static string IsomerException(string? qualifier, string name) =>
        "son isomère" + (qualifier is null ? "" : " " + qualifier) + " ou " + name;

    /// <summary>"les éthers nommément mentionnés à l'annexe II".</summary>
    public static string DerivativeException(FormFlags derivatives, string annexId) =>
        (derivatives == FormFlags.Esters ? "les esters" : "les éthers") + " nommément mentionnés à l'annexe " + annexId;

    /// <summary>"autres que mescaline".</summary>
    public static string OtherThanException(string name) => "autres que " + name;

    /// <summary>One per-unit amount: "au plus 2,5 mg de diphénoxylate en base".</summary>
    public static string Amount(Bound bound, string quantity, string substance, bool asBase) =>
        (bound == Bound.AtMost ? "au plus " : bound == Bound.AtLeast ? "au moins " : "") + quantity + " de " + substance + (asBase ? " en base" : "");

    /// <summary>"préparations orales renfermant par unité au plus 2,5 mg de … et au moins …", "préparations relevant de la liste externe « liste I »".</summary>
    public static string PreparationException(PreparationRoute route, bool tablets, string? perUnitBasis, IEnumerable<string> amounts, bool external, string? externalList)
    {
        var parts = new List<string> { tablets ? "préparation" : "préparations" };
        if (route is not (PreparationRoute.Any or PreparationRoute.Tablets))
            parts.Add(Route(route));
        if (tablets)
            parts.Add("en comprimés");
        var written = amounts.ToList();
        if (written.Count > 0)
        {
            parts.Add("renfermant par " + perUnitBasis);
            parts.Add(string.Join(" et ", written));
        }
        if (external)
            parts.Add(externalList is { } list ? "relevant de la liste externe « " + list + " »" : "relevant d'un autre classement");
        return string.Join(" ", parts);
    }

    /// <summary>"dérogation (arrete-chanvre-2021) : extraits de chanvre, si teneur en … au plus 0,30 %".</summary>
    public static string Authorisation(string actLabel, string subject, IEnumerable<string> conditions)
    {
        var text = string.Join(" et ", conditions);
        return "dérogation (" + actLabel + ") : " + subject + (text.Length == 0 ? "" : ", si " + text);
    }

    /// <summary>"teneur en delta-9-tétrahydrocannabinol au plus 0,30 %".</summary>
    public static string ContentCondition(string substance, Bound bound, string threshold, string? tolerance = null) =>
        "teneur en " + substance + (bound == Bound.AtMost ? " au plus " : " au moins ") + threshold
        + (tolerance is null ? "" : " (résultat affecté d'une tolérance de " + tolerance + ")");

    /// <summary>"variété inscrite au catalogue A ou au catalogue B".</summary>
    public static string CatalogueCondition(IEnumerable<string> catalogues) =>
        "variété inscrite au " + string.Join(" ou au ", catalogues);

    /// <summary>"Arrêté du 22/02/1990 fixant la liste …": an act as answers cite it.</summary>
    public static string ActTitle(ActKind kind, CalendarDay signed, string title)
    {
        var word = kind switch
        {
            ActKind.Arrete => "Arrêté",
            ActKind.Decret => "Décret",
            _ => "Décision",
        };
        return word + " du " + (signed.IsKnown ? signed.French : "inconnue") + " " + title;
    }
}
