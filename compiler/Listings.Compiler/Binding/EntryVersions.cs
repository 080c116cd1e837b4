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
    // Keyed by (list, annex, name key), compared ordinally: no key string made per name. The versions
    // of a name, in the order they were indexed: most names have one, kept without a list.
    private readonly Dictionary<(string List, string Annex, string Key), Indices> _byName = new();

    private readonly struct Indices
    {
        private readonly int _single;
        private readonly List<int>? _many;

        public Indices(int single)
        {
            _single = single;
            _many = null;
        }

        public Indices(List<int> many)
        {
            _single = -1;
            _many = many;
        }

        public int Count => _many?.Count ?? 1;

        public int this[int i] => _many is null ? _single : _many[i];

        public int Last => _many is null ? _single : _many[_many.Count - 1];

        /// <summary>These indices and <paramref name="index"/> after them.</summary>
        public Indices With(int index)
        {
            if (_many is not null)
            {
                _many.Add(index);
                return this;
            }
            return new Indices(new List<int> { _single, index });
        }
    }

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
        var names = entry.Names;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Role is not (NameRole.Name or NameRole.Alias))
                continue;
            var slot = Slot(entry.ListId, entry.AnnexId, name.Key);
            if (!_byName.TryGetValue(slot, out var indices))
                _byName[slot] = new Indices(index);
            else if (indices.Last != index)
                _byName[slot] = indices.With(index);
        }
    }

    /// <summary>The version of the named entry in force on <paramref name="date"/>, or -1.</summary>
    public int InForce(AnnexModel annex, string name, CalendarDay date)
    {
        if (!_byName.TryGetValue(Slot(annex.ListId, annex.AnnexId, TextFolding.NameKey(name)), out var indices))
            return -1;
        for (var k = 0; k < indices.Count; k++)
        {
            var entry = _versions[indices[k]];
            if (entry.From <= date && date < entry.To)
                return indices[k];
        }
        return -1;
    }

    /// <summary>The latest version of the named entry, in force or not, or -1.</summary>
    public int Latest(AnnexModel annex, string name) =>
        _byName.TryGetValue(Slot(annex.ListId, annex.AnnexId, TextFolding.NameKey(name)), out var indices)
            ? indices.Last
            : -1;

    /// <summary>Ends a version on <paramref name="date"/>, by <paramref name="act"/>; returns the version as it was.</summary>
    public EntryModel Close(int index, CalendarDay date, string act)
    {
        var entry = _versions[index];
        _versions[index] = entry with { To = date, ClosedBy = act };
        return entry;
    }
}
