using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Text;

namespace Listings.Compiler.Binding;

/// <summary>The model, the binder's diagnostics, and the facts the analyzers' checks read.</summary>
public sealed record BindResult(ListingModel Model, EquatableArray<ListingDiagnostic> Diagnostics)
{
    public BindingFacts Facts { get; init; } = new();
}
