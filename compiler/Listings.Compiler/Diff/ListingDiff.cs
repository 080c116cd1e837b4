using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Model;
using Listings.Compiler.Tables;
using Listings.Runtime;

namespace Listings.Compiler.Diff;

/// <summary>
/// Compares two consolidated states of the listings. Entries are matched by their folded heading, so
/// an entry that moves from one annex or list to another is a move, not a removal and an addition.
/// The classification impact is asked of the same engine the generated classifiers run.
/// </summary>
public static class ListingDiff
{
    public static DiffReport Compare(ListingState before, ListingState after, string beforeLabel, string afterLabel)
    {
        var changes = new List<EntryChange>();
        foreach (var pair in after.Entries)
        {
            if (!before.Entries.TryGetValue(pair.Key, out var old))
            {
                changes.Add(new EntryChange(ChangeKind.Added, null, pair.Value));
                continue;
            }
            var now = pair.Value;
            if (old.ListId != now.ListId || old.AnnexId != now.AnnexId)
                changes.Add(new EntryChange(ChangeKind.Moved, old, now));
            var oldRules = old.Exceptions.Concat(old.Extensions).ToList();
            var newRules = now.Exceptions.Concat(now.Extensions).ToList();
            if (!oldRules.SequenceEqual(newRules))
                changes.Add(new EntryChange(ChangeKind.ExceptionsChanged, old, now)
                {
                    Removed = oldRules.Except(newRules).ToList(),
                    Added = newRules.Except(oldRules).ToList(),
                });
            var oldDoubts = old.Undetermined.Select(d => d.ToString()).ToList();
            var newDoubts = now.Undetermined.Select(d => d.ToString()).ToList();
            if (!oldDoubts.SequenceEqual(newDoubts))
                changes.Add(new EntryChange(ChangeKind.UndeterminedChanged, old, now)
                {
                    Removed = oldDoubts.Except(newDoubts).ToList(),
                    Added = newDoubts.Except(oldDoubts).ToList(),
                });
            if (!old.Aliases.SequenceEqual(now.Aliases))
                changes.Add(new EntryChange(ChangeKind.AliasesChanged, old, now)
                {
                    Removed = old.Aliases.Except(now.Aliases).ToList(),
                    Added = now.Aliases.Except(old.Aliases).ToList(),
                });
        }
        foreach (var pair in before.Entries.Where(p => !after.Entries.ContainsKey(p.Key)))
            changes.Add(new EntryChange(ChangeKind.Removed, pair.Value, null));

        var ordered = changes
            .Select(c => c with { Act = ActOf(c, after) })
            .OrderBy(c => c.Kind)
            .ThenBy(c => c.Entry.ListId, StringComparer.Ordinal)
            .ThenBy(c => c.Entry.AnnexId, StringComparer.Ordinal)
            .ThenBy(c => c.Entry.Key, StringComparer.Ordinal)
            .ToList();
        var on = CalendarDay.Of(after.On);
        return new DiffReport(beforeLabel, afterLabel, ordered, ActsAdded(before, after), Impact(before, after, ordered))
        {
            Incomplete = after.Model.Acts.Where(a => a.UnknownContentLists is not null && a.InForce <= on)
                .OrderBy(a => a.InForce).ThenBy(a => a.Key, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>
    /// The act behind a change: the one that added the entry; for a removal, the act that ended its
    /// last version (when the later state knows it); otherwise the last act that changed it.
    /// </summary>
    private static ActModel? ActOf(EntryChange change, ListingState after)
    {
        switch (change.Kind)
        {
            case ChangeKind.Added:
                return change.After!.Inscription;
            case ChangeKind.Removed:
                var closedBy = ClosingAct(change.Before!, after);
                return closedBy is not null ? after.Model.Acts.FirstOrDefault(a => a.Key == closedBy) ?? change.Before!.LatestAct : change.Before!.LatestAct;
            default:
                return change.After!.LatestAct;
        }
    }

    /// <summary>
    /// The act that, in the later listing set, ended the removed entry's last version up to the later
    /// date. Within one listing set the entry keeps its id; between two folders or two revisions ids
    /// may differ (they carry the path), so the entry is also found by its folded heading and its place.
    /// </summary>
    private static string? ClosingAct(EntryState removed, ListingState after)
    {
        var on = CalendarDay.Of(after.On);
        var heading = TextFolding.NameKey(removed.Title);
        return after.Model.Entries
            .Where(e => e.ClosedBy is not null && e.To <= on
                && (e.Id == removed.Id || (e.ListId == removed.ListId && e.AnnexId == removed.AnnexId && TextFolding.NameKey(e.Title) == heading)))
            .OrderBy(e => e.Id == removed.Id ? 1 : 0)
            .ThenBy(e => e.To)
            .Select(e => e.ClosedBy)
            .LastOrDefault();
    }

    /// <summary>
    /// Acts in force on the later date and not on the earlier one (same listing set), or acts declared
    /// only in the newer listing set (two versions of it).
    /// </summary>
    private static IReadOnlyList<ActModel> ActsAdded(ListingState before, ListingState after)
    {
        var from = CalendarDay.Of(before.On);
        var to = CalendarDay.Of(after.On);
        var known = new HashSet<string>(before.Model.Acts.Select(a => a.Key), StringComparer.Ordinal);
        var sameSet = ReferenceEquals(before.Model, after.Model) || before.Model.Equals(after.Model);
        return after.Model.Acts
            .Where(a => sameSet ? a.InForce > from && a.InForce <= to : !known.Contains(a.Key))
            .OrderBy(a => a.InForce)
            .ThenBy(a => a.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static IReadOnlyList<ClassificationImpact> Impact(ListingState before, ListingState after, IReadOnlyList<EntryChange> changes)
    {
        var classifierBefore = new Classifier(TableBuilder.Build(before.Model));
        var classifierAfter = ReferenceEquals(before.Model, after.Model) ? classifierBefore : new Classifier(TableBuilder.Build(after.Model));
        var impact = new List<ClassificationImpact>();
        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            var names = new[] { change.Entry.Title }.Concat((change.Before?.Aliases ?? new string[0]).Concat(change.After?.Aliases ?? new string[0]));
            foreach (var name in names.Distinct())
            {
                if (!asked.Add(TextFolding.NameKey(name)))
                    continue;
                impact.Add(new ClassificationImpact(change.Entry.Title, name,
                    Verdict(classifierBefore.Classify(new ClassificationQuery(name, before.On))),
                    Verdict(classifierAfter.Classify(new ClassificationQuery(name, after.On)))));
            }
        }
        return impact;
    }

    /// <summary>"listed (stupefiants I)", "exempted (stupefiants IV)", "undetermined (stupefiants IV: inscription-unknown)", "not-listed".</summary>
    public static string Verdict(ClassificationAnswer answer)
    {
        var status = answer.Status switch
        {
            ClassificationStatus.Listed => "listed",
            ClassificationStatus.Exempted => "exempted",
            ClassificationStatus.Undetermined => "undetermined",
            _ => "not-listed",
        };
        var places = answer.Status == ClassificationStatus.Exempted
            ? answer.Exceptions.Select(e => e.List + " " + e.Annex)
            : answer.Status == ClassificationStatus.Undetermined
            ? answer.Undetermined.Select(u => u.List + " " + u.Annex + ": " + Doubts.Id(u.Reason))
            : answer.Classifications.Select(c => c.List + " " + c.Annex);
        var where = string.Join(", ", places.Distinct());
        return where.Length == 0 ? status : status + " (" + where + ")";
    }
}
