using System;
using System.Collections.Generic;
using Listings.Compiler.Model;
using Listings.Runtime;

namespace Listings.Compiler.Binding;

/// <summary>
/// Every version of every entry, found by list, annex and the key of any of its names or aliases:
/// the timeline and the derogations find their entry in one lookup, not by scanning every entry
/// (quadratic on large listings).
/// </summary>
public sealed class EntryVersions
{
    private readonly List<EntryModel> _versions = new();
    // Keyed by (list, annex, name key), compared ordinally: no key string made per name.
    private readonly Dictionary<(string List, string Annex, string Key), List<int>> _byName = new();

    public IReadOnlyList<EntryModel> All => _versions;

    public EntryModel this[int index] => _versions[index];

    private static (string, string, string) Slot(string list, string annex, string key) => (list, annex, key);

    /// <summary>Adds a version; returns its index.</summary>
    public int Add(EntryModel entry)
    {
        var index = _versions.Count;
        _versions.Add(entry);
        Index(entry, index);
        return index;
    }

    /// <summary>Replaces a version (its names may have grown: a derogation's subjects).</summary>
    public void Replace(int index, EntryModel entry)
    {
        _versions[index] = entry;
        Index(entry, index);
    }

    private void Index(EntryModel entry, int index)
    {
        foreach (var name in entry.Names)
        {
            if (name.Role is not (NameRole.Name or NameRole.Alias))
                continue;
            var slot = Slot(entry.ListId, entry.AnnexId, TextFolding.NameKey(name.Text));
            if (!_byName.TryGetValue(slot, out var indices))
                _byName[slot] = indices = new List<int>();
            if (indices.Count == 0 || indices[indices.Count - 1] != index)
                indices.Add(index);
        }
    }

    /// <summary>The version of the named entry in force on <paramref name="date"/>, or -1.</summary>
    public int InForce(AnnexModel annex, string name, CalendarDay date)
    {
        if (!_byName.TryGetValue(Slot(annex.ListId, annex.AnnexId, TextFolding.NameKey(name)), out var indices))
            return -1;
        foreach (var i in indices)
        {
            var entry = _versions[i];
            if (entry.From <= date && date < entry.To)
                return i;
        }
        return -1;
    }

    /// <summary>The latest version of the named entry, in force or not, or -1.</summary>
    public int Latest(AnnexModel annex, string name) =>
        _byName.TryGetValue(Slot(annex.ListId, annex.AnnexId, TextFolding.NameKey(name)), out var indices) && indices.Count > 0
            ? indices[indices.Count - 1]
            : -1;

    /// <summary>Ends a version on <paramref name="date"/>, by <paramref name="act"/>; returns the version as it was.</summary>
    public EntryModel Close(int index, CalendarDay date, string act)
    {
        var entry = _versions[index];
        _versions[index] = entry with { To = date, ClosedBy = act };
        return entry;
    }
}
