using Listings.Grammar.Syntax;
using Listings.Grammar.Text;
using Listings.Runtime;

namespace Listings.Compiler.Model;

/// <summary>
/// An act with its dates resolved. <see cref="InForce"/> is the date the act gives, else the day
/// after its JO publication; where the text gives neither, the earliest day it could apply (the day
/// after signature) with <see cref="InForceAssumed"/> set. A date the text does not give is
/// <see cref="CalendarDay.Unknown"/>.
/// </summary>
public sealed record ActModel(
    string Key,
    string Label,
    string? NumberingList,
    ActKind Kind,
    string Title,
    CalendarDay Signed,
    CalendarDay Published,
    CalendarDay InForce,
    bool InForceAssumed,
    ModelLocation Location)
{
    /// <summary>
    /// For an act the sources name without giving what it changed (<c>contenu inconnu</c>): the lists it
    /// may have changed (empty: every list); null for an act whose content the listings encode.
    /// </summary>
    public EquatableArray<string>? UnknownContentLists { get; init; }

    /// <summary>
    /// How an act is keyed: a mark in its list's numbering (<c>stupefiants(13)</c>: stupéfiants (13) and
    /// psychotropes (13) are two acts), or its identifier.
    /// </summary>
    public static string KeyOf(string? list, ActRef act) =>
        act.Mark is { } mark ? (list ?? "") + "(" + mark.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : act.Identifier!;
}
