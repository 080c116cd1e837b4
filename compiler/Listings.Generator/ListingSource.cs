namespace Listings.Generator;

/// <summary>A listing file handed to the generator: the path shown to users, the full path, and its text (null when unreadable).</summary>
internal sealed record ListingSource(string DisplayPath, string FullPath, string? Text);
