using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Listings;

/// <summary>
/// The listings and the legal texts travel together: every listing cites its source as
/// <c># Source : sources/FILE, lines N–M</c>, every cited range exists and is text, every text of
/// <c>sources/</c> is cited by some listing and described in <c>sources/README.md</c>, and nothing in the
/// listings points outside the repository.
/// </summary>
public class SourceCitationTests
{
    private static readonly Regex Citation = new(@"^# Source : sources/(?<file>[^,\s]+), lines? (?<from>\d+)(?:[–-](?<to>\d+))?", RegexOptions.Multiline);

    private static IReadOnlyList<string> ListingFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.Listings, "*.listing", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal).ToList();

    private static IReadOnlyList<string> SourceTexts() =>
        Directory.EnumerateFiles(RepositoryPaths.Sources, "*.txt")
            .Select(Path.GetFileName).OfType<string>().OrderBy(p => p, StringComparer.Ordinal).ToList();

    private static IEnumerable<(string Listing, string File, int From, int To)> Citations() =>
        from listing in ListingFiles()
        from Match match in Citation.Matches(File.ReadAllText(listing))
        let first = int.Parse(match.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture)
        let last = match.Groups["to"].Success ? int.Parse(match.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture) : first
        select (Path.GetRelativePath(RepositoryPaths.Root, listing).Replace('\\', '/'), match.Groups["file"].Value, first, last);

    [Fact]
    public void Every_listing_cites_its_source()
    {
        var uncited = ListingFiles().Where(l => !Citation.IsMatch(File.ReadAllText(l)))
            .Select(l => Path.GetRelativePath(RepositoryPaths.Root, l)).ToList();

        ListingFiles().ShouldNotBeEmpty();
        uncited.ShouldBeEmpty();
    }

    [Fact]
    public void Every_cited_range_exists_and_starts_and_ends_on_text()
    {
        var problems = new List<string>();
        foreach (var (listing, file, from, to) in Citations())
        {
            var path = Path.Combine(RepositoryPaths.Sources, file);
            if (!File.Exists(path))
            {
                problems.Add($"{listing}: cites sources/{file}, which does not exist");
                continue;
            }
            var lines = SeedText.LinesOf(file);
            if (from < 1 || to < from || to > lines.Count)
                problems.Add($"{listing}: cites sources/{file} lines {from}–{to}, the file has {lines.Count} lines");
            else if (lines[from - 1].Trim().Length == 0 || lines[to - 1].Trim().Length == 0)
                problems.Add($"{listing}: cites sources/{file} lines {from}–{to}, which starts or ends on a blank line");
        }

        Citations().ShouldNotBeEmpty();
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Every_text_of_sources_is_cited_by_a_listing_and_described_in_its_readme()
    {
        var cited = Citations().Select(c => c.File).ToHashSet(StringComparer.Ordinal);
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Sources, "README.md"));

        SourceTexts().ShouldNotBeEmpty();
        SourceTexts().Where(f => !cited.Contains(f)).ShouldBeEmpty("texts of sources/ that no listing cites");
        SourceTexts().Where(f => !readme.Contains("`" + f + "`", StringComparison.Ordinal)).ShouldBeEmpty("texts sources/README.md does not describe");
    }

    [Fact]
    public void The_texts_of_sources_are_plain_utf8()
    {
        foreach (var file in SourceTexts())
        {
            var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Sources, file));
            Should.NotThrow(() => new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), file);
            (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF).ShouldBeFalse(file + " starts with a byte-order mark");
            bytes.ShouldNotContain((byte)'\r', file + " has CR line ends");
        }
    }

    [Fact]
    public void No_listing_points_outside_the_repository()
    {
        var outside = new Regex(@"\.\./share[d]|/share[d]/|LISTINGS\.md|(^|[\s(""])/(wor[k]|home|tmp|Users)/", RegexOptions.Multiline);
        var offenders = ListingFiles().Where(l => outside.IsMatch(File.ReadAllText(l)))
            .Select(l => Path.GetRelativePath(RepositoryPaths.Root, l)).ToList();

        offenders.ShouldBeEmpty();
    }
}
