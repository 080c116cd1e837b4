using System.Globalization;
using System.IO;
using Listings.Runtime;

namespace Listings.Cli;

/// <summary>The readable verdict <c>listings classify NAME</c> prints.</summary>
public static class AnswerText
{
    public static void Write(ClassificationAnswer answer, TextWriter output)
    {
        output.WriteLine($"{answer.Name} — {Iso(answer.On)}: {AnswerJson.Status(answer.Status)}");
        foreach (var c in answer.Classifications)
        {
            output.WriteLine($"  {c.List}, {c.AnnexKind} {c.Annex}: « {c.Entry} » (via {AnswerJson.Via(c.Via)})  {c.Location}");
            foreach (var act in c.Acts)
            {
                var inForce = act.InForce is { } d ? (act.InForceAssumed ? "en vigueur au plus tôt le " : "en vigueur le ") + Iso(d) : "date d'entrée en vigueur inconnue";
                output.WriteLine($"      {act.Mark} {act.Title} — {inForce}");
            }
        }
        foreach (var e in answer.Exceptions)
            output.WriteLine($"  {(e.Applied ? "exception" : "exception non évaluée")} ({e.List} {e.Annex}, « {e.Entry} »): {e.Text}");
        foreach (var u in answer.Undetermined)
            output.WriteLine($"  indéterminé ({u.List}, {u.AnnexKind} {u.Annex}: « {u.Entry} », via {AnswerJson.Via(u.Via)}, {Doubts.Id(u.Reason)}): {u.Why} À trancher par : {u.WouldDecide}.  {u.Location}");
        if (answer.Incomplete.Count > 0)
            output.WriteLine("  listes peut-être incomplètes : " + IncompleteAct.Line(answer.Incomplete));
        foreach (var i in answer.Interpretations)
            output.WriteLine($"  lecture de l'éditeur ({i.Act}, {i.List} {i.Annex}, « {i.Entry} ») : {i.Reading} — appuyée sur : {string.Join(" / ", i.Words)}");
        foreach (var r in answer.Regimes)
            output.WriteLine($"  régime ({(r.Whole ? "toute la réglementation des stupéfiants" : "une partie de la réglementation des stupéfiants")}) : {r.AppliesTo} "
                + $"« {string.Join(" » ou « ", r.Names)} »{(r.Route == RegimeRoute.Any ? "" : r.Route == RegimeRoute.Oral ? " par voie orale" : " par voie injectable")} — "
                + $"{r.Act} {r.Title}{(r.InForce is { } d ? (r.InForceAssumed ? ", au plus tôt le " : ", en vigueur le ") + Iso(d) : "")}");
        foreach (var note in answer.Notes)
            output.WriteLine($"  note: {note}");
    }

    private static string Iso(System.DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
