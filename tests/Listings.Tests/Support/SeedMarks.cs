using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Listings.Tests.Support;

/// <summary>
/// The provenance marks the legal text (<c>sources/</c>) prints on its bullets. A bullet carries the marks written in it
/// (<c>Oripavine (26)</c>) and those of the line that introduces its group, when that line ends with
/// a colon (<c>Les cannabinoïdes suivants, ainsi que … sels (28) :</c> and the six bullets under it).
/// </summary>
public static class SeedMarks
{
    private static readonly Regex Mark = new(@"\((\d+)\)");

    /// <summary>The marks of one bullet of the seed's annexes and parts.</summary>
    public static IReadOnlyList<int> Of(SeedBullet bullet)
    {
        var marks = MarksIn(bullet.Text).ToList();
        var lines = SeedText.LinesOf(bullet.File);
        // Back over the bullets and blank lines of the group to the line that opens it.
        for (var i = bullet.Line - 2; i >= 0; i--)
        {
            var line = lines[i].Trim().Trim('\u00A0').Trim();
            if (line.Length == 0 || lines[i].StartsWith("  • ", StringComparison.Ordinal))
                continue;
            if (line.EndsWith(':'))
                marks.AddRange(MarksIn(line));
            break;
        }
        return marks.Distinct().ToList();
    }

    /// <summary>The bullets of a list that carry any of <paramref name="marks"/>.</summary>
    public static IReadOnlyList<SeedBullet> BulletsMarked(string listId, params int[] marks) =>
        SeedText.AnnexBullets().Where(b => b.ListId == listId && Of(b).Intersect(marks).Any()).ToList();

    private static IEnumerable<int> MarksIn(string text) =>
        Mark.Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
}
