namespace Listings.Grammar.Parsing;

/// <summary>
/// What a listing may hold. Beyond these, the file gets a located error instead of hanging or
/// exhausting a build server: listings come from pull requests and PDF copy-paste, and the
/// generator runs on whatever is committed. The French listings are far below every limit.
/// </summary>
public static class ListingLimits
{
    /// <summary>Characters in one file (the 100,000-entry synthetic set is 4 MB over 51 files).</summary>
    public const int MaxFileLength = 32 * 1024 * 1024;

    /// <summary>Characters in one line (the longest line of the French listings is under 600).</summary>
    public const int MaxLineLength = 10_000;

    /// <summary>Clauses of one statement (an entry has a handful).</summary>
    public const int MaxClauses = 1_000;

    /// <summary>Entries in one annex or part (stupéfiants I has 103).</summary>
    public const int MaxEntriesPerAnnex = 200_000;
}
