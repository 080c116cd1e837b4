namespace Listings.Grammar.Text;

/// <summary>
/// Where a piece of syntax stands in its file. Line and column are 1-based, as the C# compiler
/// prints them; offset and length are in UTF-16 code units.
/// </summary>
public sealed record SourceSpan(string Path, int Line, int Column, int Offset, int Length)
{
    public override string ToString() => $"{Path}({Line},{Column})";
}
