using System.Linq;
using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

public enum Route
{
    Injectable,
    OtherThanInjectable,
    Oral,
}

/// <summary>A bullet of an annex, or of an amendment's <c>ajoute</c> block.</summary>
public abstract record EntrySyntax(bool Asterisk, EquatableArray<EntryClauseSyntax> Clauses, SourceSpan Span)
    : StatementSyntax(Span)
{
    /// <summary>The marks of the acts that inscribed the entry.</summary>
    public EquatableArray<int> Marks => Clauses.OfType<MarkClause>().Select(m => m.Mark).ToEquatableArray();

    public EquatableArray<NoteSyntax> Notes => Clauses.OfType<NoteClause>().Select(n => n.Note).ToEquatableArray();

    /// <summary>The name the entry is known by in reports.</summary>
    public abstract Quoted Title { get; }
}

public sealed record AliasSyntax(Quoted Name, bool ChemicalDesignation);

/// <summary><c>- "Lysergide" ou "LSD-25" …</c></summary>
public sealed record SubstanceEntrySyntax(
    bool Asterisk,
    Quoted Name,
    EquatableArray<AliasSyntax> Aliases,
    EquatableArray<Quoted> CoListed,
    EquatableArray<EntryClauseSyntax> Clauses,
    SourceSpan Span) : EntrySyntax(Asterisk, Clauses, Span)
{
    public override Quoted Title => Name;
}

/// <summary><c>- préparations autres qu'injectables renfermant "benzphétamine" ou ses sels reçues de …</c></summary>
public sealed record PreparationEntrySyntax(
    bool Asterisk,
    Route Route,
    Quoted Substance,
    bool WithSalts,
    ListRefSyntax? ReceivedFrom,
    EquatableArray<EntryClauseSyntax> Clauses,
    SourceSpan Span) : EntrySyntax(Asterisk, Clauses, Span)
{
    public override Quoted Title => Substance;
}
