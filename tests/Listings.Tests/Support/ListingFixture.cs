using System;
using System.IO;
using System.Linq;
using System.Text;

namespace Listings.Tests.Support;

/// <summary>
/// A temporary folder of <c>.listing</c> files written by a test, deleted when disposed. Each test
/// makes its own, so tests running in parallel never share one.
/// </summary>
public sealed class ListingFixture : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public ListingFixture(string prefix = "diff-fixture-")
    {
        Root = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    public string Root { get; }

    /// <summary>Writes <paramref name="text"/> (LF line ends) to <paramref name="relativePath"/> under the root; returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"), Utf8NoBom);
        return path;
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>The 1-based line of <paramref name="text"/> on which <paramref name="fragment"/> first appears.</summary>
    public static int LineOf(string text, string fragment)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal));
        if (index < 0)
            throw new InvalidOperationException($"The fixture has no line with '{fragment}'.");
        if (Array.FindIndex(lines, index + 1, l => l.Contains(fragment, StringComparison.Ordinal)) >= 0)
            throw new InvalidOperationException($"The fixture has more than one line with '{fragment}'.");
        return index + 1;
    }

    /// <summary>The 1-based line and column where <paramref name="fragment"/> starts, at its <paramref name="occurrence"/>-th appearance in <paramref name="text"/>.</summary>
    public static (int Line, int Column) PositionOf(string text, string fragment, int occurrence = 1)
    {
        var normalized = text.Replace("\r\n", "\n");
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = normalized.IndexOf(fragment, at + 1, StringComparison.Ordinal);
            if (at < 0)
                throw new InvalidOperationException($"The fixture has fewer than {occurrence} '{fragment}'.");
        }
        var lineStart = normalized.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        if (at == 0)
            lineStart = 0;
        return (normalized.Take(at).Count(c => c == '\n') + 1, at - lineStart + 1);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a temporary folder left behind is not a test failure
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
