using System.Collections.Generic;
using Listings.Compiler.Binding;
using Listings.Runtime;

namespace Listings.Compiler.Model;

/// <summary>One thing the sources leave open about an entry on a date, worded by <see cref="Doubts"/>.</summary>
public sealed record EntryDoubt(Doubt Reason, string Why, string WouldDecide)
{
    public override string ToString() => Doubts.Id(Reason) + ": " + Why;
}

/// <summary>
/// What the sources leave open about an entry version as a whole, for the export and the diff: the
/// same doubts the classifiers give an answer that reaches the entry (an unknown inscription, a rule
/// dated by a later act's mark, a lost asterisk, salts whose scope the preamble does not state, a
/// change whose content is unknown), worded in the one place the classifiers word them.
/// </summary>
public static class EntryDoubts
{
    public static IReadOnlyList<EntryDoubt> Of(EntryModel entry, AnnexModel? annex, IReadOnlyDictionary<string, ActModel> acts, CalendarDay date)
    {
        var doubts = new List<EntryDoubt>();
        var label = annex?.Label ?? entry.AnnexId;
        ActModel? Act(string? key) => key is not null && acts.TryGetValue(key, out var act) ? act : null;
        string Title(ActModel? act) => act is null ? "?" : FrenchWording.ActTitle(act.Kind, act.Signed, act.Title);
        void Add(Doubt reason, (string Why, string WouldDecide) words) => doubts.Add(new EntryDoubt(reason, words.Why, words.WouldDecide));

        if (entry.UnknownMark is { } mark)
        {
            var consolidated = Act(entry.ConsolidatedBy);
            Add(Doubt.InscriptionUnknown, Doubts.InscriptionUnknown(entry.Title, mark, entry.ListId,
                consolidated is null ? null : consolidated.Label + " " + Title(consolidated), consolidated?.InForce.ToDateTime()));
        }
        var forms = entry.Forms | entry.PendingForms;
        if (entry.PendingForms != FormFlags.None)
        {
            var act = Act(entry.PendingAct);
            Add(Doubt.RuleDatedByMark, Doubts.RuleDatedByMark(label, entry.PendingForms, act?.Label ?? "?", Title(act), act?.InForce.ToDateTime()));
        }
        if ((forms & (FormFlags.StereoIsomers | FormFlags.Asterisk | FormFlags.AsteriskUnknown)) == (FormFlags.StereoIsomers | FormFlags.AsteriskUnknown)
            && (forms & FormFlags.Isomers) == 0)
            Add(Doubt.AsteriskLost, Doubts.AsteriskLost(label));
        if ((forms & FormFlags.SaltsOfIsomersUnstated) != 0)
            Add(Doubt.SaltsOfIsomersUnstated, Doubts.SaltsOfIsomersUnstated(label));
        if (Act(entry.ModifiedBy) is { } modifier && modifier.InForce > date)
            foreach (var exception in entry.Exceptions)
                Add(Doubt.ChangeUnknown, Doubts.ChangeUnknown(entry.Title, exception.Text, modifier.Label, Title(modifier), modifier.InForce.ToDateTime()));
        return doubts;
    }
}
