using System.Globalization;
using System.Text;

namespace Listings.Compiler.Emit;

/// <summary>
/// Writes values from listings as C# literals that cannot break out of their string.
/// </summary>
/// <remarks>
/// Hand-written rather than Roslyn's <c>SymbolDisplay.FormatLiteral</c>: that one keeps bidirectional
/// controls and other invisible characters as they are, which compiles, but makes the committed
/// generated code read differently from what it does ("Trojan Source"). Here every character that is
/// not plainly visible becomes a <c>\uXXXX</c> escape; French letters stay readable for reviewers.
/// </remarks>
public static class CSharpLiteral
{
    public static string String(string value) => AppendString(new StringBuilder(value.Length + 2), value).ToString();

    /// <summary>Appends <see cref="String(string)"/>'s literal to <paramref name="builder"/>, with no string of its own.</summary>
    public static StringBuilder AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        // Runs of characters written as they are go in with one append each (millions of characters
        // at 100,000 entries); only the others are looked at one by one.
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c != '"' && c != '\\' && IsPlainlyVisible(c))
                continue;
            builder.Append(value, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        builder.Append(value, run, value.Length - run);
        builder.Append('"');
        return builder;
    }

    private static bool IsPlainlyVisible(char c)
    {
        if (c >= 0x20 && c < 0x7F)
            return true;
        if (c < 0xA0 || char.IsSurrogate(c))
            return false;
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => false,
            _ => true,
        };
    }

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Appends <see cref="Int(int)"/>'s digits to <paramref name="builder"/>, with no string of its own.</summary>
    public static StringBuilder AppendInt(StringBuilder builder, int value)
    {
        // Invariant digits by hand: netstandard2.0's StringBuilder.Append(int) formats in the current culture.
        if (value == int.MinValue)
            return builder.Append(Int(value));
        if (value < 0)
        {
            builder.Append('-');
            value = -value;
        }
        if (value < 10)
            return builder.Append((char)('0' + value));
        // Written from the last digit into a buffer of the thread's, then appended at once.
        var digits = t_digits ??= new char[10];
        var start = digits.Length;
        do
        {
            digits[--start] = (char)('0' + value % 10);
            value /= 10;
        }
        while (value > 0);
        return builder.Append(digits, start, digits.Length - start);
    }

    [System.ThreadStatic]
    private static char[]? t_digits;

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>C#'s reserved words: a namespace part that is one is written verbatim (<c>@class</c>).</summary>
    private static readonly System.Collections.Generic.HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    public static string NamespacePart(string part) => Keywords.Contains(part) ? "@" + part : part;

    /// <summary>A C# identifier from a listing id ("stupefiants" → "Stupefiants"); only letters, digits and '_' survive.</summary>
    public static string Identifier(string id)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in id)
        {
            if (c < 0x80 && char.IsLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }
        if (builder.Length == 0 || char.IsDigit(builder[0]))
            builder.Insert(0, "List");
        return builder.ToString();
    }
}
