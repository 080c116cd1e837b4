using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Model;
using Listings.Grammar.Syntax;
using Listings.Runtime;

namespace Listings.Compiler.Binding;

/// <summary>
/// The names a <c>nomme</c> clause gives an entry or an authorisation, as name rows: a derivative,
/// a plant (or a part of it), a genus, an intermediate's designation — each found on its own — and,
/// for intermediates, the phrase "intermédiaire [A]" that a name of the entry completes, for products,
/// the subject that a product phrase completes (neither found alone). How these read in a query is
/// the runtime's (compiler/Listings.Runtime/Matching/CitedNames.cs, Products.cs).
/// </summary>
public static class CitedNames
{
    /// <summary>The names the clauses of an entry (or of a modification of it) cite.</summary>
    public static IEnumerable<EntryNameModel> Of(IEnumerable<EntryClauseSyntax> clauses, string title)
    {
        foreach (var clause in clauses.OfType<NamesClause>())
            foreach (var name in Names(clause, title))
                yield return name;
    }

    /// <summary>The names an authorisation's clauses give what it authorises (<paramref name="subject"/>).</summary>
    public static IEnumerable<EntryNameModel> Of(AuthorisationSyntax authorisation) =>
        authorisation.Names.SelectMany(clause => Names(clause, authorisation.Subject.Value));

    /// <summary>The names an authorisation is also asked by: what it authorises, under its other names.</summary>
    public static IEnumerable<string> OtherSubjects(AuthorisationSyntax authorisation) =>
        Of(authorisation).Where(n => n.Role is not (NameRole.IntermediateLabel or NameRole.ProductsOf)).Select(n => n.Text);

    private static IEnumerable<EntryNameModel> Names(NamesClause clause, string owner)
    {
        switch (clause.Kind)
        {
            case CitedKind.Products:
                // The act's words ("des produits qui les intègrent") say the products are covered; a
                // query names them with what they incorporate.
                yield return new EntryNameModel(owner, NameRole.ProductsOf);
                yield break;
            case CitedKind.Intermediates:
                yield return new EntryNameModel("intermédiaire", NameRole.IntermediateLabel);
                foreach (var label in clause.Names.Where(n => n.Label is not null).Select(n => n.Label!).Distinct())
                    yield return new EntryNameModel("intermédiaire " + label, NameRole.IntermediateLabel);
                break;
        }
        var role = clause.Kind switch
        {
            CitedKind.Derivatives => NameRole.Derivative,
            CitedKind.Plant => NameRole.Plant,
            CitedKind.Genera => NameRole.Genus,
            _ => NameRole.Intermediate,
        };
        foreach (var name in clause.Names)
            yield return new EntryNameModel(name.Name.Value, role) { Span = name.Name.Span };
    }
}
