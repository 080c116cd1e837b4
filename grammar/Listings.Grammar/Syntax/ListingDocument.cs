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
    EquatableArray<CounterIonsSyntax> CounterIons)
{
    /// <summary>The acts that apply all or part of the stupéfiants rules to named substances, medicines or products (<c>régime</c>).</summary>
    public EquatableArray<RegimeSyntax> Regimes { get; init; } = EquatableArray<RegimeSyntax>.Empty;
}

/// <summary>The parser's answer: the document (as much as could be read) and every error found.</summary>
public sealed record ParseResult(ListingDocument Document, EquatableArray<ListingDiagnostic> Diagnostics);
