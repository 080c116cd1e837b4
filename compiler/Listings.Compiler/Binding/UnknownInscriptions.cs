using System.Collections.Generic;
using Listings.Compiler.Model;

namespace Listings.Compiler.Binding;

/// <summary>
/// An entry whose mark names no act of the sources (PMMA's (15)) was inscribed on a day the sources do
/// not give: the listing dates it from the founding act, the earliest it can be, and it is undetermined
/// until the source's consolidated list stands for (<c>consolidée jusqu'à</c>: the entry into force of
/// the last act whose content that list includes), from when the list prints it: listed. Without that
/// clause it stays undetermined.
/// </summary>
public static class UnknownInscriptions
{
    public static List<EntryModel> Split(IReadOnlyList<EntryModel> versions, ActsAndLists declared)
    {
        var result = new List<EntryModel>(versions.Count);
        foreach (var version in versions)
        {
            var consolidated = version.UnknownMark is null || version.ConsolidatedBy is null ? null : declared.ConsolidatedUpTo(version.ListId);
            if (consolidated is null || !consolidated.InForce.IsKnown)
            {
                result.Add(version);
                continue;
            }
            var day = consolidated.InForce;
            if (day > version.From && day < version.To)
            {
                result.Add(version with { To = day, ClosedBy = null });
                result.Add(version with { From = day, UnknownMark = null });
            }
            else
                result.Add(day <= version.From ? version with { UnknownMark = null } : version);
        }
        return result;
    }
}
