using Listings.Grammar.Text;

namespace Listings.Compiler.Model;

/// <summary>Where a declaration of the model was written, as the C# compiler prints locations.</summary>
public sealed record ModelLocation(string Path, int Line, int Column)
{
    public static ModelLocation Of(SourceSpan span) => new(span.Path, span.Line, span.Column);

    public override string ToString() => $"{Path}({Line},{Column})";
}
