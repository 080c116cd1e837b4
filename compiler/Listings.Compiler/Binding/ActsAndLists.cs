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
/// The first pass: which lists and which acts the listing set declares, each once, and how a mark or
/// an identifier names an act. Reports a list or an act declared twice (LST1008, LST1005) and two
/// lists whose ids differ only by case or accents (LST1013); records the marks that name no act.
/// </summary>
public sealed class ActsAndLists
{
    private readonly Dictionary<string, ListSyntax> _lists = new(StringComparer.Ordinal);
    // Reference types as values and keys: a dictionary, a sort or a LINQ operator over a value type is
    // code the runtime compiles for that type alone, before the first binding (the cold build pays it).
    private readonly Dictionary<string, DeclaredAct> _acts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<int, ActModel?>> _byMark = new(StringComparer.Ordinal);

    private sealed record DeclaredAct(ActSyntax Syntax, ActModel Model);

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

        // An act declared twice: every declaration is reported, naming the others, and the one that
        // applies is chosen by its own content, never by which file is read first.
        foreach (var same in documents.SelectMany(d => d.Acts).GroupBy(a => ActModel.KeyOf(a.NumberingList, a.Id), StringComparer.Ordinal))
        {
            var all = same.Select(act => new DeclaredAct(act, Model(same.Key, act))).ToList();
            if (all.Count > 1)
                foreach (var (act, _) in all)
                    diagnostics.Add(BindingDiagnostics.DuplicateAct(act.Id.Span, act.Id.ToString(), Others(all.Select(a => a.Syntax.Span), act.Span)));
            declared._acts[same.Key] = all
                .OrderBy(a => a.Model.InForce.Value).ThenBy(a => a.Model.Signed.Value).ThenBy(a => a.Model.Published.Value)
                .ThenBy(a => a.Model.Title, StringComparer.Ordinal).First();
        }

        // A list declared twice would re-date every unmarked entry to whichever founding act is read
        // last: both are reported, and the earlier founding act applies (the entries are listed at least
        // from then, whatever file is read first).
        foreach (var same in documents.SelectMany(d => d.Lists).GroupBy(l => l.Id, StringComparer.Ordinal))
        {
            var all = same.ToList();
            if (all.Count > 1)
                foreach (var list in all)
                    diagnostics.Add(BindingDiagnostics.DuplicateList(list.Span, list.Id, Others(all.Select(l => l.Span), list.Span)));
            declared._lists[same.Key] = all
                .OrderBy(l => l.FoundedBy is { } f && declared.Resolve(l.Id, f) is { } act ? act.InForce.Value : CalendarDay.Forever.Value)
                .ThenBy(l => l.FoundedBy?.ToString() ?? "", StringComparer.Ordinal)
                .ThenBy(l => l.Title.Value, StringComparer.Ordinal).First();
        }

        // "stup" and "Stup" read as one list to an editor, and the generated classes would be named
        // after whichever other lists exist.
        foreach (var lookAlikes in declared._lists.Values.GroupBy(l => TextFolding.Fold(l.Id), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var all = lookAlikes.OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
            foreach (var list in all)
                diagnostics.Add(BindingDiagnostics.LookAlikeList(list.Span, list.Id,
                    all.Where(l => !ReferenceEquals(l, list)).Select(l => l.Id), Others(all.Select(l => l.Span), list.Span)));
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
        foreach (var list in declared._lists.Values)
            if (list.ConsolidatedUpTo is { } consolidated && declared.Resolve(list.Id, consolidated) is null)
                facts.UnresolvedMarks.Add(new UnresolvedMark(consolidated.Span, consolidated.ToString(), list.Id, MarkCitation.Founder, list.Id));
        return declared;
    }

    private static ActModel Model(string key, ActSyntax act)
    {
        var (inForce, assumed) = EntryIntoForce.Of(act);
        return new ActModel(key, act.Id.ToString(), act.NumberingList, act.Kind, act.Title.Value, act.Signed.Value,
            act.Published is { IsKnown: true } published ? published.Value : CalendarDay.Unknown, inForce, assumed, ModelLocation.Of(act.Span))
        {
            // "contenu inconnu" without "pour": the list of the act's numbering, else every list.
            UnknownContentLists = act.UnknownContent is not { } unknown ? null
                : !unknown.Lists.IsEmpty ? unknown.Lists.Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToEquatableArray()
                : act.NumberingList is { } list ? new[] { list }.ToEquatableArray()
                : EquatableArray<string>.Empty,
        };
    }

    /// <summary>The spans of the other declarations, in path and position order.</summary>
    internal static IEnumerable<SourceSpan> Others(IEnumerable<SourceSpan> all, SourceSpan self) =>
        all.Where(s => !ReferenceEquals(s, self)).OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Offset);

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

    public ActModel? Resolve(string list, int mark)
    {
        // Every entry resolves its marks two or three times, and a set has far fewer marks than entries:
        // each list's mark is looked up (its key string made) once. Called once the acts are all declared.
        if (!_byMark.TryGetValue(list, out var marks))
            _byMark[list] = marks = new Dictionary<int, ActModel?>();
        if (!marks.TryGetValue(mark, out var act))
            marks[mark] = act = Resolve(list, new ActRef(mark, null, null!));
        return act;
    }

    /// <summary>The last act whose content the source's consolidated list includes (<c>consolidée jusqu'à</c>), if the listing says and it is declared.</summary>
    public ActModel? ConsolidatedUpTo(string list) =>
        _lists.TryGetValue(list, out var syntax) && syntax.ConsolidatedUpTo is { } act ? Resolve(list, act) : null;

    /// <summary>The act that founded a list (<c>fixée par</c>): it inscribed every entry without a mark.</summary>
    public ActModel? Founder(string list) =>
        _lists.TryGetValue(list, out var syntax) && syntax.FoundedBy is { } founder ? Resolve(list, founder) : null;
}
