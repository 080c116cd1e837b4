namespace Listings.Runtime;

/// <summary>
/// The name keys (sorted, as the tables hold them) in an open-addressing hash table that is probed
/// with folded characters straight from a buffer: looking a query up allocates nothing, not even
/// the string of its key.
/// </summary>
/// <remarks>
/// Hand-written rather than a Dictionary: netstandard2.0 has no span-keyed (alternate) lookup, and a
/// string key per query would allocate on the hot path the classifiers promise allocation-free.
/// Each slot holds its key's full hash beside the group, and each group the place of its key's
/// characters (one array for every key) beside its first row and count: a probe that meets another
/// key is told apart by the hash, without reading that key, and a hit reads the slot, the group and
/// the characters. On
/// 100,000 entries the slots (4 MB) no longer fit in the processor's caches and a probe costs a miss in
/// memory; a folded query makes probes that find nothing (the name as written when it is a salt's,
/// stems, cited names), so from <see cref="HashFilter.From"/> keys a <see cref="HashFilter"/> of about
/// a byte a key answers most of those from the cache, and only a key that may be there reaches the slots.
/// </remarks>
internal sealed class NameIndex
{
    /// <summary>How many distinct keys (groups of name rows) the index holds.</summary>
    public int Groups => _groups.Length / 4;
    private readonly char[] _chars; // every key's characters, group after group
    private readonly int[] _groups; // group g: [4g] its key's start in _chars, [4g + 1] its length, [4g + 2] first row, [4g + 3] count
    private readonly int[] _slots; // slot s: [2s] the key's hash, [2s + 1] its group or -1
    private readonly int _mask;
    private readonly HashFilter? _filter; // in front of the slots once they outgrow the caches

    /// <param name="sortedKeys">The keys, sorted ordinally (a key repeats once per row).</param>
    /// <param name="filterFrom">From how many distinct keys a <see cref="HashFilter"/> stands in front of the slots.</param>
    public NameIndex(string[] sortedKeys, int filterFrom = HashFilter.From)
    {
        var groups = 0;
        for (var i = 0; i < sortedKeys.Length; i++)
            if (i == 0 || !string.Equals(sortedKeys[i], sortedKeys[i - 1], System.StringComparison.Ordinal))
                groups++;
        var keys = new string[groups];
        _groups = new int[groups * 4];
        var g = -1;
        var chars = 0;
        for (var i = 0; i < sortedKeys.Length; i++)
        {
            if (g < 0 || !string.Equals(sortedKeys[i], keys[g], System.StringComparison.Ordinal))
            {
                g++;
                keys[g] = sortedKeys[i];
                _groups[4 * g] = chars;
                _groups[4 * g + 1] = keys[g].Length;
                _groups[4 * g + 2] = i;
                chars += keys[g].Length;
            }
            _groups[4 * g + 3]++;
        }
        _chars = new char[chars];
        for (var i = 0; i < groups; i++)
            keys[i].CopyTo(0, _chars, _groups[4 * i], keys[i].Length);
        var capacity = 16;
        while (capacity < groups * 2)
            capacity <<= 1;
        _mask = capacity - 1;
        _slots = new int[capacity * 2];
        if (groups >= filterFrom)
            _filter = new HashFilter(groups);
        for (var i = 0; i < capacity; i++)
            _slots[2 * i + 1] = -1;
        for (var i = 0; i < groups; i++)
        {
            var hash = HashFilter.Hash(keys[i]);
            var slot = (int)(hash & (uint)_mask);
            while (_slots[2 * slot + 1] >= 0)
                slot = (slot + 1) & _mask;
            _slots[2 * slot] = (int)hash;
            _slots[2 * slot + 1] = i;
            _filter?.Add(hash);
        }
    }

    /// <summary>The range of name rows whose key is <paramref name="buffer"/>[start, start+length), or false.</summary>
    public bool TryFind(char[] buffer, int start, int length, out int first, out int count)
    {
        var hash = Hash(buffer, start, length);
        first = 0;
        count = 0;
        if (_filter is not null && !_filter.MayContain(hash))
            return false;
        var slot = (int)(hash & (uint)_mask);
        while (true)
        {
            var group = _slots[2 * slot + 1];
            if (group < 0)
                break;
            if (_slots[2 * slot] == (int)hash && KeyIs(group, buffer, start, length))
            {
                first = _groups[4 * group + 2];
                count = _groups[4 * group + 3];
                return true;
            }
            slot = (slot + 1) & _mask;
        }
        return false;
    }

    private bool KeyIs(int group, char[] buffer, int start, int length)
    {
        if (_groups[4 * group + 1] != length)
            return false;
        var at = _groups[4 * group];
        for (var i = 0; i < length; i++)
            if (_chars[at + i] != buffer[start + i])
                return false;
        return true;
    }

    // FNV-1a over UTF-16 code units (as HashFilter.Hash): cheap, and the same for a key and for its folded query.
    private static uint Hash(char[] text, int start, int length)
    {
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
            hash = (hash ^ text[i]) * 16777619u;
        return hash;
    }
}
