using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Model;
using Listings.Grammar.Text;
using Listings.Runtime;

namespace Listings.Compiler.Analysis;

/// <summary>One name as the listing writes it, with the entry it names (its own name, an alias, or a name it cites).</summary>
public sealed record NameOccurrence(string Key, EntryModel Entry, EntryNameModel Name)
{
    public SourceSpan Span => Name.Span!;

    /// <summary>The entry's position in the model (and the row of the classifier tables built from it).</summary>
    public int Row { get; init; }

    /// <summary>The entry's own heading, not an alias or a substance listed with it.</summary>
    public bool IsTitle => Name.Role == NameRole.Name && Name.Text == Entry.Title;
}

/// <summary>
/// Every written name of every substance entry — names, aliases and the names an entry cites — keyed
/// as the classifiers key it (<see cref="MatchKey"/>: any spelling, either number), so two names that
/// the classifiers would take for one are one group here and are reported. Checks look names up here
/// instead of comparing entries pairwise, so 100,000 entries cost 100,000 lookups, not 10^10.
/// </summary>
public sealed class NameIndex
{
    private readonly Dictionary<string, List<NameOccurrence>> _byKey = new(StringComparer.Ordinal);

    public NameIndex(ListingModel model)
    {
        for (var row = 0; row < model.Entries.Count; row++)
        {
            var entry = model.Entries[row];
            if (entry.IsPreparation)
                continue;
            foreach (var name in entry.Names)
            {
                if (name.Span is null || !IsFindable(name.Role))
                    continue;
                var key = MatchKey.Of(name.Text);
                if (key.Length == 0)
                    continue;
                if (!_byKey.TryGetValue(key, out var list))
                    _byKey[key] = list = new List<NameOccurrence>();
                list.Add(new NameOccurrence(key, entry, name) { Row = row });
            }
        }
        // The entry inscribed first is the original; a later one is the duplicate. Ties: file order.
        foreach (var list in _byKey.Values)
            list.Sort((a, b) => a.Entry.From != b.Entry.From ? a.Entry.From.CompareTo(b.Entry.From) : Compare(a.Span, b.Span));
    }

    public IEnumerable<IReadOnlyList<NameOccurrence>> Groups => _byKey.Values;

    public IEnumerable<NameOccurrence> All => _byKey.Values.SelectMany(v => v);

    /// <summary>The occurrences of a name, in any of its spellings.</summary>
    public IReadOnlyList<NameOccurrence> Find(string name) =>
        _byKey.TryGetValue(MatchKey.Of(name), out var list) ? list : (IReadOnlyList<NameOccurrence>)Array.Empty<NameOccurrence>();

    /// <summary>The roles of names a query finds on their own (not an excepted isomer, not a phrase's part).</summary>
    public static bool IsFindable(NameRole role) =>
        role is NameRole.Name or NameRole.Alias or NameRole.Derivative or NameRole.Plant or NameRole.Genus or NameRole.Intermediate;

    public static int Compare(SourceSpan a, SourceSpan b)
    {
        var byPath = string.CompareOrdinal(a.Path, b.Path);
        return byPath != 0 ? byPath : a.Offset.CompareTo(b.Offset);
    }

    /// <summary>Whether two entry versions are in force on a common day.</summary>
    public static bool Overlap(EntryModel a, EntryModel b) => a.From < b.To && b.From < a.To;
}
