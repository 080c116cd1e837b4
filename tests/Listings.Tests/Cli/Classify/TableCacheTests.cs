using System.IO;
using System.Linq;
using System.Text;
using Listings.Cli;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Cli.Classify;

/// <summary>
/// <c>classify</c> keeps a listing set's compiled tables between runs (<see cref="TableCache"/>): a run
/// from the cache answers exactly as one that compiled the listings, and any change to the listings is
/// compiled again, never answered from the tables of the files before it.
/// </summary>
public class TableCacheTests
{
    private const string Listing = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990

        annexe I de stupefiants
        comprend les substances ci-après désignées
        comprend les sels des substances
        - "Cocaïne"

        """;

    private static CliRun Classify(TableCache cache, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = ListingsCli.Run(args, new CliContext(output, error, () => new MemoryStream()) { TableCache = cache });
        return new CliRun(code, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_run_from_the_cache_answers_as_the_run_that_compiled_the_French_listings()
    {
        using var fixture = new ListingFixture("table-cache-");
        var cache = new TableCache(fixture.PathOf("cache"));
        var args = new[] { "classify", "--on", "2024-01-01", "--listings", RepositoryPaths.Listings, "chlorhydrate de cocaïne", "cannabis", "caféine", "HHC" };

        var compiled = CliRunner.Run(args);
        var first = Classify(cache, args);
        Directory.GetFiles(cache.Directory, "*.tables").Length.ShouldBe(1, "the first run stores the tables");
        var fromCache = Classify(cache, args);

        compiled.ExitCode.ShouldBe(0, compiled.ToString());
        first.ShouldBe(compiled);
        fromCache.ShouldBe(compiled);
    }

    [Fact]
    public void An_edited_listing_is_compiled_again()
    {
        using var fixture = new ListingFixture("table-cache-");
        var cache = new TableCache(fixture.PathOf("cache"));
        var path = fixture.Write("listings/a.listing", Listing);
        Classify(cache, "classify", "--on", "2024-01-01", "--listings", path, "morphine").Output.ShouldContain("not-listed");

        fixture.Write("listings/a.listing", Listing.Replace("\"Cocaïne\"", "\"Morphine\""));
        var after = Classify(cache, "classify", "--on", "2024-01-01", "--listings", path, "morphine");

        after.Output.ShouldContain(": listed");
        Directory.GetFiles(cache.Directory, "*.tables").Length.ShouldBe(2);
    }

    [Fact]
    public void A_set_with_errors_is_not_stored_and_its_errors_are_printed_each_run()
    {
        using var fixture = new ListingFixture("table-cache-");
        var cache = new TableCache(fixture.PathOf("cache"));
        var path = fixture.Write("listings/a.listing", Listing + "n'importe quoi\n");

        for (var run = 0; run < 2; run++)
        {
            var result = Classify(cache, "classify", "--on", "2024-01-01", "--listings", path, "cocaïne");
            result.ExitCode.ShouldBe(1);
            result.Error.ShouldContain("error LST0001");
        }
        Directory.Exists(cache.Directory).ShouldBeFalse();
    }

    [Fact]
    public void Every_table_reads_back_as_written_and_a_damaged_file_is_a_miss()
    {
        using var fixture = new ListingFixture("table-cache-");
        var cache = new TableCache(fixture.PathOf("cache"));
        var set = ListingSet.Load(new[] { RepositoryPaths.Listings });
        var files = ListingFiles.Find(new[] { RepositoryPaths.Listings }, out _);
        var identity = TableCache.Identity(files);

        cache.Write(identity, set.Tables);
        var read = cache.TryRead(identity);

        read.ShouldNotBeNull();
        var fields = typeof(ClassifierTables).GetFields();
        fields.Length.ShouldBeGreaterThan(30);
        foreach (var field in fields)
            ((System.Collections.IEnumerable)field.GetValue(read)!).Cast<object>()
                .ShouldBe(((System.Collections.IEnumerable)field.GetValue(set.Tables)!).Cast<object>(), field.Name);

        var file = Directory.GetFiles(cache.Directory, "*.tables").Single();
        File.WriteAllBytes(file, File.ReadAllBytes(file)[..^1]);
        cache.TryRead(identity).ShouldBeNull();
        File.WriteAllText(file, "not tables", Encoding.UTF8);
        cache.TryRead(identity).ShouldBeNull();
        cache.Write(identity, set.Tables);
        var other = identity + " ";
        File.Copy(Path.Combine(cache.Directory, TableCache.Key(identity) + ".tables"), Path.Combine(cache.Directory, TableCache.Key(other) + ".tables"));
        cache.TryRead(other).ShouldBeNull("the tables of another set under the same file name are a miss");
    }

    [Fact]
    public void It_keeps_the_sets_used_last_and_no_more()
    {
        using var fixture = new ListingFixture("table-cache-");
        var cache = new TableCache(fixture.PathOf("cache"));
        var first = fixture.Write("listings/first.listing", Listing);
        Classify(cache, "classify", "--listings", first, "cocaïne");
        var firstTables = Directory.GetFiles(cache.Directory, "*.tables").Single();
        for (var n = 0; n < TableCache.Capacity + 3; n++)
        {
            File.SetLastWriteTimeUtc(firstTables, System.DateTime.UtcNow.AddDays(1)); // used last
            var path = fixture.Write($"listings/set-{n}.listing", Listing.Replace("Cocaïne", $"Substance {n}"));
            Classify(cache, "classify", "--listings", path, "cocaïne").ExitCode.ShouldBe(0);
        }

        Directory.GetFiles(cache.Directory, "*.tables").Length.ShouldBe(TableCache.Capacity);
        File.Exists(firstTables).ShouldBeTrue();
    }
}
