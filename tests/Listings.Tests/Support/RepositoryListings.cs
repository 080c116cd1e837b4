using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Listings.Grammar.Parsing;
using Listings.Grammar.Syntax;

namespace Listings.Tests.Support;

/// <summary>Every file of <c>listings/</c>, parsed once, in ordinal order of their paths.</summary>
public static class RepositoryListings
{
    private static readonly Lazy<IReadOnlyList<ParseResult>> LazyResults = new(() =>
        Directory.EnumerateFiles(RepositoryPaths.Listings, "*.listing", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => ListingParser.Parse(path, File.ReadAllText(Path.Combine(RepositoryPaths.Root, path))))
            .ToList());

    public static IReadOnlyList<ParseResult> Results => LazyResults.Value;

    public static IEnumerable<ListingDocument> Documents => Results.Select(r => r.Document);
}
