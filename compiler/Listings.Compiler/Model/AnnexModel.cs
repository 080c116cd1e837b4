using Listings.Compiler.Binding;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;
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
    /// <summary>What the preamble brings in from the annex's first day; <see cref="Forms"/> adds the <see cref="DatedRules"/>.</summary>
    public FormFlags FormsFromTheStart { get; init; }

    /// <summary>Rules an amending act added to the preamble, each in force from that act's day.</summary>
    public EquatableArray<DatedRule> DatedRules { get; init; } = EquatableArray<DatedRule>.Empty;

    /// <summary>What the preamble brings in on <paramref name="day"/>.</summary>
    public FormFlags FormsOn(CalendarDay day)
    {
        if (DatedRules.IsEmpty)
            return Forms;
        var forms = FormsFromTheStart;
        foreach (var rule in DatedRules)
            if (rule.From <= day)
                forms |= rule.Forms;
        return forms;
    }

    public string Key => KeyOf(ListId, AnnexId);

    /// <summary>"annexe I", "partie 2".</summary>
    public string Label => FrenchWording.Annex(Kind, AnnexId);

    public static string KeyOf(string listId, string annexId) => listId + "/" + annexId;

    /// <summary>What an annex is called when the act does not say which one it is.</summary>
    public const string UnknownId = "inconnue";
}

/// <summary>A rule of an annex's preamble that an amending act added: the forms it brings in, from that act's day.</summary>
public sealed record DatedRule(FormFlags Forms, CalendarDay From)
{
    /// <summary>The act whose mark the rule carries.</summary>
    public string? ActKey { get; init; }
}
