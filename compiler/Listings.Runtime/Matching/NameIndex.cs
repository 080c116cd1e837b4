namespace Listings.Runtime;

/// <summary>
/// The name keys (sorted, as the tables hold them) in an open-addressing hash table that is probed
/// with folded characters straight from a buffer: looking a query up allocates nothing, not even
/// the string of its key.
/// </summary>
/// <remarks>
/// Hand-written rather than a Dictionary: netstandard2.0 has no span-keyed (alternate) lookup, and a
/// string key per query would allocate on the hot path the classifiers promise allocation-free.
/// Each slot holds its key's full hash beside the place of its group's record: a probe that meets
/// another key is told apart by the hash, without reading that key. A group's record is one run of
/// characters: its key's length, first position and count (each int as two characters), the key's
/// characters, then each position's payload (the ints the owner gives per position, such as a name
/// row's role and entry): a hit reads the slot and one record, most often one cache line, where it
/// read a slot, a group, the key's characters and the positions' arrays. On 100,000 entries the
/// slots (4 MB) no longer fit in the processor's caches and a probe costs a miss in memory; a folded
/// query makes probes that find nothing (the name as written when it is a salt's, stems, cited
/// names), so from <see cref="HashFilter.From"/> keys a <see cref="HashFilter"/> of about a byte a
/// key answers most of those from the cache, and only a key that may be there reaches the slots.
/// </remarks>
internal sealed class NameIndex
{
    private const int Header = 6; // length, first, count: two characters each

    /// <summary>How many distinct keys (groups of name rows) the index holds.</summary>
    public int Groups { get; }
    private readonly char[] _records; // every group's record, group after group
    private readonly int[] _slots; // slot s: [2s] the key's hash, [2s + 1] its record's start or -1
    private readonly int _mask;
    private readonly int _stride; // payload ints a position
    private readonly HashFilter? _filter; // in front of the slots once they outgrow the caches

    /// <param name="sortedKeys">The keys, sorted ordinally (a key repeats once per row).</param>
    /// <param name="filterFrom">From how many distinct keys a <see cref="HashFilter"/> stands in front of the slots.</param>
    /// <param name="payload">Position i's ints at [stride * i, stride * (i + 1)), kept in its group's record (<see cref="Payload"/>).</param>
    /// <param name="stride">How many ints of <paramref name="payload"/> a position has.</param>
    public NameIndex(string[] sortedKeys, int filterFrom = HashFilter.From, int[]? payload = null, int stride = 0)
    {
        _stride = payload is null ? 0 : stride;
        var groups = 0;
        var size = 0;
        for (var i = 0; i < sortedKeys.Length; i++)
        {
            if (i == 0 || !string.Equals(sortedKeys[i], sortedKeys[i - 1], System.StringComparison.Ordinal))
            {
                groups++;
                size += Header + sortedKeys[i].Length;
            }
            size += 2 * _stride;
        }
        Groups = groups;
        _records = new char[size];
        var keys = new string[groups];
        var starts = new int[groups];
        var g = -1;
        var at = 0;
        var count = 0;
        for (var i = 0; i < sortedKeys.Length; i++)
        {
            if (g < 0 || !string.Equals(sortedKeys[i], keys[g], System.StringComparison.Ordinal))
            {
                if (g >= 0)
                    Write(starts[g] + 4, count);
                g++;
                count = 0;
                keys[g] = sortedKeys[i];
                starts[g] = at;
                Write(at, keys[g].Length);
                Write(at + 2, i);
                keys[g].CopyTo(0, _records, at + Header, keys[g].Length);
                at += Header + keys[g].Length;
            }
            count++;
            for (var k = 0; k < _stride; k++, at += 2)
                Write(at, payload![_stride * i + k]);
        }
        if (g >= 0)
            Write(starts[g] + 4, count);
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
            _slots[2 * slot + 1] = starts[i];
            _filter?.Add(hash);
        }
    }

    /// <summary>The range of name rows whose key is <paramref name="buffer"/>[start, start+length), or false.</summary>
    public bool TryFind(char[] buffer, int start, int length, out int first, out int count) =>
        TryFind(buffer, start, length, out first, out count, out _);

    /// <summary>
    /// The range of positions whose key is <paramref name="buffer"/>[start, start+length), or false; and
    /// where the first position's payload is: read it with <see cref="Payload"/>, the next position's
    /// <see cref="PayloadSize"/> further.
    /// </summary>
    public bool TryFind(char[] buffer, int start, int length, out int first, out int count, out int payloadAt)
    {
        var hash = Hash(buffer, start, length);
        first = 0;
        count = 0;
        payloadAt = 0;
        if (_filter is not null && !_filter.MayContain(hash))
            return false;
        var slot = (int)(hash & (uint)_mask);
        while (true)
        {
            var record = _slots[2 * slot + 1];
            if (record < 0)
                break;
            if (_slots[2 * slot] == (int)hash && KeyIs(record, buffer, start, length))
            {
                first = Read(record + 2);
                count = Read(record + 4);
                payloadAt = record + Header + length;
                return true;
            }
            slot = (slot + 1) & _mask;
        }
        return false;
    }

    /// <summary>How far apart two positions' payloads are in the records.</summary>
    public int PayloadSize => 2 * _stride;

    /// <summary>The payload int at <paramref name="at"/> (a position's k-th is at its payload's place + 2k).</summary>
    public int Payload(int at) => Read(at);

    private bool KeyIs(int record, char[] buffer, int start, int length)
    {
        if (Read(record) != length)
            return false;
        var at = record + Header;
        for (var i = 0; i < length; i++)
            if (_records[at + i] != buffer[start + i])
                return false;
        return true;
    }

    private int Read(int at) => _records[at] | _records[at + 1] << 16;

    private void Write(int at, int value)
    {
        _records[at] = (char)(value & 0xFFFF);
        _records[at + 1] = (char)((uint)value >> 16);
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
