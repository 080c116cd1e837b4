using Listings.Runtime;

namespace Listings.Compiler.Model;

/// <summary>An annex (or part) and the forms its preamble brings into the list for every entry.</summary>
public sealed record AnnexModel(string ListId, string AnnexId, FormFlags Forms, bool AsterisksUnknown, ModelLocation? Location)
{
    public string Key => ListId + "/" + AnnexId;
}
