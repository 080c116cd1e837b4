using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Listings.Cli.Commands;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Cli;

/// <summary><c>listings check [PATH…]</c>: exit code, located errors, and the per-annex summary.</summary>
public class CheckCommandTests
{
    /// <summary>A summary row: <c>  stupefiants    annexe I          103</c>, maybe "(ajoutées par …)".</summary>
    private static readonly Regex SummaryRow = new(@"^  (?<list>\S+)\s+(?<label>(?:annexe|partie) \S+)\s+(?<count>\d+)(?<added> \(ajoutées par .+\))?$");

    private static (int ExitCode, string[] Lines) Check(params string[] paths)
    {
        var output = new StringWriter();
        var exitCode = CheckCommand.Run(paths, output);
        return (exitCode, output.ToString().Replace("\r\n", "\n").Split('\n'));
    }

    [Fact]
    public void Checking_the_listings_succeeds_and_counts_each_annex_as_the_seed_does()
    {
        var (exitCode, lines) = Check(RepositoryPaths.Listings);

        exitCode.ShouldBe(0, string.Join("\n", lines));
        var counted = lines.Select(l => SummaryRow.Match(l))
            .Where(m => m.Success && !m.Groups["added"].Success)
            .Select(m => $"{m.Groups["list"].Value} {m.Groups["label"].Value}: {m.Groups["count"].Value}")
            .OrderBy(s => s, StringComparer.Ordinal);
        var seed = SeedText.BulletCounts()
            .Select(pair => $"{pair.Key.ListId} {pair.Key.Label}: {pair.Value}")
            .OrderBy(s => s, StringComparer.Ordinal);
        counted.ShouldBe(seed);
    }

    [Fact]
    public void A_garbage_line_appended_to_a_listing_fails_the_check_at_that_line()
    {
        var folder = Directory.CreateTempSubdirectory("listings-check-");
        try
        {
            var source = File.ReadAllText(Path.Combine(RepositoryPaths.Listings, "psychotropes", "partie-3.listing"));
            if (!source.EndsWith('\n'))
                source += "\n";
            var garbageLine = source.Count(c => c == '\n') + 1;
            var file = Path.Combine(folder.FullName, "partie-3.listing");
            File.WriteAllText(file, source + "n'importe quoi\n");

            var (exitCode, lines) = Check(folder.FullName);

            exitCode.ShouldBe(1);
            // The temporary folder is not below the working directory, so the CLI shows the full path.
            var shown = Path.GetFullPath(file).Replace('\\', '/');
            lines.ShouldContain(l => l.StartsWith($"{shown}({garbageLine},1): error LST0001: ", StringComparison.Ordinal),
                string.Join("\n", lines));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_path_fails_the_check_and_is_named()
    {
        var missing = Path.Combine(Path.GetTempPath(), "listings-check-" + Guid.NewGuid().ToString("N"), "absent.listing");

        var (exitCode, lines) = Check(missing);

        exitCode.ShouldBe(1);
        lines.ShouldContain(l => l.StartsWith(missing + ": error LST0006", StringComparison.Ordinal), string.Join("\n", lines));
    }
}
