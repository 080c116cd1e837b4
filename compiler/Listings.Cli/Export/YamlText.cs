using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Listings.Cli.Export;

/// <summary>
/// Writes YAML that YAML 1.1 readers (PyYAML, the most common) and YAML 1.2 readers (YamlDotNet) read
/// back to the same strings. Written by hand, not by YamlDotNet's serializer, for three reasons: the
/// serializer quotes by YAML 1.2's rules and left the key <c>on</c> plain, which a YAML 1.1 reader takes
/// for the boolean true (and <c>2024-01-01</c> for a date); it wrote control characters raw, which
/// PyYAML rejects; and it reflects over the model, which native AOT (issue 16) does not allow. The
/// rule here fits in one place (<see cref="Scalar"/>): a string is written plain only when no reader of
/// either version can take it for anything but that string; every other string is double-quoted, with
/// every character a reader could drop, fold or refuse written as an escape.
/// </summary>
public static class YamlText
{
    /// <summary>Words YAML 1.1 reads as booleans or null, in any case (<c>on</c>, <c>Yes</c>, <c>N</c>, <c>NULL</c>…).</summary>
    private static readonly HashSet<string> Reserved = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "on", "off", "true", "false", "null",
    };

    /// <summary>A string as one YAML scalar: plain when that is unambiguous in YAML 1.1 and 1.2, else double-quoted.</summary>
    public static string Scalar(string text) => IsPlain(text) ? text : Quoted(text);

    /// <summary>
    /// Plain only for text that starts with a letter, holds only letters, digits, spaces and
    /// <c>' ’ - . , ( ) /</c>, does not end with a space, and is not a YAML 1.1 boolean or null word.
    /// A leading letter rules out numbers, dates, <c>~</c>, indicators and comments; the characters
    /// allowed after it cannot start a comment (<c> #</c>), a mapping (<c>: </c>) or a flow collection.
    /// </summary>
    public static bool IsPlain(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]) || text[text.Length - 1] == ' ' || Reserved.Contains(text))
            return false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c is ' ' or '\'' or '’' or '-' or '.' or ',' or '(' or ')' or '/')
                continue;
            return false;
        }
        return true;
    }

    /// <summary>
    /// A double-quoted scalar. Escaped: <c>"</c> and <c>\</c>; C0 and C1 control characters and DEL
    /// (PyYAML refuses them raw; NEL U+0085 would be read as a line break); invisible format characters
    /// (bidi controls, zero-width characters, the byte-order mark) so that a reader of the YAML sees
    /// them; the line and paragraph separators (YAML 1.1 line breaks); noncharacters U+FFFE and U+FFFF.
    /// Escapes are those of YAML 1.1 and 1.2 alike. A lone surrogate is no character: no YAML can hold
    /// it, and it is written as U+FFFD (a listing cannot hold one: listings are read as strict UTF-8).
    /// </summary>
    public static string Quoted(string text)
    {
        var b = new StringBuilder(text.Length + 2);
        b.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': b.Append("\\\""); continue;
                case '\\': b.Append("\\\\"); continue;
                case '\0': b.Append("\\0"); continue;
                case '\t': b.Append("\\t"); continue;
                case '\n': b.Append("\\n"); continue;
                case '\r': b.Append("\\r"); continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                b.Append(c).Append(text[++i]);
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                b.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else if (char.IsSurrogate(c))
                b.Append("\\uFFFD");
            else if (c is '\uFFFE' or '\uFFFF'
                || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else
                b.Append(c);
        }
        return b.Append('"').ToString();
    }

    /// <summary>One node of a document: a string, a bool, a list of nodes, or a mapping with its keys in order.</summary>
    public abstract record Node;

    public sealed record Text(string Value) : Node;

    public sealed record Flag(bool Value) : Node;

    public sealed record Sequence(IReadOnlyList<Node> Items) : Node;

    public sealed record Mapping(IReadOnlyList<KeyValuePair<string, Node>> Members) : Node;

    /// <summary>Writes one document, <c>---</c> first; a mapping's sequences at the mapping's own indentation.</summary>
    public static void WriteDocument(TextWriter w, Mapping root)
    {
        w.Write("---\n");
        WriteMapping(w, root, 0, inline: false);
    }

    private static void WriteMapping(TextWriter w, Mapping map, int indent, bool inline)
    {
        if (map.Members.Count == 0)
        {
            w.Write(inline ? "{}\n" : new string(' ', indent) + "{}\n");
            return;
        }
        for (var i = 0; i < map.Members.Count; i++)
        {
            if (!(inline && i == 0))
                w.Write(new string(' ', indent));
            w.Write(Scalar(map.Members[i].Key));
            w.Write(':');
            WriteValue(w, map.Members[i].Value, indent);
        }
    }

    /// <summary>Writes what follows <c>key:</c>.</summary>
    private static void WriteValue(TextWriter w, Node value, int indent)
    {
        switch (value)
        {
            case Sequence { Items.Count: 0 }:
                w.Write(" []\n");
                break;
            case Sequence sequence:
                w.Write('\n');
                WriteItems(w, sequence, indent);
                break;
            case Mapping { Members.Count: 0 }:
                w.Write(" {}\n");
                break;
            case Mapping mapping:
                w.Write('\n');
                WriteMapping(w, mapping, indent + 2, inline: false);
                break;
            default:
                w.Write(' ');
                w.Write(ScalarOf(value));
                w.Write('\n');
                break;
        }
    }

    private static void WriteItems(TextWriter w, Sequence sequence, int indent)
    {
        foreach (var item in sequence.Items)
        {
            w.Write(new string(' ', indent));
            w.Write("- ");
            switch (item)
            {
                case Mapping mapping:
                    WriteMapping(w, mapping, indent + 2, inline: true);
                    break;
                case Sequence { Items.Count: 0 }:
                    w.Write("[]\n");
                    break;
                case Sequence nested:
                    w.Write('\n');
                    WriteItems(w, nested, indent + 2);
                    break;
                default:
                    w.Write(ScalarOf(item));
                    w.Write('\n');
                    break;
            }
        }
    }

    private static string ScalarOf(Node node) => node switch
    {
        Text text => Scalar(text.Value),
        Flag flag => flag.Value ? "true" : "false",
        _ => throw new System.ArgumentException("not a scalar", nameof(node)),
    };
}
