using Listings.Grammar.Text;

namespace Listings.Compiler.Model;

/// <summary>Where a declaration of the model was written, as the C# compiler prints locations.</summary>
public sealed record ModelLocation(string Path, int Line, int Column)
{
    // Set once (no `with` can move a location without its text): the text is written when the location
    // is made, and an entry's id and its row of the tables share it (100,000 strings at 100,000 entries).
    public string Path { get; } = Path;

    public int Line { get; } = Line;

    public int Column { get; } = Column;

    private readonly string _text = $"{Path}({Line},{Column})";

    public static ModelLocation Of(SourceSpan span) => new(span.Path, span.Line, span.Column);

    public override string ToString() => _text;
}
