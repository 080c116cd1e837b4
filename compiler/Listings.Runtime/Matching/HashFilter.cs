namespace Listings.Runtime;

/// <summary>
/// A set of 32-bit hashes that answers "certainly absent" or "maybe present" from a few bits (a blocked
/// Bloom filter: each hash sets three bits of one 64-bit word), small enough to stay in the processor's
/// caches where the table it stands in front of does not. Never "absent" for a hash that was added.
/// </summary>
/// <remarks>
/// On 100,000 entries the name index's slots and the headings' dictionary no longer fit in the caches:
/// a lookup that finds nothing (the name as written when it is a salt's; a name typed otherwise than
/// its heading is printed, looked up among the headings) cost a miss in memory all the same. The
/// filter's word, in cache, answers most of them. About one byte a key: three bits of a word holding
/// about eight keys' bits, a few percent of false "maybe". A name that is there pays one more read.
/// </remarks>
internal sealed class HashFilter
{
    /// <summary>Tables with fewer keys than this fit in the caches: no filter in front of them.</summary>
    internal const int From = 16_384;

    private const int BitsPerKey = 8;
    private readonly ulong[] _words;

    public HashFilter(int keys) => _words = new ulong[System.Math.Max(1, (int)(((long)keys * BitsPerKey + 63) / 64))];

    public void Add(uint hash) => _words[Word(hash)] |= Bits(hash);

    /// <summary>False when <paramref name="hash"/> was certainly not added.</summary>
    public bool MayContain(uint hash)
    {
        var bits = Bits(hash);
        return (_words[Word(hash)] & bits) == bits;
    }

    // The word from the hash times the golden ratio (every bit of the hash moves its top bits), scaled
    // to the number of words by a multiplication; the three bits from the hash's upper bits, which
    // FNV-1a mixes best.
    private int Word(uint hash) => (int)((ulong)(hash * 0x9E3779B1u) * (ulong)_words.Length >> 32);

    private static ulong Bits(uint hash) =>
        (1UL << (int)((hash >> 14) & 63)) | (1UL << (int)((hash >> 20) & 63)) | (1UL << (int)((hash >> 26) & 63));

    /// <summary>
    /// A hash of a name as typed that costs a few instructions whatever its length: its length and eight
    /// of its characters (the first two, the last two, four between), in two independent products.
    /// Names it cannot tell apart only cost the lookup the filter stands in front of.
    /// </summary>
    internal static uint Sample(string text)
    {
        var n = text.Length;
        if (n == 0)
            return 0;
        var last = n - 1;
        var a = text[0] | (ulong)text[last > 0 ? 1 : 0] << 16 | (ulong)text[last / 4] << 32 | (ulong)text[last / 3] << 48;
        var b = text[last / 2] | (ulong)text[2 * last / 3] << 16 | (ulong)text[last > 0 ? last - 1 : 0] << 32 | (ulong)text[last] << 48;
        var h = (a * 0x9E3779B97F4A7C15UL) ^ (b * 0xC2B2AE3D27D4EB4FUL) ^ (uint)n;
        return (uint)(h >> 32) ^ (uint)h;
    }

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="text"/>: the hash of the name index's keys.</summary>
    internal static uint Hash(string text)
    {
        var hash = 2166136261u;
        for (var i = 0; i < text.Length; i++)
            hash = (hash ^ text[i]) * 16777619u;
        return hash;
    }
}
