using System;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;

namespace Listings.Generator;

// The values that flow between the generator's steps are records (reference types), never value tuples
// or bare structs. Roslyn's incremental pipeline is generic over them (its node tables, transforms,
// combines and builders): the compiler ships that code compiled for reference types, but for each value
// type it must be compiled again, cold, when the generator first runs (about a hundred methods each).

/// <summary>A file's full path and the name it is shown under.</summary>
internal sealed record DisplayName(string Full, string Display);

/// <summary>The full paths of the set's listing files, as the compiler hands them over.</summary>
internal sealed record ListingPathSet(EquatableArray<string> Paths);

/// <summary>The name each file of the set is shown under, in ordinal order of full path.</summary>
internal sealed record DisplayNames(EquatableArray<DisplayName> Names)
{
    /// <summary>The display name of <paramref name="path"/>, or the path itself if it is not in the set.</summary>
    public string Of(string path)
    {
        int low = 0, high = Names.Count - 1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var order = string.CompareOrdinal(Names[middle].Full, path);
            if (order == 0)
                return Names[middle].Display;
            if (order < 0)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return path;
    }
}

/// <summary>One file parsed: its display name, its full path, and what the parser gave.</summary>
internal sealed record ParsedListing(string DisplayPath, string FullPath, ParseResult Result);
