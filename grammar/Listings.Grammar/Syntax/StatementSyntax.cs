using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

/// <summary>One statement of a listing file, as the parser reads it, before nesting.</summary>
public abstract record StatementSyntax(SourceSpan Span);

/// <summary><c>liste stupefiants "…" fixée par (1) consolidée jusqu'à (28)</c></summary>
public sealed record ListSyntax(string Id, Quoted Title, ActRef? FoundedBy, EquatableArray<NoteSyntax> Notes, SourceSpan Span)
    : StatementSyntax(Span)
{
    /// <summary>The last act whose content the source's consolidated list includes (<c>consolidée jusqu'à</c>), if the listing says.</summary>
    public ActRef? ConsolidatedUpTo { get; init; }
}
