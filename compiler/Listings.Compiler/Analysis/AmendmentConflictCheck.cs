using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Binding;
using Listings.Grammar.Diagnostics;

namespace Listings.Compiler.Analysis;

/// <summary>
/// LST2009: two different acts change the same entry on the same date. The timeline applies a day's
/// acts in a fixed order, but the acts themselves do not say which change comes first: the law is
/// undecided. Read off the timeline's own record of its changes (<see cref="BindingFacts.Changes"/>),
/// by entry, so an entry two acts move in opposite directions on one day is found too.
/// (An addition of an entry already in force is found by <see cref="DuplicateNameCheck"/>.)
/// </summary>
internal static class AmendmentConflictCheck
{
    public static void Run(BindingFacts facts, List<ListingDiagnostic> found)
    {
        var byEntryAndDay = facts.Changes
            .GroupBy(c => (c.EntryId, c.Date))
            .Where(g => g.Select(c => c.ActKey).Distinct(StringComparer.Ordinal).Count() > 1);
        foreach (var group in byEntryAndDay)
        {
            // Reported at the change of the act the timeline applies later (by act, in ordinal order of
            // their keys, as it applies them), with the first act's change as the other side: a content
            // order, so renaming or reordering files never moves the finding.
            var changes = group.OrderBy(c => c.ActKey, StringComparer.Ordinal)
                .ThenBy(c => c.OperationSpan, Comparer<Grammar.Text.SourceSpan>.Create(NameIndex.Compare)).ToList();
            var first = changes[0];
            foreach (var later in changes.Where(c => c.ActKey != first.ActKey))
                found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.AmendmentConflict, later.NameSpan,
                    $"act {later.ActLabel} changes « {later.Name} » in {later.Where} on the same date as act {first.ActLabel} ({first.OperationSpan}): which change applies is undecided",
                    first.OperationSpan));
        }
    }
}
