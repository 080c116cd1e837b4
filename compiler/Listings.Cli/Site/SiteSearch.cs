using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Listings.Compiler.Model;
using Listings.Runtime;

namespace Listings.Cli.Site;

/// <summary>
/// The search box's data (<c>assets/search-data.js</c>): every name the classifiers find an entry by,
/// keyed here by <see cref="MatchKey.Of"/> (the one C# implementation), and the tables the page needs
/// to key a query the same way — each read off the runtime, never written again by hand: the folded
/// form of every UTF-16 code unit (<see cref="TextFolding.FoldChar"/>), the white space the words key
/// collapses, the characters spelling ignores, the salt words with their multipliers, the prepositions.
/// The page's script keeps only the order of the steps (and the head noun's number rule, a few lines
/// the browser test checks against the C# keys of every listed name).
/// </summary>
internal static class SiteSearch
{
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    public static string Script(SiteData data, CalendarDay? latest)
    {
        var model = data.Set.Model;
        var entries = new List<object[]>();
        var names = new List<object[]>();
        var index = 0;
        foreach (var id in data.EntryIds)
        {
            var versions = data.EntryVersions[id];
            var last = versions[^1];
            var current = latest is { } day && last.From <= day && day < last.To;
            entries.Add(new object[]
            {
                data.EntryPage[id],
                last.Title,
                Place(data, last),
                current ? 1 : 0,
                // An entry of preparations is reached only through a hand-off: no salt of its heading is a salt of it.
                (last.Forms & FormFlags.Salts) != 0 && !last.IsPreparation ? 1 : 0,
                last.IsPreparation ? 1 : 0,
            });
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var version in versions)
            {
                if (seen.Add(version.Title))
                    names.Add(new object[] { MatchKey.Of(version.Title), version.Title, index, "nom" });
                foreach (var name in version.Names.Where(n => n.Span is not null && Compiler.Analysis.NameIndex.IsFindable(n.Role)))
                    if (seen.Add(name.Text))
                        names.Add(new object[] { MatchKey.Of(name.Text), name.Text, index, Role(name) });
            }
            index++;
        }
        names.Sort((a, b) =>
        {
            var c = string.CompareOrdinal((string)a[0], (string)b[0]);
            if (c == 0)
                c = string.CompareOrdinal((string)a[1], (string)b[1]);
            return c != 0 ? c : ((int)a[2]).CompareTo((int)b[2]);
        });

        var salts = new List<object[]>();
        var word = 0;
        foreach (var salt in SaltWords.Table)
        {
            foreach (var spelling in salt.Spellings)
            {
                var key = TextFolding.NameKey(spelling);
                salts.Add(new object[] { key, word, salt.Kind.ToString(), SaltWords.PrecedingWithoutPreposition.Any(p => TextFolding.NameKey(p) == key) ? 1 : 0 });
            }
            word++;
        }
        foreach (var extra in model.CounterIons.OrderBy(c => c, StringComparer.Ordinal))
        {
            var key = TextFolding.NameKey(extra);
            if (key.Length > 0 && !salts.Any(s => (string)s[0] == key))
                salts.Add(new object[] { key, word++, SaltWordKind.Anion.ToString(), 0 });
        }

        var payload = new Dictionary<string, object>
        {
            ["on"] = latest?.Iso ?? "",
            ["fold"] = FoldTable(),
            ["spaces"] = Chars(c => TextFolding.NameKey("a" + c + "b") == "a b"),
            ["ignored"] = Chars(Ignored()),
            ["salts"] = salts,
            ["multipliers"] = SaltWords.Multipliers.Select(TextFolding.NameKey).ToList(),
            ["prepositions"] = Prepositions(),
            ["entries"] = entries,
            ["names"] = names,
        };
        return "window.LISTINGS_SEARCH = " + ToJson(payload) + ";\n";
    }

    /// <summary>
    /// The payload as JSON, written value by value (strings, integers, string maps, lists of these): no
    /// reflection-based serializer, so the native (AOT) 'listings' writes the same bytes as the JIT one.
    /// </summary>
    private static string ToJson(object payload)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Json))
            Write(writer, payload);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case IEnumerable<KeyValuePair<string, string>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                    writer.WriteString(key, item);
                writer.WriteEndObject();
                break;
            case IEnumerable<KeyValuePair<string, object>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                    Write(writer, item!);
                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"the site's search data has a value of type {value.GetType().Name}, which it cannot write");
        }
    }

    private static string Role(EntryNameModel name) =>
        name.ChemicalDesignation ? "désignation chimique"
        : name.Role switch
        {
            NameRole.Name => "nom",
            NameRole.Alias => "alias",
            NameRole.Derivative => "dérivé cité",
            NameRole.Plant => "plante",
            NameRole.Genus => "genre",
            NameRole.Intermediate => "intermédiaire",
            _ => "nom cité",
        };

    public static string Place(SiteData data, EntryModel entry)
    {
        var annex = data.Set.Model.Annexes.FirstOrDefault(a => a.ListId == entry.ListId && a.AnnexId == entry.AnnexId);
        return entry.ListId + " " + (annex?.Label ?? entry.AnnexId);
    }

    /// <summary>Every UTF-16 code unit that <see cref="TextFolding.FoldChar"/> does not leave as it is, with what it becomes.</summary>
    private static SortedDictionary<string, string> FoldTable()
    {
        var table = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i <= 0xFFFF; i++)
        {
            var c = (char)i;
            var count = TextFolding.FoldChar(c, out var first, out var second);
            var folded = count == 0 ? "" : count == 1 ? first.ToString() : new string(new[] { first, second });
            if (folded != c.ToString())
                table[c.ToString()] = folded;
        }
        return table;
    }

    private static string Chars(Func<char, bool> test)
    {
        var builder = new StringBuilder();
        for (var i = 0; i <= 0xFFFF; i++)
            if (!char.IsSurrogate((char)i) && test((char)i))
                builder.Append((char)i);
        return builder.ToString();
    }

    /// <summary>The runtime's own rule for the characters a name's key leaves out (internal to it: called, not copied).</summary>
    private static Func<char, bool> Ignored() => Spelling.Ignored;

    /// <summary>The prepositions that join a salt word to its name, as the runtime lists them (longest first).</summary>
    private static IReadOnlyList<string> Prepositions() => Listings.Runtime.Prepositions.Forms;
}
