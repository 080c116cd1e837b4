using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

/// <summary>What the names of a <c>nomme</c> clause are, in the act's words.</summary>
public enum CitedKind
{
    /// <summary><c>dérivés</c>: derivatives the act cites as examples ("tel méthobromure, N-oxymorphine, N-oxycodéine").</summary>
    Derivatives,

    /// <summary><c>plante</c>: the plant the entry is of, or parts of it the act names ("feuilles de Catha edulis").</summary>
    Plant,

    /// <summary><c>genres</c>: the genera of a group ("notamment des genres stropharia, conocybes et psilocybe").</summary>
    Genera,

    /// <summary><c>intermédiaires</c>: an entry's intermediates, by their designation, with the act's letter if it gives one.</summary>
    Intermediates,

    /// <summary><c>produits</c>: the products that incorporate what an authorisation names ("des produits qui les intègrent").</summary>
    Products,
}

/// <summary>One name of a <c>nomme</c> clause: the act's words, and the letter the act labels it with ("A", "B"), if any.</summary>
public sealed record CitedName(string? Label, Quoted Name);

/// <summary>
/// <c>nomme dérivés "méthobromure", "N-oxymorphine", "N-oxycodéine"</c>: names the entry (or an
/// authorisation) prints inside its own text. Each is a name the classifiers find, and the answer
/// says how (<c>via</c> derivative, plant, genus, intermediate, product).
/// </summary>
public sealed record NamesClause(CitedKind Kind, EquatableArray<CitedName> Names, SourceSpan Span) : EntryClauseSyntax(Span);
