using System;
using System.Linq;

namespace Listings.Tests.Support;

/// <summary>
/// Dates read off the seed's act tables. An act of these tables says nothing of its own entry into
/// force, so it applies from the day after its publication in the Journal officiel (the general rule for acts published in the Journal officiel).
/// </summary>
public static class SeedDates
{
    /// <summary>The JO date the seed's act table prints for act <paramref name="mark"/> of a list.</summary>
    public static DateTime Published(string listId, int mark)
    {
        var act = SeedText.NumberedActs(listId).SingleOrDefault(a => a.Mark == mark)
            ?? throw new InvalidOperationException($"The seed's act table of {listId} has no act ({mark}).");
        return act.Published.ToDateTime(TimeOnly.MinValue);
    }

    /// <summary>The day act <paramref name="mark"/> of a list entered into force: the day after its JO date.</summary>
    public static DateTime InForce(string listId, int mark) => Published(listId, mark).AddDays(1);
}
