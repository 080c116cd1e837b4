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
/// Turns the parsed files of a listing set into the consolidated model, in named passes, each with
/// its own diagnostics:
/// <list type="number">
/// <item><see cref="ActsAndLists"/>: the lists and acts, each declared once;</item>
/// <item><see cref="AnnexesAndRules"/>: the annexes and what their preambles include;</item>
/// <item><see cref="EntriesAndNames"/> (with <see cref="EntryExceptions"/>): the entries of the annexes, their names and exceptions;</item>
/// <item><see cref="AmendmentTimeline"/>: additions, removals, transfers and changes, day by day;</item>
/// <item><see cref="Derogations"/>: what the derogations authorise;</item>
/// <item><see cref="HandOffs"/>: which list receives the preparations another excepts.</item>
/// </list>
/// Files are taken in ordinal order of their paths, and no pass lets that order decide anything but
/// the order of its diagnostics (the one order left to it: the statements of one act written in
/// several files apply in path order); the diagnostics come out in path and position order.
/// </summary>
public static class ListingBinder
{
    public static BindResult Bind(IEnumerable<ListingDocument> documents)
    {
        var ordered = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        var diagnostics = new List<ListingDiagnostic>();
        var facts = new BindingFacts();

        var declared = ActsAndLists.Declare(ordered, facts, diagnostics);
        var annexes = AnnexesAndRules.Declare(ordered, declared, facts, diagnostics);
        var versions = new EntryVersions();
        var entries = new EntriesAndNames(declared, facts, diagnostics);
        entries.BindAnnexes(ordered, annexes, versions);
        AmendmentTimeline.Apply(ordered, declared, annexes, entries, versions, facts, diagnostics);
        var authorisations = Derogations.Bind(ordered, declared, annexes, versions, diagnostics);
        var bound = UnknownInscriptions.Split(AmendmentTimeline.DateRules(HandOffs.Resolve(ordered, versions.All, annexes, diagnostics), annexes), declared);

        var model = new ListingModel(
            declared.Acts.ToEquatableArray(),
            annexes.All.ToEquatableArray(),
            bound.ToEquatableArray(),
            authorisations.ToEquatableArray(),
            CounterIons(ordered, diagnostics).ToEquatableArray(),
            SubstanceNaming.DefaultIsomerPrefixes.Select(TextFolding.NameKey).ToEquatableArray())
        {
            Regimes = Regimes.Bind(ordered, declared, diagnostics).ToEquatableArray(),
        };
        var sorted = diagnostics
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Offset)
            .ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
            .Distinct()
            .ToEquatableArray();
        return new BindResult(model, sorted) { Facts = facts };
    }

    /// <summary>The built-in counter-ions and those the listings add (<c>contre-ions</c>), folded.</summary>
    private static IEnumerable<string> CounterIons(IReadOnlyList<ListingDocument> documents, List<ListingDiagnostic> diagnostics)
    {
        var added = documents.SelectMany(d => d.CounterIons).SelectMany(c => c.Names)
            .Where(n => !EntriesAndNames.IsEmpty(n, diagnostics))
            .Select(n => n.Value);
        return SubstanceNaming.DefaultCounterIons.Concat(added)
            .Select(TextFolding.NameKey)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(c => c, StringComparer.Ordinal);
    }
}
