using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

/// <summary>A string of the act's own words, with where it stands.</summary>
public sealed record Quoted(string Value, SourceSpan Span)
{
    public override string ToString() => Value;
}
