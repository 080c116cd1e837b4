using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using Listings.Grammar.Text;

namespace Listings.Tests.Support;

/// <summary>
/// Writes a syntax tree as indented text: every value, and every span as <c>line:column</c>. Offsets
/// and lengths are left out on purpose: they count the characters of the file, so a CRLF file and its
/// LF twin hold the same tree at different offsets, and a user sees only lines and columns.
/// </summary>
public static class SyntaxTreeText
{
    public static string Of(object? tree)
    {
        var builder = new StringBuilder();
        Write(builder, tree, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                builder.Append('"').Append(s).Append('"');
                return;
            case SourceSpan span:
                builder.Append(span.Line.ToString(CultureInfo.InvariantCulture)).Append(':')
                    .Append(span.Column.ToString(CultureInfo.InvariantCulture));
                return;
            case bool or int or decimal or Enum:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case IEnumerable items:
                builder.Append('[');
                foreach (var item in items)
                {
                    NewLine(builder, depth + 1);
                    Write(builder, item, depth + 1);
                }
                NewLine(builder, depth);
                builder.Append(']');
                return;
        }

        var type = value.GetType();
        builder.Append(type.Name).Append(" {");
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal);
        foreach (var property in properties)
        {
            NewLine(builder, depth + 1);
            builder.Append(property.Name).Append(" = ");
            Write(builder, property.GetValue(value), depth + 1);
        }
        NewLine(builder, depth);
        builder.Append('}');
    }

    private static void NewLine(StringBuilder builder, int depth) => builder.Append('\n').Append(' ', depth * 2);
}
