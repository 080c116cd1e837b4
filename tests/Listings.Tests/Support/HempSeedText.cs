using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Listings.Tests.Support;

/// <summary>
/// The hemp arrêté of 30 December 2021 (<c>sources/2021-12-30-arrete-chanvre.txt</c>), read at test
/// time: its Journal officiel date ("JORF n°0304 du 31 décembre 2021").
/// </summary>
public static class HempSeedText
{
    public const string FileName = "2021-12-30-arrete-chanvre.txt";

    public static string SeedFile => RepositoryPaths.Source(FileName);

    /// <summary>The JO date printed on the line "JORF n°… du …".</summary>
    public static DateTime Published()
    {
        var line = File.ReadLines(SeedFile).FirstOrDefault(l => l.StartsWith("JORF ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The hemp seed has no 'JORF n°… du …' line.");
        var date = Regex.Match(line, @" du (.+)$").Groups[1].Value.Trim();
        return SeedText.ParseDate(date).ToDateTime(TimeOnly.MinValue);
    }

    /// <summary>The day the arrêté entered into force: it sets no date of its own, so the day after its JO.</summary>
    public static DateTime InForce() => Published().AddDays(1);
}
