using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Listings.Tests.Support;

/// <summary>
/// The hemp arrêté of 30 December 2021 (<c>../shared/seeds/004_ba20da99c3e49e37.txt</c>), read at test
/// time: its Journal officiel date ("JORF n°0304 du 31 décembre 2021").
/// </summary>
public static class HempSeedText
{
    private const string SeedFileName = "004_ba20da99c3e49e37.txt";

    public static string SeedFile
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "seeds", SeedFileName));
            if (!File.Exists(path))
                throw new FileNotFoundException($"The hemp seed {SeedFileName} was not found at {path}.", path);
            return path;
        }
    }

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
