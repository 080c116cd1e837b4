using System;

namespace Listings.Runtime;

/// <summary>
/// The key a name is found by, for listed names and queries alike: its words key
/// (<see cref="TextFolding.NameKey(string)"/>: no case, no accents, one apostrophe, one space), with
/// the head noun in the singular (<see cref="Number"/>) and without the characters that never change a
/// name (<see cref="Spelling"/>). Two names with the same key are the same name; nothing else is
/// (no fuzzy or prefix matching). The analyzers key names the same way, so folding that would merge
/// two different listed names is reported (LST2001, LST2002) instead of happening silently.
/// </summary>
internal static class MatchKey
{
    /// <summary>The key of a name as written (folded here first).</summary>
    public static string Of(string name)
    {
        if (name is null)
            throw new ArgumentNullException(nameof(name));
        var words = new char[name.Length * 2 + 1];
        var length = TextFolding.NameKey(name, words);
        var key = new char[length];
        return new string(key, 0, Write(words, 0, length, key, 0));
    }

    /// <summary>
    /// The key of a listed name whose words a query may run together ("Banisteriopsiscaapi" for
    /// "Banisteriopsis caapi"): every word keeps its "s". Null when it is the same as <see cref="Of"/>.
    /// </summary>
    internal static string? PlainOf(string name)
    {
        var words = new char[name.Length * 2 + 1];
        var length = TextFolding.NameKey(name, words);
        if (!HasPlainKey(words, 0, length))
            return null;
        var key = new char[length];
        return new string(key, 0, Write(words, 0, length, key, 0, number: false));
    }

    /// <summary>
    /// The key of the words key <paramref name="words"/>[start, start+length), written at
    /// <paramref name="at"/> in <paramref name="into"/> (at least <paramref name="length"/> long from
    /// there); returns its length. Allocates nothing. Words are what spaces, hyphens, apostrophes and
    /// full stops separate; without <paramref name="number"/>, no head word loses its "s" (the plain
    /// key, for names whose words are run together: "Banisteriopsiscaapi").
    /// </summary>
    internal static int Write(char[] words, int start, int length, char[] into, int at, bool number = true)
    {
        // One pass: characters are copied as they come; when a word ends, a head word that ends in "s"
        // gives its "s" back, and a preposition ends the head.
        var end = start + length;
        var written = 0;
        var head = number;
        var word = -1;
        for (var i = start; i < end; i++)
        {
            var c = words[i];
            if (!Spelling.Ignored(c))
            {
                if (word < 0)
                    word = i;
                into[at + written++] = c;
                continue;
            }
            if (word >= 0 && head)
                head = EndWord(words, word, i, c, ref written);
            word = -1;
        }
        if (word >= 0 && head)
            EndWord(words, word, end, '\0', ref written);
        return written;
    }

    /// <summary>A head word [start, end) ended: drop its "s" if it is plural; false when it is the preposition that ends the head.</summary>
    private static bool EndWord(char[] words, int start, int end, char next, ref int written)
    {
        if (Number.EndsHead(words, start, end, next))
            return false;
        if (Number.DropsFinalS(words, start, end))
            written--;
        return true;
    }

    /// <summary>Whether the plain key of [start, start+length) differs from its key: a head word ends in "s".</summary>
    internal static bool HasPlainKey(char[] words, int start, int length)
    {
        var end = start + length;
        var i = start;
        while (i < end)
        {
            if (Spelling.Ignored(words[i]))
            {
                i++;
                continue;
            }
            var wordEnd = i;
            while (wordEnd < end && !Spelling.Ignored(words[wordEnd]))
                wordEnd++;
            if (Number.EndsHead(words, i, wordEnd, wordEnd < end ? words[wordEnd] : '\0'))
                return false;
            if (Number.DropsFinalS(words, i, wordEnd))
                return true;
            i = wordEnd;
        }
        return false;
    }
}
