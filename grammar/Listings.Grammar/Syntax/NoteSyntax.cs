using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

public enum NoteKind
{
    /// <summary><c>texte "…"</c>: the act's own words, verbatim.</summary>
    Text,

    /// <summary><c>défaut "…"</c>: a known defect of the source text, stated rather than guessed away.</summary>
    Defect,

    /// <summary>
    /// <c>accepte LST2006 "…"</c>: the editor has reviewed what the analyzers report here, and the act
    /// really says so; the justification stays beside the statement, and the finding is reported as
    /// info with it (suppressed, in a build) instead of as a warning.
    /// </summary>
    Acceptance,

    /// <summary>
    /// <c>lecture "…"</c>: a reading the listing's editor chose where the act does not say it (the hemp
    /// arrêté applied to annex I's "Cannabis"); the statement's <c>texte</c> notes quote the act's words
    /// that support it. Every answer that rests on it says so.
    /// </summary>
    Reading,
}

/// <summary>A note; <see cref="DiagnosticId"/> is set for an acceptance.</summary>
public sealed record NoteSyntax(NoteKind Kind, Quoted Content, SourceSpan Span)
{
    public string? DiagnosticId { get; init; }
}
