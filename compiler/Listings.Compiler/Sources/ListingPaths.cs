using System;
using System.IO;

namespace Listings.Compiler.Sources;

/// <summary>How listing files are named in diagnostics and in the generated tables.</summary>
public static class ListingPaths
{
    /// <summary>
    /// The path relative to the source root, with '/' separators: the same on every machine, so the
    /// locations written into the generated tables do not depend on where the repository is cloned.
    /// </summary>
    public static string Display(string path, string root)
    {
        var full = Normalize(path);
        var prefix = Normalize(root);
        if (prefix.Length > 0 && !prefix.EndsWith("/", StringComparison.Ordinal))
            prefix += "/";
        return prefix.Length > 0 && full.StartsWith(prefix, StringComparison.Ordinal) ? full.Substring(prefix.Length) : Path.GetFileName(full);
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
