using System;
using System.Collections.Generic;
using System.Linq;
using Listings.French;
using Listings.Grammar.Syntax;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Classifying;

/// <summary>
/// Every bullet of the seed's annexes and parts, asked of the generated classifier today: it must land
/// in the list and annex the seed prints it under. The bullets, their sections and the entries that
/// transcribe them are read off the seed and the listings at test time.
/// </summary>
public class SeedEntriesClassifyTests
{
    private static readonly SeedSection PartTwo = new(SeedText.Psychotropes, "partie", "2");

    [Fact]
    public void Every_seed_substance_classifies_today_to_its_own_list_and_annex_under_its_own_entry()
    {
        var failures = new List<string>();
        var asked = 0;
        foreach (var match in SeedEntries.Match())
        {
            var bullet = match.Bullet;
            if (match.Entry is null)
            {
                failures.Add($"{bullet.Where} ({bullet.Section}) \"{bullet.Text}\": {match.Problem}");
                continue;
            }
            if (match.Entry is not SubstanceEntrySyntax substance)
                continue;
            asked++;
            var answer = Ask.Name(substance.Name.Value);
            if (!answer.Classifications.Any(c => c.List == bullet.ListId && c.Annex == bullet.AnnexId && c.Entry == substance.Name.Value))
                failures.Add($"{bullet.Where} ({bullet.Section}) \"{bullet.Text}\": {answer.Show()}");
        }

        failures.ShouldBeEmpty();
        // every bullet but the preparations of psychotropes part 2 names a substance
        asked.ShouldBe(SeedText.AnnexBullets().Count - SeedText.BulletCounts()[PartTwo]);
    }

    [Fact]
    public void Every_preparation_of_psychotropes_part_2_classifies_to_part_2_by_the_route_its_bullet_names()
    {
        var failures = new List<string>();
        var asked = 0;
        foreach (var match in SeedEntries.Match())
        {
            if (match.Entry is not PreparationEntrySyntax preparation)
                continue;
            asked++;
            var bullet = match.Bullet;
            var route = RouteOf(bullet.Text);
            var query = new ClassificationQuery(preparation.Substance.Value, Ask.Today) { Route = route };
            var answer = FrenchListings.All.Classify(query);
            if (!answer.Has(bullet.ListId, bullet.AnnexId))
                failures.Add($"{bullet.Where} ({bullet.Section}) \"{bullet.Text}\", asked as {route}: {answer.Show()}");
        }

        asked.ShouldBe(SeedText.BulletCounts()[PartTwo]);
        failures.ShouldBeEmpty();
    }

    /// <summary>"préparations autres qu’injectables …" → an oral one; "préparations injectables …" → an injectable one.</summary>
    private static QueryRoute RouteOf(string bulletText)
    {
        var key = NameFolding.Key(bulletText);
        if (key.StartsWith("preparations autres qu'injectables ", StringComparison.Ordinal))
            return QueryRoute.Oral;
        if (key.StartsWith("preparations injectables ", StringComparison.Ordinal))
            return QueryRoute.Injectable;
        throw new InvalidOperationException($"The test cannot read the route of the bullet \"{bulletText}\".");
    }
}
