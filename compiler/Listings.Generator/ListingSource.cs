using Listings.Grammar.Diagnostics;

namespace Listings.Generator;

/// <summary>A listing file handed to the generator: the path shown to users, the full path, and its text, or why it cannot be read.</summary>
internal sealed record ListingSource(string DisplayPath, string FullPath, string? Text, ListingDiagnostic? ReadError);
