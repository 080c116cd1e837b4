using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;
using Listings.Runtime;

namespace Listings.Compiler.Binding;

/// <summary>
/// The exceptions pass: what an entry's <c>sauf …</c> and <c>autres que …</c> take out, as facts (the
/// excepted name, the route, the per-unit amounts as masses, the annex or the outside list they point
/// to), with their wording for answers. Reports an amount that is not a mass (LST1004) and an excepted
/// name that is empty (LST1011).
/// </summary>
public static class EntryExceptions
{
    public static IEnumerable<ExceptionModel> Of(IEnumerable<EntryClauseSyntax> clauses, List<ListingDiagnostic> diagnostics)
    {
        foreach (var clause in clauses)
        {
            switch (clause)
            {
                case ExceptionClause exception:
                    if (Bind(exception.Exception, diagnostics) is { } bound)
                        yield return bound with { Span = exception.Span };
                    break;
                case OtherThanClause otherThan:
                    if (EntriesAndNames.IsEmpty(otherThan.Name, diagnostics))
                        break;
                    yield return new ExceptionModel(ExceptionKind.OtherThan, FrenchWording.OtherThanException(otherThan.Name.Value),
                        PreparationRoute.Any, TextFolding.NameKey(otherThan.Name.Value), EquatableArray<AmountModel>.Empty, null)
                    { Span = otherThan.Span };
                    break;
            }
        }
    }

    private static ExceptionModel? Bind(ExceptionSyntax exception, List<ListingDiagnostic> diagnostics)
    {
        switch (exception)
        {
            case IsomerExceptionSyntax isomer:
                if (EntriesAndNames.IsEmpty(isomer.Name, diagnostics))
                    return null;
                return new ExceptionModel(ExceptionKind.Isomer, FrenchWording.IsomerException(isomer.Qualifier, isomer.Name.Value),
                    PreparationRoute.Any, TextFolding.NameKey(isomer.Name.Value), EquatableArray<AmountModel>.Empty, null);
            case DerivativeExceptionSyntax derivative:
                var derivatives = derivative.Kind == FormKind.Esters ? FormFlags.Esters : FormFlags.Ethers;
                return new ExceptionModel(ExceptionKind.DerivativesListedElsewhere, FrenchWording.DerivativeException(derivatives, derivative.AnnexId),
                    PreparationRoute.Any, null, EquatableArray<AmountModel>.Empty, null)
                {
                    Derivatives = derivatives,
                    OtherAnnexId = derivative.AnnexId,
                };
            case PreparationExceptionSyntax preparation:
                var route = preparation.Route is { } r ? Route(r) : preparation.Tablets ? PreparationRoute.Tablets : PreparationRoute.Any;
                var amounts = new List<AmountModel>();
                foreach (var amount in preparation.PerUnit)
                {
                    var key = TextFolding.NameKey(amount.Substance.Value);
                    if (amount.Quantity.Unit != "%" && Mass.TryCreate(amount.Quantity.Value, amount.Quantity.Unit, out var mass))
                        amounts.Add(new AmountModel(key, Bound(amount.Bound), mass));
                    else
                    {
                        // Kept, as a condition nothing satisfies: an exception that cannot be checked must
                        // not exempt every preparation.
                        diagnostics.Add(BindingDiagnostics.UnsupportedAmount(amount.Quantity.Span, amount.Quantity.Text));
                        amounts.Add(new AmountModel(key, AmountBound.Unreadable, default));
                    }
                }
                var external = preparation.External;
                var text = FrenchWording.PreparationException(route, preparation.Tablets, preparation.PerUnitBasis,
                    preparation.PerUnit.Select(a => FrenchWording.Amount(a.Bound, a.Quantity.Text, a.Substance.Value, a.AsBase)),
                    external is not null, external?.ListName?.Value);
                return new ExceptionModel(external is not null ? ExceptionKind.External : ExceptionKind.Preparation, text, route, null, amounts.ToEquatableArray(), null)
                {
                    Conditional = !preparation.PerUnit.IsEmpty,
                    ExternalList = external?.ListName?.Value,
                };
            default:
                return null;
        }
    }

    public static PreparationRoute Route(Grammar.Syntax.Route route) => route switch
    {
        Grammar.Syntax.Route.Injectable => PreparationRoute.Injectable,
        Grammar.Syntax.Route.OtherThanInjectable => PreparationRoute.OtherThanInjectable,
        _ => PreparationRoute.Oral,
    };

    private static AmountBound Bound(Grammar.Syntax.Bound bound) => bound switch
    {
        Grammar.Syntax.Bound.AtMost => AmountBound.AtMost,
        Grammar.Syntax.Bound.AtLeast => AmountBound.AtLeast,
        _ => AmountBound.Exactly,
    };
}
