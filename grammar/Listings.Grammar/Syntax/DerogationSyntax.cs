using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

/// <summary><c>dérogation par arrete-chanvre-2021 à "Cannabis" de stupefiants annexe I</c></summary>
public sealed record DerogationSyntax(
    ActRef Act,
    Quoted Substance,
    ListRefSyntax Target,
    EquatableArray<AuthorisationSyntax> Authorisations,
    EquatableArray<NoteSyntax> Notes,
    SourceSpan Span) : StatementSyntax(Span);

/// <summary><c>autorise "extraits de chanvre" si teneur en "…" au plus 0,30 %</c></summary>
public sealed record AuthorisationSyntax(
    Quoted Subject,
    EquatableArray<ConditionSyntax> Conditions,
    EquatableArray<NoteSyntax> Notes,
    SourceSpan Span) : StatementSyntax(Span)
{
    /// <summary><c>nomme plante "chanvre", …</c>: other names the act gives what it authorises.</summary>
    public EquatableArray<NamesClause> Names { get; init; } = EquatableArray<NamesClause>.Empty;
}

public abstract record ConditionSyntax(SourceSpan Span);

/// <summary><c>teneur en "delta-9-tétrahydrocannabinol" au plus 0,30 % avec une tolérance de 0,03 %</c></summary>
public sealed record ContentConditionSyntax(Quoted Substance, Bound Bound, Quantity Threshold, SourceSpan Span)
    : ConditionSyntax(Span)
{
    /// <summary>The tolerance the act gives the measured content ("Le résultat est affecté d'une tolérance de 0,03 %"), if any.</summary>
    public Quantity? Tolerance { get; init; }
}

/// <summary><c>inscrite au catalogue "…" ou "…"</c></summary>
public sealed record CatalogueConditionSyntax(EquatableArray<Quoted> Catalogues, SourceSpan Span) : ConditionSyntax(Span);
