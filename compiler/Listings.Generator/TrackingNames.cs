namespace Listings.Generator;

/// <summary>The name of every step of the pipeline, so that tests can check what ran and what was cached.</summary>
public static class TrackingNames
{
    public const string ListingText = nameof(ListingText);
    public const string Parsed = nameof(Parsed);
    public const string Collected = nameof(Collected);
    public const string Bound = nameof(Bound);
    public const string Options = nameof(Options);
    public const string Emitted = nameof(Emitted);
}
