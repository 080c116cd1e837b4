using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

/// <summary>One statement of a listing file, as the parser reads it, before nesting.</summary>
public abstract record StatementSyntax(SourceSpan Span);

/// <summary><c>liste stupefiants "…" fixée par (1)</c></summary>
public sealed record ListSyntax(string Id, Quoted Title, ActRef? FoundedBy, EquatableArray<NoteSyntax> Notes, SourceSpan Span)
    : StatementSyntax(Span);
