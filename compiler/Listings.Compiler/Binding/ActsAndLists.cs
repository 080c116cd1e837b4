using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Runtime;

namespace Listings.Compiler.Binding;

/// <summary>
/// The first pass: which lists and which acts the listing set declares, each once, and how a mark or
/// an identifier names an act. Reports a list or an act declared twice (LST1008, LST1005) and two
/// lists whose ids differ only by case or accents (LST1013); records the marks that name no act.
/// </summary>
public sealed class ActsAndLists
{
    private readonly Dictionary<string, ListSyntax> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ActSyntax Syntax, ActModel Model)> _acts = new(StringComparer.Ordinal);

    private ActsAndLists()
    {
    }

    /// <summary>The declared lists, first declaration of each (in path order), in ordinal order of their ids.</summary>
    public IEnumerable<ListSyntax> Lists => _lists.Values.OrderBy(l => l.Id, StringComparer.Ordinal);

    public IEnumerable<ActModel> Acts => _acts.Values.Select(a => a.Model).OrderBy(a => a.Key, StringComparer.Ordinal);

    public bool IsList(string id) => _lists.ContainsKey(id);

    public static ActsAndLists Declare(IReadOnlyList<ListingDocument> documents, BindingFacts facts, List<ListingDiagnostic> diagnostics)
    {
        var declared = new ActsAndLists();
        var folded = new Dictionary<string, ListSyntax>(StringComparer.Ordinal);
        foreach (var list in documents.SelectMany(d => d.Lists))
        {
            if (declared._lists.TryGetValue(list.Id, out var first))
            {
                // A second declaration would re-date every unmarked entry to its founding act.
                diagnostics.Add(BindingDiagnostics.DuplicateList(list.Span, list.Id, first.Span));
                continue;
            }
            // "stup" and "Stup" read as one list to an editor, and the generated classes would be
            // named after whichever other lists exist.
            var key = TextFolding.Fold(list.Id);
            if (folded.TryGetValue(key, out var lookAlike))
                diagnostics.Add(BindingDiagnostics.LookAlikeList(list.Span, list.Id, lookAlike.Id, lookAlike.Span));
            else
                folded[key] = list;
            declared._lists[list.Id] = list;
        }
        foreach (var act in documents.SelectMany(d => d.Acts))
        {
            var key = ActModel.KeyOf(act.NumberingList, act.Id);
            if (declared._acts.TryGetValue(key, out var earlier))
            {
                diagnostics.Add(BindingDiagnostics.DuplicateAct(act.Id.Span, act.Id.ToString(), earlier.Syntax.Span));
                continue;
            }
            var (inForce, assumed) = EntryIntoForce.Of(act);
            var model = new ActModel(key, act.Id.ToString(), act.NumberingList, act.Kind, act.Title.Value, act.Signed.Value,
                act.Published is { IsKnown: true } published ? published.Value : CalendarDay.Unknown, inForce, assumed, ModelLocation.Of(act.Span));
            declared._acts[key] = (act, model);
        }
        foreach (var list in declared._lists.Values)
        {
            if (list.FoundedBy is not { } founder)
                continue;
            if (declared.Resolve(list.Id, founder) is { } act)
                facts.Founders[list.Id] = act.Key;
            else
                facts.UnresolvedMarks.Add(new UnresolvedMark(founder.Span, founder.ToString(), list.Id, MarkCitation.Founder, list.Id));
        }
        return declared;
    }

    /// <summary>
    /// The act a reference names: a mark in the numbering of <paramref name="list"/>, or an
    /// identifier, which names an act whatever list it belongs to.
    /// </summary>
    public ActModel? Resolve(string? list, ActRef act)
    {
        if (_acts.TryGetValue(ActModel.KeyOf(list, act), out var found))
            return found.Model;
        return act.Mark is null && _acts.TryGetValue(act.Identifier!, out found) ? found.Model : null;
    }

    public ActModel? Resolve(string list, int mark) => Resolve(list, new ActRef(mark, null, null!));

    /// <summary>The act that founded a list (<c>fixée par</c>): it inscribed every entry without a mark.</summary>
    public ActModel? Founder(string list) =>
        _lists.TryGetValue(list, out var syntax) && syntax.FoundedBy is { } founder ? Resolve(list, founder) : null;
}
