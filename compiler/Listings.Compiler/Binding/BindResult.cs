using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Text;

namespace Listings.Compiler.Binding;

public sealed record BindResult(ListingModel Model, EquatableArray<ListingDiagnostic> Diagnostics);
