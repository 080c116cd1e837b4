using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

public abstract record ExceptionSyntax(SourceSpan Span);

/// <summary><c>sauf son isomère dextrogyre ou "dextrométhorphane"</c></summary>
public sealed record IsomerExceptionSyntax(string? Qualifier, Quoted Name, SourceSpan Span) : ExceptionSyntax(Span);

/// <summary><c>sauf éthers inscrits à l'annexe II</c>: the derivatives another annex lists by name.</summary>
public sealed record DerivativeExceptionSyntax(FormKind Kind, string AnnexId, SourceSpan Span) : ExceptionSyntax(Span);

/// <summary>
/// <c>sauf préparations orales renfermant par unité au plus 2,5 mg de "diphénoxylate" en base …</c>
/// </summary>
public sealed record PreparationExceptionSyntax(
    Route? Route,
    bool Tablets,
    string? PerUnitBasis,
    EquatableArray<AmountSyntax> PerUnit,
    ExternalClassificationSyntax? External,
    SourceSpan Span) : ExceptionSyntax(Span);

/// <summary><c>au plus 2,5 mg de "diphénoxylate" en base</c></summary>
public sealed record AmountSyntax(Bound Bound, Quantity Quantity, Quoted Substance, bool AsBase, SourceSpan Span);

/// <summary>
/// <c>relevant de la liste externe "liste I"</c> (a list outside the listing set), or, with no list,
/// <c>relevant d'un autre classement</c>.
/// </summary>
public sealed record ExternalClassificationSyntax(Quoted? ListName, SourceSpan Span);
