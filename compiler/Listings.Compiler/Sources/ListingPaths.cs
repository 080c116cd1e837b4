using System;
using System.Collections.Generic;
using System.Linq;

namespace Listings.Compiler.Sources;

/// <summary>How listing files are named in diagnostics and in the generated tables.</summary>
public static class ListingPaths
{
    /// <summary>
    /// The display path of every file of a set, keyed by the path as given. Below the source root, the
    /// path relative to it with '/' separators: the same on every machine, so the locations written
    /// into the generated tables do not depend on where the repository is cloned. Outside it, the file
    /// name, lengthened by its parent folders only as far as needed to tell it from the set's other
    /// files (two "00-liste.listing" outside the root become "fr/00-liste.listing" and
    /// "annexes/00-liste.listing"). The same whatever the order of the set.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DisplayAll(IEnumerable<string> paths, string root)
    {
        var files = paths.Distinct(StringComparer.Ordinal).Select(path => new Shown(path, root)).ToList();
        bool lengthened;
        do
        {
            var counts = files.GroupBy(f => f.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            lengthened = false;
            foreach (var file in files)
                if (counts[file.Text] > 1 && file.Lengthen())
                    lengthened = true;
        }
        while (lengthened);
        return files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
    }

    /// <summary>A file's display path while a set is named: fixed below the root, else the last segments of its path.</summary>
    private sealed class Shown
    {
        private readonly string[]? _segments;
        private int _count = 1;

        public Shown(string path, string root)
        {
            Path = path;
            var full = Normalize(path);
            var relative = Relative(full, root);
            _segments = relative is null ? full.Split('/') : null;
            Text = relative ?? _segments![_segments.Length - 1];
        }

        public string Path { get; }

        public string Text { get; private set; }

        /// <summary>One more parent folder, for a file outside the root that has one more; false otherwise.</summary>
        public bool Lengthen()
        {
            if (_segments is null || _count >= _segments.Length)
                return false;
            _count++;
            Text = string.Join("/", _segments, _segments.Length - _count, _count);
            return true;
        }
    }

    /// <summary>The normalized path relative to the root, or null when it does not lie below it.</summary>
    private static string? Relative(string full, string root)
    {
        var prefix = Normalize(root);
        if (prefix.Length > 0 && !prefix.EndsWith("/", StringComparison.Ordinal))
            prefix += "/";
        return prefix.Length > 0 && full.StartsWith(prefix, StringComparison.Ordinal) ? full.Substring(prefix.Length) : null;
    }

    /// <summary>'/' separators and no "." or ".." segments (MSBuild hands over paths such as "proj/../../listings/x").</summary>
    private static string Normalize(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        var kept = new System.Collections.Generic.List<string>();
        foreach (var part in parts)
        {
            if (part == ".")
                continue;
            if (part == ".." && kept.Count > 0 && kept[kept.Count - 1] != "..")
                kept.RemoveAt(kept.Count - 1);
            else
                kept.Add(part);
        }
        return string.Join("/", kept);
    }
}
