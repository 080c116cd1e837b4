using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Grammar.Syntax;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Listings;

/// <summary>
/// The listings against the legal texts they transcribe (<c>sources/1990-02-22-stupefiants.txt</c>,
/// <c>sources/1990-02-22-psychotropes.txt</c>, <c>sources/2023-06-12-decision-hhc.txt</c>): every bullet
/// of every annex and part, every numbered act, and the 2023 HHC decision. The expected content is
/// read off the texts at test time; nothing here is copied by hand from either side.
/// </summary>
public class SeedCoverageTests
{
    [Fact]
    public void The_seed_annexes_and_parts_hold_262_bullets()
    {
        // 103 + 10 + 50 + 30 bullets in stupéfiants annexes I–IV, 63 + 4 + 2 in psychotropes parts 1–3
        SeedText.AnnexBullets().Count.ShouldBe(262);
    }

    [Fact]
    public void Every_listing_parses_without_diagnostics()
    {
        var diagnostics = RepositoryListings.Results.SelectMany(r => r.Diagnostics).Select(d => d.ToString()).ToList();

        RepositoryListings.Results.ShouldNotBeEmpty();
        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Each_annex_and_part_holds_as_many_entries_as_the_seed_has_bullets()
    {
        var expected = SeedText.BulletCounts()
            .Select(pair => $"{pair.Key}: {pair.Value}")
            .OrderBy(s => s, StringComparer.Ordinal);
        var actual = SeedEntries.ListedSections()
            .Select(pair => $"{pair.Key}: {pair.Value.Count}")
            .OrderBy(s => s, StringComparer.Ordinal);

        actual.ShouldBe(expected);
    }

    [Fact]
    public void Every_seed_bullet_is_matched_by_exactly_one_entry_of_its_annex()
    {
        var problems = new List<string>();
        var chosen = new Dictionary<EntrySyntax, SeedBullet>(ReferenceEqualityComparer.Instance);
        foreach (var match in SeedEntries.Match())
        {
            if (match.Entry is null)
            {
                problems.Add($"{match.Bullet.Where}: {match.Problem}");
                continue;
            }
            if (chosen.TryGetValue(match.Entry, out var other))
            {
                problems.Add($"{match.Bullet.Section}: entry \"{match.Entry.Title.Value}\" matches both {other.Where} and {match.Bullet.Where}");
                continue;
            }
            chosen[match.Entry] = match.Bullet;
        }

        problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(SeedText.Stupefiants, 20)] // (1) (2) (3) (6) (7) (8) (9) (13) (17) … (28)
    [InlineData(SeedText.Psychotropes, 5)] // (1) (5) (10) (14) (16)
    public void Every_numbered_act_of_the_seed_table_is_declared_with_its_signature_and_JO_dates(string listId, int numberedActs)
    {
        var seedActs = SeedText.NumberedActs(listId);
        seedActs.Count.ShouldBe(numberedActs);

        var problems = new List<string>();
        foreach (var seed in seedActs)
        {
            var declared = Acts().Where(a => a.NumberingList == listId && a.Id.Mark == seed.Mark).ToList();
            if (declared.Count != 1)
            {
                problems.Add($"{seed.Where}: acte ({seed.Mark}) de {listId} is declared {declared.Count} times");
                continue;
            }
            var act = declared[0];
            if (act.Kind != ActKind.Arrete)
                problems.Add($"{seed.Where}: acte ({seed.Mark}) de {listId} is a {act.Kind}, the seed says Arrêté");
            if (AsDate(act.Signed) != seed.Signed)
                problems.Add($"{seed.Where}: acte ({seed.Mark}) de {listId} signed {act.Signed.Iso}, the seed says {seed.Signed:yyyy-MM-dd}");
            if (act.Published is null || AsDate(act.Published) != seed.Published)
                problems.Add($"{seed.Where}: acte ({seed.Mark}) de {listId} published {act.Published?.Iso ?? "(none)"}, the seed says J.O. du {seed.Published:yyyy-MM-dd}");
        }

        problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(SeedText.Stupefiants)]
    [InlineData(SeedText.Psychotropes)]
    public void No_numbered_act_is_declared_that_the_seed_table_does_not_list(string listId)
    {
        var seedMarks = SeedText.NumberedActs(listId).Select(a => a.Mark).ToHashSet();

        var invented = Acts().Where(a => a.NumberingList == listId && a.Id.Mark is { } mark && !seedMarks.Contains(mark))
            .Select(a => $"acte ({a.Id.Mark}) de {listId} at {a.Span}");

        invented.ShouldBeEmpty();
    }

    [Fact]
    public void The_2023_decision_adds_exactly_the_three_substances_of_the_seed()
    {
        var (signed, names) = SeedText.HhcDecision();
        signed.ShouldBe(new DateOnly(2023, 6, 12));
        names.Count.ShouldBe(3);

        var decision = Acts().Where(a => a.Kind == ActKind.Decision && a.Signed.IsKnown && AsDate(a.Signed) == signed)
            .ShouldHaveSingleItem();
        var additions = RepositoryListings.Documents.SelectMany(d => d.Amendments)
            .Where(a => a.Act.Mark == decision.Id.Mark && a.Act.Identifier == decision.Id.Identifier)
            .SelectMany(a => a.Operations.OfType<AdditionSyntax>())
            .ToList();

        additions.ShouldAllBe(a => a.Target.ListId == SeedText.Stupefiants);
        additions.SelectMany(a => a.Entries).Select(e => e.Title.Value).ShouldBe(names, ignoreOrder: true);
    }

    private static IEnumerable<ActSyntax> Acts() => RepositoryListings.Documents.SelectMany(d => d.Acts);

    private static DateOnly? AsDate(LegalDate date) => date.IsKnown ? new DateOnly(date.Year, date.Month, date.Day) : null;
}
