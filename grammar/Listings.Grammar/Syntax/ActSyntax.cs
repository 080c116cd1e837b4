using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

public enum ActKind
{
    Arrete,
    Decret,
    Decision,
}

/// <summary>
/// How an act is referred to: by its mark in a list's numbering, <c>(13)</c>, or by an identifier
/// for acts the text does not number.
/// </summary>
public sealed record ActRef(int? Mark, string? Identifier, SourceSpan Span)
{
    public override string ToString() => Mark is { } mark ? $"({mark})" : Identifier ?? "";
}

public enum EntryIntoForceKind
{
    /// <summary>The general rule: the day after publication in the Journal officiel.</summary>
    DayAfterPublication,
    Date,
    Unknown,
}

public sealed record EntryIntoForceSyntax(EntryIntoForceKind Kind, LegalDate? Date, SourceSpan Span);

/// <summary><c>acte (13) de stupefiants : arrêté du 24/03/2000 "…" JO du 18/04/2000</c></summary>
public sealed record ActSyntax(
    ActRef Id,
    string? NumberingList,
    ActKind Kind,
    LegalDate Signed,
    Quoted Title,
    LegalDate? Published,
    EntryIntoForceSyntax? EntryIntoForce,
    EquatableArray<NoteSyntax> Notes,
    SourceSpan Span) : StatementSyntax(Span)
{
    /// <summary>
    /// <c>contenu inconnu [pour liste, …]</c>: the sources name the act but do not give what it changed;
    /// where it says so, null otherwise.
    /// </summary>
    public UnknownContentSyntax? UnknownContent { get; init; }
}

/// <summary>An act whose content the sources do not give, and the lists it may have changed (none written: its own numbering's list).</summary>
public sealed record UnknownContentSyntax(EquatableArray<string> Lists, SourceSpan Span);
