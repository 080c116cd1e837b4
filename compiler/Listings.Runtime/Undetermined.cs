using System;

namespace Listings.Runtime;

/// <summary>Why the sources cannot decide whether an entry applies to a query.</summary>
[Flags]
public enum Doubt
{
    /// <summary>No doubt: the sources decide.</summary>
    None = 0,

    /// <summary>The entry carries a mark that names no act of the sources: when it was inscribed is unknown (PMMA's (15)).</summary>
    InscriptionUnknown = 1,

    /// <summary>The form comes from a preamble rule that carries the mark of a later act: whether it applied before that act is unknown (annex III's stereo-isomers, (13)).</summary>
    RuleDatedByMark = 2,

    /// <summary>The form needs an asterisk the source lost (annex III).</summary>
    AsteriskLost = 4,

    /// <summary>A salt of an isomer, where the preamble says "leurs sels" without saying whose (annex III).</summary>
    SaltsOfIsomersUnstated = 8,

    /// <summary>An exception of an entry that an act changed without the sources saying how, before that act (amphétamine's (21)).</summary>
    ChangeUnknown = 16,
}

/// <summary>An entry that may or may not apply to the query: the sources leave it open, and say what would decide it.</summary>
public sealed class UndeterminedClassification
{
    /// <summary>Made by the classifiers from their tables; applications read it.</summary>
    /// <param name="list">The entry's list.</param>
    /// <param name="annexKind">What the act calls the annex: "annexe" or "partie".</param>
    /// <param name="annex">The annex's identifier.</param>
    /// <param name="entry">The entry's heading.</param>
    /// <param name="via">How the query would reach it.</param>
    /// <param name="reason">One reason.</param>
    /// <param name="why">What the sources say and leave open.</param>
    /// <param name="wouldDecide">The text or fact that would decide it.</param>
    /// <param name="location">Where the entry is written, "path(line,col)".</param>
    public UndeterminedClassification(string list, string annexKind, string annex, string entry, Via via, Doubt reason, string why, string wouldDecide, string location)
    {
        List = list;
        AnnexKind = annexKind;
        Annex = annex;
        Entry = entry;
        Via = via;
        Reason = reason;
        Why = why;
        WouldDecide = wouldDecide;
        Location = location;
    }

    /// <summary>The entry's list ("stupefiants", "psychotropes").</summary>
    public string List { get; }

    /// <summary>What the act calls the annex: "annexe" (stupéfiants) or "partie" (psychotropes).</summary>
    public string AnnexKind { get; }

    /// <summary>The annex's identifier ("III").</summary>
    public string Annex { get; }

    /// <summary>The entry's heading, as the act prints it.</summary>
    public string Entry { get; }

    /// <summary>How the query would reach the entry (name, salt, isomer…) if it applied.</summary>
    public Via Via { get; }

    /// <summary>One <see cref="Doubt"/> (an entry in doubt for several reasons appears once per reason).</summary>
    public Doubt Reason { get; }

    /// <summary>What the sources say and leave open, in French, as the other notes.</summary>
    public string Why { get; }

    /// <summary>The text or fact that would decide it.</summary>
    public string WouldDecide { get; }

    /// <summary>Where the entry is written in the listings, "path(line,col)".</summary>
    public string Location { get; }
}

/// <summary>
/// The one home of the wording of undetermined answers: why the sources cannot decide, and what would.
/// The classifiers, the export and the diff all word a doubt through here.
/// </summary>
internal static class Doubts
{
    /// <summary>The stable identifiers of <see cref="Doubt"/>, as <c>--jsonl</c>, the export and the diff write them.</summary>
    public static string Id(Doubt reason) => reason switch
    {
        Doubt.InscriptionUnknown => "inscription-unknown",
        Doubt.RuleDatedByMark => "rule-dated-by-mark",
        Doubt.AsteriskLost => "asterisk-lost",
        Doubt.SaltsOfIsomersUnstated => "salts-of-isomers-unstated",
        Doubt.ChangeUnknown => "change-unknown",
        _ => "unknown",
    };

    /// <summary>Each single reason of <paramref name="doubts"/>, in a fixed order.</summary>
    public static System.Collections.Generic.IEnumerable<Doubt> Each(Doubt doubts)
    {
        foreach (var reason in new[] { Doubt.InscriptionUnknown, Doubt.RuleDatedByMark, Doubt.AsteriskLost, Doubt.SaltsOfIsomersUnstated, Doubt.ChangeUnknown })
            if ((doubts & reason) != 0)
                yield return reason;
    }

    /// <param name="entry">The entry's heading.</param>
    /// <param name="mark">The mark that names no act, "(15)".</param>
    /// <param name="list">The list whose numbering the mark is read in.</param>
    /// <param name="consolidatedBy">The last act the source's consolidated list includes, "(28) Arrêté du …", or null.</param>
    /// <param name="consolidatedFrom">Its entry into force, when known.</param>
    public static (string Why, string WouldDecide) InscriptionUnknown(string entry, string mark, string list, string? consolidatedBy, DateTime? consolidatedFrom) =>
        ($"« {entry} » porte la marque {mark}, et les sources ne citent aucun acte {mark} de {list} : la date de son inscription est inconnue"
            + (consolidatedBy is null
                ? "."
                : $" ; la liste consolidée du texte source, à jour de l'acte {consolidatedBy}" + (consolidatedFrom is { } d ? $" (en vigueur le {Iso(d)})" : "")
                  + ", l'inscrit : elle est inscrite au plus tard à cette date."),
         $"le texte de l'acte {mark} de {list} (sa date d'entrée en vigueur)");

    /// <param name="annex">"annexe III".</param>
    /// <param name="forms">The forms the dated rule brings in.</param>
    /// <param name="actMark">The mark the rule carries, "(13)".</param>
    /// <param name="act">The act whose mark the rule carries, "(13) Arrêté du …".</param>
    /// <param name="inForce">When that act entered into force, where known.</param>
    public static (string Why, string WouldDecide) RuleDatedByMark(string annex, FormFlags forms, string actMark, string act, DateTime? inForce) =>
        ($"la règle {Of(annex)} qui comprend les {FormsWord(forms)} porte la marque {actMark} ({act}" + (inForce is { } d ? $", en vigueur le {Iso(d)}" : "")
            + ") : le texte ne dit pas si cet acte l'a ajoutée ou modifiée, donc si elle s'appliquait avant lui.",
         $"le texte de l'acte {actMark}, ou la version {Of(annex)} antérieure à cet acte");

    public static (string Why, string WouldDecide) AsteriskLost(string annex) =>
        ($"{Capital(The(annex))} ne comprend les stéréo-isomères que des substances précédées d'un astérisque, et les astérisques de cette annexe sont perdus dans le texte source : on ne sait pas si cette entrée en porte un.",
         $"le texte officiel {Of(annex)} (Journal officiel), qui porte les astérisques");

    public static (string Why, string WouldDecide) SaltsOfIsomersUnstated(string annex) =>
        ($"le préambule {Of(annex)} comprend « leurs sels » sans dire s'il s'agit aussi des sels des stéréo-isomères (les annexes I et II nomment « les sels … de leurs isomères ») : l'inclusion des sels d'un isomère n'est pas établie.",
         $"le texte officiel {Of(annex)} ou une lecture de l'autorité qui l'applique");

    /// <param name="entry">The entry's heading.</param>
    /// <param name="exception">The exception as the act words it.</param>
    /// <param name="actMark">The mark of the act that changed the entry, "(21)".</param>
    /// <param name="act">That act, as the listings title it.</param>
    /// <param name="inForce">When it entered into force, where known.</param>
    public static (string Why, string WouldDecide) ChangeUnknown(string entry, string exception, string actMark, string act, DateTime? inForce) =>
        ($"l'acte {actMark} ({act}" + (inForce is { } d ? $", en vigueur le {Iso(d)}" : "") + $") a modifié l'inscription « {entry} » sans que le texte dise comment : "
            + $"avant lui, l'exception « {exception} » peut ne pas avoir existé.",
         $"le texte de l'acte {actMark}");

    private static bool Vowel(string word) => word.Length > 0 && "aeiouyàâéèêëîïôöùûüh".IndexOf(char.ToLowerInvariant(word[0])) >= 0;

    private static string The(string annex) => (Vowel(annex) ? "l'" : "la ") + annex;

    private static string Of(string annex) => (Vowel(annex) ? "de l'" : "de la ") + annex;

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string FormsWord(FormFlags forms) =>
        (forms & FormFlags.StereoIsomers) != 0 ? "stéréo-isomères"
        : (forms & FormFlags.Isomers) != 0 ? "isomères"
        : (forms & FormFlags.Esters) != 0 ? "esters"
        : (forms & FormFlags.Ethers) != 0 ? "éthers"
        : (forms & FormFlags.Salts) != 0 ? "sels"
        : "préparations";

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

