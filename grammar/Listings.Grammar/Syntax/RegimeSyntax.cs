using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

/// <summary>What a regime applies to: <c>médicaments</c>, <c>certains médicaments</c>, <c>produits</c>, <c>substances</c>.</summary>
public enum RegimeTargetKind
{
    Medicines,
    CertainMedicines,
    Products,
    Substances,
}

/// <summary>One target of a regime: its kind, the names of what it is made of or contains, and its route if the act gives one.</summary>
public sealed record RegimeTargetSyntax(RegimeTargetKind Kind, EquatableArray<Quoted> Names, Route? Route, SourceSpan Span);

/// <summary>
/// <c>régime par X : [une partie de] la réglementation des stupéfiants médicaments "…" par voie orale, …</c>:
/// an act that applies all or part of the stupéfiants rules to named substances, medicines or
/// products, without inscribing them on a list.
/// </summary>
public sealed record RegimeSyntax(ActRef Act, bool Whole, EquatableArray<RegimeTargetSyntax> Targets, EquatableArray<NoteSyntax> Notes, SourceSpan Span)
    : StatementSyntax(Span);
