using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Binding;
using Listings.Compiler.Model;
using Listings.Runtime;

namespace Listings.Compiler.Tables;

/// <summary>
/// Lays the consolidated model out as the engine's flat tables. The CLI uses the result directly; the
/// source generator writes the same tables as C# literals, so both classify identically.
/// Every collection is laid out in ordinal order of its keys: same model, same tables, same bytes.
/// </summary>
public static class TableBuilder
{
    public static ClassifierTables Build(ListingModel model)
    {
        var t = new ClassifierTables();

        var acts = model.Acts.ToList();
        var actIndex = acts.Select((a, i) => (a.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        t.ActLabels = acts.Select(a => a.Label).ToArray();
        t.ActTitles = acts.Select(a => FrenchWording.ActTitle(a.Kind, a.Signed, a.Title)).ToArray();
        t.ActInForce = acts.Select(a => a.InForce.Value).ToArray();
        t.ActInForceAssumed = acts.Select(a => a.InForceAssumed).ToArray();

        var incomplete = acts.Select((a, i) => (Act: a, Row: i)).Where(a => a.Act.UnknownContentLists is not null).ToList();
        t.IncompleteActs = incomplete.Select(a => a.Row).ToArray();
        t.IncompleteActLists = incomplete.Select(a => string.Join(",", a.Act.UnknownContentLists!.Value)).ToArray();

        var annexes = model.Annexes.ToList();
        var annexIndex = annexes.Select((a, i) => (a.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        t.AnnexLists = annexes.Select(a => a.ListId).ToArray();
        t.AnnexIds = annexes.Select(a => a.AnnexId).ToArray();
        t.AnnexKinds = annexes.Select(a => FrenchWording.AnnexWord(a.Kind)).ToArray();

        var entries = model.Entries.ToList();
        int Act(string? key) => key is not null && actIndex.TryGetValue(key, out var index) ? index : -1;
        // Every column of the entries filled in one loop (at 100,000 entries, one loop the JIT optimises
        // early rather than a dozen passes through a delegate each).
        var rows = entries.Count;
        t.EntryTitles = new string[rows];
        t.EntryAnnex = new int[rows];
        t.EntryFrom = new int[rows];
        t.EntryTo = new int[rows];
        t.EntryClosedBy = new int[rows];
        t.EntryForms = new int[rows];
        t.EntryLocations = new string[rows];
        t.EntryUnknownMarks = new string[rows];
        t.EntryConsolidatedBy = new int[rows];
        t.EntryPendingForms = new int[rows];
        t.EntryPendingAct = new int[rows];
        t.EntryModifiedBy = new int[rows];
        t.EntryActsStart = new int[rows];
        t.EntryActsCount = new int[rows];
        var entryActs = new List<int>(rows);
        for (var i = 0; i < rows; i++)
        {
            var e = entries[i];
            t.EntryTitles[i] = e.Title;
            // Entries come annex by annex: the last entry's annex row, else a lookup (a key string each).
            t.EntryAnnex[i] = i > 0 && entries[i - 1].ListId == e.ListId && entries[i - 1].AnnexId == e.AnnexId
                ? t.EntryAnnex[i - 1]
                : annexIndex[AnnexModel.KeyOf(e.ListId, e.AnnexId)];
            t.EntryFrom[i] = e.From.Value;
            t.EntryTo[i] = e.To.Value;
            t.EntryClosedBy[i] = Act(e.ClosedBy);
            t.EntryForms[i] = (int)e.Forms;
            t.EntryLocations[i] = e.Location.ToString();
            t.EntryUnknownMarks[i] = e.UnknownMark ?? "";
            t.EntryConsolidatedBy[i] = e.UnknownMark is null ? -1 : Act(e.ConsolidatedBy);
            t.EntryPendingForms[i] = (int)e.PendingForms;
            t.EntryPendingAct[i] = Act(e.PendingAct);
            t.EntryModifiedBy[i] = Act(e.ModifiedBy);
            t.EntryActsStart[i] = entryActs.Count;
            var actKeys = e.ActKeys;
            for (var k = 0; k < actKeys.Count; k++)
                if (actIndex.TryGetValue(actKeys[k], out var act))
                    entryActs.Add(act);
            t.EntryActsCount[i] = entryActs.Count - t.EntryActsStart[i];
        }
        t.EntryActs = entryActs.ToArray();

        // The version of an entry a hand-off points to: the latest one with that id.
        var rowById = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
            rowById[entries[i].Id] = i;

        // Each name's key was folded once, when the binder made the name; a name that folds to nothing
        // is no row. Counted first, so that the rows are one array of their final size.
        var count = 0;
        for (var i = 0; i < entries.Count; i++)
            count += entries[i].Names.Count;
        var names = new (string Key, int Row, int Role)[count];
        count = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var entryNames = entries[i].Names;
            for (var n = 0; n < entryNames.Count; n++)
                if (entryNames[n].Key.Length > 0)
                    names[count++] = (entryNames[n].Key, i, (int)entryNames[n].Role);
        }
        // Ordinal order of key, then row, then role, each (key, row, role) once: sorted in place (an
        // order on every field, so equal triples are neighbours), not through LINQ's ordered keys.
        System.Array.Sort(names, 0, count, Comparer<(string Key, int Row, int Role)>.Create(static (a, b) =>
        {
            var order = string.CompareOrdinal(a.Key, b.Key);
            if (order == 0)
                order = a.Row.CompareTo(b.Row);
            return order != 0 ? order : a.Role.CompareTo(b.Role);
        }));
        var unique = 0;
        for (var i = 0; i < count; i++)
            if (unique == 0 || names[unique - 1] != names[i])
                names[unique++] = names[i];
        t.NameKeys = new string[unique];
        t.NameEntries = new int[unique];
        t.NameRoles = new int[unique];
        for (var i = 0; i < unique; i++)
            (t.NameKeys[i], t.NameEntries[i], t.NameRoles[i]) = names[i];

        var exceptionEntry = new List<int>();
        var exceptionKinds = new List<int>();
        var exceptionTexts = new List<string>();
        var exceptionRoutes = new List<int>();
        var exceptionNames = new List<string>();
        var exceptionHandOff = new List<int>();
        var amountsStart = new List<int>();
        var amountsCount = new List<int>();
        var amountKeys = new List<string>();
        var amountBounds = new List<int>();
        var amountMg = new List<decimal>();
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var exception in entries[i].Exceptions)
            {
                exceptionEntry.Add(i);
                exceptionKinds.Add((int)exception.Kind);
                exceptionTexts.Add(exception.Text);
                exceptionRoutes.Add((int)exception.Route);
                exceptionNames.Add(exception.NameKey ?? "");
                exceptionHandOff.Add(exception.HandOffEntryId is { } id && rowById.TryGetValue(id, out var row) ? row : -1);
                amountsStart.Add(amountKeys.Count);
                foreach (var amount in exception.Amounts)
                {
                    amountKeys.Add(amount.SubstanceKey);
                    amountBounds.Add((int)amount.Bound);
                    amountMg.Add(amount.Milligrams);
                }
                amountsCount.Add(amountKeys.Count - amountsStart[amountsStart.Count - 1]);
            }
        }
        t.ExceptionEntry = exceptionEntry.ToArray();
        t.ExceptionKinds = exceptionKinds.ToArray();
        t.ExceptionTexts = exceptionTexts.ToArray();
        t.ExceptionRoutes = exceptionRoutes.ToArray();
        t.ExceptionNameKeys = exceptionNames.ToArray();
        t.ExceptionHandOff = exceptionHandOff.ToArray();
        t.ExceptionAmountsStart = amountsStart.ToArray();
        t.ExceptionAmountsCount = amountsCount.ToArray();
        t.AmountSubstanceKeys = amountKeys.ToArray();
        t.AmountBounds = amountBounds.ToArray();
        t.AmountMilligrams = amountMg.ToArray();

        var authorisations = model.Authorisations.Where(a => rowById.ContainsKey(a.EntryId)).ToList();
        t.AuthorisationEntry = authorisations.Select(a => rowById[a.EntryId]).ToArray();
        t.AuthorisationAct = authorisations.Select(a => actIndex.TryGetValue(a.ActKey, out var act) ? act : -1).ToArray();
        t.AuthorisationFrom = authorisations.Select(a => a.From.Value).ToArray();
        t.AuthorisationTexts = authorisations.Select(a => a.Text).ToArray();
        t.AuthorisationSubjectKeys = authorisations.Select(a => a.SubjectKey).ToArray();
        t.AuthorisationMaxPercent = authorisations.Select(a => a.MaxPercent).ToArray();
        t.AuthorisationRequiresCatalogue = authorisations.Select(a => a.RequiresCatalogue).ToArray();
        t.AuthorisationTolerancePercent = authorisations.Select(a => a.TolerancePercent).ToArray();
        t.AuthorisationReadings = authorisations.Select(a => a.Reading ?? "").ToArray();
        t.AuthorisationReadingWords = authorisations.Select(a => string.Join("\n", a.ReadingWords)).ToArray();

        var regimes = model.Regimes.Where(r => actIndex.ContainsKey(r.ActKey)).ToList();
        t.RegimeActs = regimes.Select(r => actIndex[r.ActKey]).ToArray();
        t.RegimeWhole = regimes.Select(r => r.Whole).ToArray();
        t.RegimeKinds = regimes.Select(r => r.Kind).ToArray();
        t.RegimeNames = regimes.Select(r => string.Join("\n", r.Names)).ToArray();
        t.RegimeRoutes = regimes.Select(r => (int)r.Route).ToArray();

        t.SaltStems = model.CounterIons.ToArray();
        t.IsomerPrefixes = model.IsomerPrefixes.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).ToArray();
        return t;
    }
}
