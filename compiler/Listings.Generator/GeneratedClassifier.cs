using Listings.Grammar.Diagnostics;
using Listings.Grammar.Text;

namespace Listings.Generator;

/// <summary>What the pipeline outputs: the source to add and the diagnostics to report (with their files' full paths).</summary>
internal sealed record GeneratedClassifier(
    string HintName,
    string? Source,
    EquatableArray<ListingDiagnostic> Diagnostics,
    EquatableArray<DisplayName> Paths);
