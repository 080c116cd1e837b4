namespace Listings.Runtime;

/// <summary>
/// The name keys (sorted, as the tables hold them) in an open-addressing hash table that is probed
/// with folded characters straight from a buffer: looking a query up allocates nothing, not even
/// the string of its key.
/// </summary>
/// <remarks>
/// Hand-written rather than a Dictionary: netstandard2.0 has no span-keyed (alternate) lookup, and a
/// string key per query would allocate on the hot path the classifiers promise allocation-free.
/// </remarks>
internal sealed class NameIndex
{
    /// <summary>How many distinct keys (groups of name rows) the index holds.</summary>
    public int Groups => _keys.Length;
    private readonly string[] _keys;
    private readonly int[] _starts;
    private readonly int[] _counts;
    private readonly int[] _slots;
    private readonly int _mask;

    public NameIndex(string[] sortedKeys)
    {
        var groups = 0;
        for (var i = 0; i < sortedKeys.Length; i++)
            if (i == 0 || !string.Equals(sortedKeys[i], sortedKeys[i - 1], System.StringComparison.Ordinal))
                groups++;
        _keys = new string[groups];
        _starts = new int[groups];
        _counts = new int[groups];
        var g = -1;
        for (var i = 0; i < sortedKeys.Length; i++)
        {
            if (g < 0 || !string.Equals(sortedKeys[i], _keys[g], System.StringComparison.Ordinal))
            {
                g++;
                _keys[g] = sortedKeys[i];
                _starts[g] = i;
            }
            _counts[g]++;
        }
        var capacity = 16;
        while (capacity < groups * 2)
            capacity <<= 1;
        _mask = capacity - 1;
        _slots = new int[capacity];
        for (var i = 0; i < capacity; i++)
            _slots[i] = -1;
        for (var i = 0; i < groups; i++)
        {
            var key = _keys[i];
            var slot = (int)(Hash(key, 0, key.Length) & (uint)_mask);
            while (_slots[slot] >= 0)
                slot = (slot + 1) & _mask;
            _slots[slot] = i;
        }
    }

    /// <summary>The range of name rows whose key is <paramref name="buffer"/>[start, start+length), or false.</summary>
    public bool TryFind(char[] buffer, int start, int length, out int first, out int count)
    {
        var slot = (int)(Hash(buffer, start, length) & (uint)_mask);
        while (true)
        {
            var group = _slots[slot];
            if (group < 0)
                break;
            if (Equals(_keys[group], buffer, start, length))
            {
                first = _starts[group];
                count = _counts[group];
                return true;
            }
            slot = (slot + 1) & _mask;
        }
        first = 0;
        count = 0;
        return false;
    }

    private static bool Equals(string key, char[] buffer, int start, int length)
    {
        if (key.Length != length)
            return false;
        for (var i = 0; i < length; i++)
            if (key[i] != buffer[start + i])
                return false;
        return true;
    }

    // FNV-1a over UTF-16 code units: cheap, and the same for a key and for its folded query.
    private static uint Hash(string text, int start, int length)
    {
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
            hash = (hash ^ text[i]) * 16777619u;
        return hash;
    }

    private static uint Hash(char[] text, int start, int length)
    {
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
            hash = (hash ^ text[i]) * 16777619u;
        return hash;
    }
}
