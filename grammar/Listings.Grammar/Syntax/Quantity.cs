using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

/// <summary>
/// An exact decimal with its unit, as the act writes it (<c>2,5 mg</c>). Kept as a decimal so that
/// thresholds compare exactly at their boundary.
/// </summary>
public sealed record Quantity(decimal Value, string Unit, string Text, SourceSpan Span)
{
    public override string ToString() => Text;
}

public enum Bound
{
    AtMost,
    AtLeast,
    Exactly,
}
