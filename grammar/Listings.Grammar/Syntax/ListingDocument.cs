using Listings.Grammar.Diagnostics;
using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

/// <summary>One parsed <c>.listing</c> file: its declarations nested under their containers.</summary>
public sealed record ListingDocument(
    string Path,
    EquatableArray<ListSyntax> Lists,
    EquatableArray<ActSyntax> Acts,
    EquatableArray<AnnexSyntax> Annexes,
    EquatableArray<AmendmentSyntax> Amendments,
    EquatableArray<DerogationSyntax> Derogations,
    EquatableArray<CounterIonsSyntax> CounterIons);

/// <summary>The parser's answer: the document (as much as could be read) and every error found.</summary>
public sealed record ParseResult(ListingDocument Document, EquatableArray<ListingDiagnostic> Diagnostics);
