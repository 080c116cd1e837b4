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
/// The amendment timeline: applies every <c>ajoute</c>, <c>retire</c>, <c>transfère</c> and
/// <c>modifie</c> on the day it takes effect — the amendment's own date (<c>en vigueur le</c>) when it
/// gives one, for every one of its statements, else its act's entry into force.
/// <para>
/// Changes apply day by day. Within a day, acts apply in ordinal order of their keys and each act's
/// statements in the order it writes them, so no file name or file order decides the law. A statement
/// that finds no entry is tried again once the day's other changes are made (another act of the same
/// day may have brought the entry); if it still finds none it is reported (LST1003). Two acts changing
/// one entry on one day are left for the analyzers to report (LST2009, from <see cref="BindingFacts.Changes"/>);
/// one act moving an entry and back on the same day is an error (LST1014).
/// </para>
/// </summary>
public sealed class AmendmentTimeline
{
    private readonly ActsAndLists _declared;
    private readonly AnnexesAndRules _annexes;
    private readonly EntriesAndNames _entries;
    private readonly EntryVersions _versions;
    private readonly BindingFacts _facts;
    private readonly List<ListingDiagnostic> _diagnostics;

    // Versions a transfer opened: by which act, on which day, and the annex the entry came from.
    private readonly Dictionary<int, (string Act, CalendarDay Date, string FromAnnex, SourceSpan Span)> _movedIn = new();

    private AmendmentTimeline(ActsAndLists declared, AnnexesAndRules annexes, EntriesAndNames entries, EntryVersions versions,
        BindingFacts facts, List<ListingDiagnostic> diagnostics)
    {
        _declared = declared;
        _annexes = annexes;
        _entries = entries;
        _versions = versions;
        _facts = facts;
        _diagnostics = diagnostics;
    }

    /// <summary>One statement of an amendment, with the act and the day it applies on.</summary>
    private sealed record Step(AmendmentOperationSyntax Operation, ActModel Act, CalendarDay Date, AnnexModel Target, AnnexModel? Destination);

    public static void Apply(IReadOnlyList<ListingDocument> documents, ActsAndLists declared, AnnexesAndRules annexes,
        EntriesAndNames entries, EntryVersions versions, BindingFacts facts, List<ListingDiagnostic> diagnostics)
    {
        var timeline = new AmendmentTimeline(declared, annexes, entries, versions, facts, diagnostics);
        var steps = documents.SelectMany(d => d.Amendments).SelectMany(timeline.Steps).ToList();
        // OrderBy is stable: within one act, statements keep the order of the files (by path) and of the text.
        // Days compared by their int value: LINQ over CalendarDay would be code compiled for it alone.
        foreach (var day in steps.OrderBy(s => s.Date.Value).ThenBy(s => s.Act.Key, StringComparer.Ordinal).GroupBy(s => s.Date.Value))
        {
            var waiting = day.Where(step => !timeline.Try(step)).ToList();
            foreach (var step in waiting)
                if (!timeline.Try(step))
                    timeline.ReportMissing(step);
        }
    }

    /// <summary>The statements of an amendment whose act and annexes are known; what is unknown is reported.</summary>
    private IEnumerable<Step> Steps(AmendmentSyntax amendment)
    {
        var actReported = false;
        foreach (var operation in amendment.Operations)
        {
            var (target, destination) = operation switch
            {
                AdditionSyntax a => (a.Target, null),
                RemovalSyntax r => (r.From, null),
                TransferSyntax t => (t.From, t.To),
                ModificationSyntax m => (m.Target, (ListRefSyntax?)null),
                _ => throw new InvalidOperationException("unknown amendment statement " + operation.GetType().Name),
            };
            var annex = _annexes.Find(target, _diagnostics);
            var to = destination is null ? null : _annexes.Find(destination, _diagnostics);
            if (annex is null || (destination is not null && to is null))
                continue;
            // A mark names an act in the numbering of the list the statement changes.
            var act = _declared.Resolve(annex.ListId, amendment.Act);
            if (act is null)
            {
                if (!actReported)
                    _diagnostics.Add(BindingDiagnostics.UnknownAct(amendment.Act.Span, amendment.Act.ToString()));
                actReported = true;
                continue;
            }
            _facts.AmendmentActs.Add(new AmendmentAct(amendment.Act.Span, amendment.Act.ToString(), annex.ListId, act.Key));
            var date = amendment.InForce is { IsKnown: true } own ? own.Value : act.InForce;
            yield return new Step(operation, act, date, annex, to);
        }
    }

    /// <summary>Applies one statement; false when the entry it names is not in force in its annex on that day.</summary>
    private bool Try(Step step)
    {
        switch (step.Operation)
        {
            case AdditionSyntax addition:
                foreach (var entry in addition.Entries)
                {
                    if (_entries.Bind(entry, step.Target, FormFlags.None, step.Act, step.Date) is not { } added)
                        continue;
                    _versions.Add(added with { AddedBy = step.Act.Key });
                    Record(added.Id, step, ChangeKind.Addition, entry.Title);
                }
                return true;
            case RemovalSyntax removal:
            {
                var found = _versions.InForce(step.Target, removal.Name.Value, step.Date);
                if (found < 0)
                    return false;
                var removed = _versions.Close(found, step.Date, step.Act.Key);
                Record(removed.Id, step, ChangeKind.Removal, removal.Name);
                return true;
            }
            case TransferSyntax transfer:
            {
                var found = _versions.InForce(step.Target, transfer.Name.Value, step.Date);
                if (found < 0)
                    return false;
                var target = step.Destination!;
                if (_movedIn.TryGetValue(found, out var earlier) && earlier.Act == step.Act.Key && earlier.Date == step.Date
                    && earlier.FromAnnex == target.Key)
                {
                    // The act would move the entry and back on the same day: which annex it meant is undecided.
                    _diagnostics.Add(BindingDiagnostics.TransferAndBack(transfer.Name.Span, transfer.Name.Value, step.Act.Label,
                        target.Label, step.Target.Label, earlier.Span));
                    return true;
                }
                // What the entry itself says (its extensions, its asterisk) moves with it; the rules are
                // those of its new annex.
                var index = Reopen(found, step, ChangeKind.Transfer, transfer.Name, moved => moved with
                {
                    ListId = target.ListId, AnnexId = target.AnnexId,
                    Forms = moved.Extensions | target.Forms,
                });
                _movedIn[index] = (step.Act.Key, step.Date, step.Target.Key, transfer.Span);
                return true;
            }
            case ModificationSyntax modification:
            {
                var found = _versions.InForce(step.Target, modification.Name.Value, step.Date);
                if (found < 0)
                    return false;
                var extensions = modification.Clauses.OfType<ExtensionClause>().Aggregate(FormFlags.None, (forms, clause) => forms | EntriesAndNames.ExtensionForms(clause.Extension));
                var index = Reopen(found, step, ChangeKind.Modification, modification.Name, changed => changed with
                {
                    Forms = changed.Forms | extensions,
                    Extensions = changed.Extensions | extensions,
                    Names = changed.Names.Concat(CitedNames.Of(modification.Clauses, changed.Title)).ToEquatableArray(),
                    Exceptions = changed.Exceptions.Concat(EntryExceptions.Of(modification.Clauses, _diagnostics)).ToEquatableArray(),
                });
                if (_movedIn.TryGetValue(found, out var moved))
                    _movedIn[index] = moved;
                return true;
            }
            default:
                return true;
        }
    }

    /// <summary>
    /// A rule an amending act added to an annex's preamble applies from that act's day: a version in
    /// force across that day becomes two, without the rule's forms before it and with them after.
    /// Each version's later parts follow it, so an entry's last version stays its latest.
    /// </summary>
    public static List<EntryModel> DateRules(IReadOnlyList<EntryModel> versions, AnnexesAndRules annexes)
    {
        var result = new List<EntryModel>(versions.Count);
        var seen = new HashSet<int>();
        AnnexModel? annex = null;
        foreach (var version in versions)
        {
            // Versions come annex by annex: the last one's annex, else a lookup (a key string each).
            if (annex is null || annex.ListId != version.ListId || annex.AnnexId != version.AnnexId)
                annex = annexes[version.ListId, version.AnnexId];
            if (annex.DatedRules.IsEmpty)
            {
                // No rule dated by a later act: the version stands as it is (what the loop below gives it).
                result.Add(version);
                continue;
            }
            var from = version.From;
            seen.Clear();
            foreach (var rule in annex.DatedRules)
            {
                var day = rule.From;
                if (!(day > version.From && day < version.To) || !seen.Add(day.Value))
                    continue;
                result.Add(Pending(version with { From = from, To = day, ClosedBy = null, Forms = version.Extensions | annex.FormsOn(from) }, annex));
                from = day;
            }
            result.Add(from == version.From && annex.DatedRules.IsEmpty ? version : Pending(version with { From = from, Forms = version.Extensions | annex.FormsOn(from) }, annex));
        }
        return result;
    }

    /// <summary>
    /// The forms of the rules dated by an act not yet in force during the version: the mark says that
    /// act touched the rule, not that it added it, so before it they are in doubt, not left out.
    /// </summary>
    private static EntryModel Pending(EntryModel version, AnnexModel annex)
    {
        var later = annex.DatedRules.Where(r => r.From > version.From).ToList();
        if (later.Count == 0)
            return version;
        var pending = later.Aggregate(FormFlags.None, (all, r) => all | r.Forms) & ~version.Forms;
        return pending == FormFlags.None ? version : version with { PendingForms = pending, PendingAct = later[0].ActKey };
    }

    /// <summary>Ends the version in force and opens the next, as <paramref name="change"/> makes it, from the step's day; returns its index.</summary>
    private int Reopen(int found, Step step, ChangeKind kind, Quoted name, Func<EntryModel, EntryModel> change)
    {
        var closed = _versions.Close(found, step.Date, step.Act.Key);
        Record(closed.Id, step, kind, name);
        return _versions.Add(change(closed) with
        {
            From = step.Date, To = EntryModel.Forever, ClosedBy = null,
            ActKeys = closed.ActKeys.Append(step.Act.Key).Distinct().ToEquatableArray(),
        });
    }

    private void ReportMissing(Step step)
    {
        var name = step.Operation switch
        {
            RemovalSyntax r => r.Name,
            TransferSyntax t => t.Name,
            ModificationSyntax m => m.Name,
            _ => null,
        };
        if (name is not null && !EntriesAndNames.IsEmpty(name, _diagnostics))
            _diagnostics.Add(BindingDiagnostics.UnknownEntry(name.Span, name.Value, step.Target.Label.Length > 0 ? step.Target.ListId + " " + step.Target.Label : ""));
    }

    private void Record(string entryId, Step step, ChangeKind kind, Quoted name) =>
        _facts.Changes.Add(new TimelineChange(entryId, step.Act.Key, step.Act.Label, step.Date, kind, name.Value,
            step.Target.ListId + " " + step.Target.Label, name.Span, step.Operation.Span));
}
