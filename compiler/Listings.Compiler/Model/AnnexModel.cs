using Listings.Compiler.Binding;
using Listings.Grammar.Syntax;
using Listings.Runtime;

namespace Listings.Compiler.Model;

/// <summary>
/// An annex (or part) and the forms its preamble brings into the list for every entry. <see cref="Kind"/>
/// is what the act calls it: the stupéfiants have annexes, the psychotropes parts.
/// <see cref="Location"/> is its declaration (the opening with the preamble); none for an annex the
/// acts do not state (<c>annexe inconnue</c>).
/// </summary>
public sealed record AnnexModel(string ListId, string AnnexId, AnnexKind Kind, FormFlags Forms, bool AsterisksUnknown, ModelLocation? Location)
{
    public string Key => KeyOf(ListId, AnnexId);

    /// <summary>"annexe I", "partie 2".</summary>
    public string Label => FrenchWording.Annex(Kind, AnnexId);

    public static string KeyOf(string listId, string annexId) => listId + "/" + annexId;

    /// <summary>What an annex is called when the act does not say which one it is.</summary>
    public const string UnknownId = "inconnue";
}
