using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

/// <summary>
/// <c>contre-ions "napsilate", "napsylate"</c>: counter-ions the listing set adds to the built-in table,
/// so that "napsilate de X" and "X napsylate" are recognised as salts of X.
/// </summary>
public sealed record CounterIonsSyntax(EquatableArray<Quoted> Names, EquatableArray<NoteSyntax> Notes, SourceSpan Span)
    : StatementSyntax(Span);
