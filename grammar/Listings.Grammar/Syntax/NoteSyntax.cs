using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

public enum NoteKind
{
    /// <summary><c>texte "…"</c>: the act's own words, verbatim.</summary>
    Text,

    /// <summary><c>défaut "…"</c>: a known defect of the source text, stated rather than guessed away.</summary>
    Defect,
}

public sealed record NoteSyntax(NoteKind Kind, Quoted Content, SourceSpan Span);
