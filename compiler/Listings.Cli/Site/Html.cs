using System.Collections.Generic;
using System.Text;

namespace Listings.Cli.Site;

/// <summary>
/// One HTML page being written. Every listing string goes through <see cref="E"/> (text and attribute
/// values alike); only the site's own markup is written raw. Lines end with "\n" on every machine.
/// </summary>
internal sealed class Html
{
    private readonly StringBuilder _text = new();

    /// <summary>"" for a page at the site's top, "../" for one in a folder: what links are relative to.</summary>
    public string Root { get; }

    public Html(string root) => Root = root;

    /// <summary>Escapes text for an HTML text node or a quoted attribute value.</summary>
    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                // A NUL or another control character has no place in an HTML document: shown as the replacement character.
                case < ' ' and not ('\n' or '\t'): builder.Append('\uFFFD'); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>A link inside the site, relative to this page.</summary>
    public string Href(string sitePath) => E(Root + sitePath);

    public Html Raw(string markup)
    {
        _text.Append(markup);
        return this;
    }

    public Html Line(string markup)
    {
        _text.Append(markup).Append('\n');
        return this;
    }

    public Html Text(string? text)
    {
        _text.Append(E(text));
        return this;
    }

    /// <summary>&lt;ul class="…"&gt; of escaped items, or nothing when there are none.</summary>
    public Html List(string className, IEnumerable<string> items)
    {
        var any = false;
        foreach (var item in items)
        {
            if (!any)
                _text.Append("<ul class=\"").Append(className).Append("\">");
            any = true;
            _text.Append("<li>").Append(E(item)).Append("</li>");
        }
        if (any)
            _text.Append("</ul>");
        return this;
    }

    public override string ToString() => _text.ToString();
}
