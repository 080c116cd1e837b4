using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Listings.Compiler.Binding;
using Listings.French;
using Listings.Runtime;
using Listings.Tests.Matching;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Classifying;

/// <summary>
/// The allocation-free path (<see cref="Classifier.Quick"/>) is for screening; it must never say
/// something else than the explained answer (<see cref="Classifier.Classify"/>) for the same name and
/// date. Compared on every question of the name-form tests, and on every name and alias the French
/// listings write, under each rule of how names are matched.
/// </summary>
public class QuickAgreesWithClassifyTests
{
    private static readonly DateTime[] Dates =
    {
        new(1990, 6, 7), new(1990, 6, 8), new(2000, 4, 19), new(2008, 3, 8), new(2021, 12, 31), new(2023, 6, 13), new(2024, 1, 1),
    };

    /// <summary>Every name, alias and cited name as the French listings write it.</summary>
    private static IReadOnlyList<string> ListedNames()
    {
        var model = ListingBinder.Bind(RepositoryListings.Documents).Model;
        return model.Entries.SelectMany(e => e.Names).Select(n => n.Text).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    /// <summary>One rule of how names are matched: a name, written the other way that rule allows.</summary>
    private static readonly (string Rule, Func<string, IEnumerable<string>> Variants)[] Rules =
    {
        ("as written", n => new[] { n }),
        ("case", n => new[] { n.ToUpperInvariant(), n.ToLowerInvariant() }),
        ("accents", n => new[] { TextFolding.Fold(n) }),
        ("spacing", n => new[] { n.Replace(" ", ""), n.Replace(" ", "-"), n.Replace("-", " "), n.Replace("-", ""), "  " + n.Replace(" ", "   ") + " " }),
        ("apostrophes", n => new[] { n.Replace('’', '\''), n.Replace('\'', '’'), n.Replace("’", "").Replace("'", " ") }),
        ("number", n => new[] { Plural(n), n.EndsWith("s", StringComparison.Ordinal) ? n.Substring(0, n.Length - 1) : n }),
        ("salts", n => SaltWords.Table.SelectMany(w => new[] { w.French + " de " + n, n + " " + w.Spellings[w.Spellings.Count - 1] })
            .Concat(new[] { "dichlorhydrate de " + n, n + " trihydrate", "chlorhydrate de " + n + " monohydraté", n + " (chlorhydrate de)", n + " base" })),
        ("isomers", n => IsomerPrefixes.Table.Select(p => p.Written + n).Concat(new[] { "chlorhydrate de lévo" + n, "racémate de " + n, n + " racémique" })),
        ("esters and ethers", n => new[] { "ester méthylique de " + n, "éthers de " + n, n + " methyl ester", "chlorhydrate de l'ester éthylique de " + n }),
        ("cited names", n => new[] { "intermédiaire de " + n, "intermédiaire A de la " + n, n + " intermediate B", "méthobromure de " + n, n + " cubensis",
            "produits qui intègrent des " + n }),
    };

    private static string Plural(string name)
    {
        var space = name.IndexOf(' ');
        return space < 0 ? name + "s" : name.Substring(0, space) + "s" + name.Substring(space);
    }

    internal static IEnumerable<(string Query, string Why)> Queries()
    {
        foreach (var question in Questions.Spellings.Concat(Questions.HhcSpellings).Concat(Questions.Numbers).Concat(Questions.Isomers)
            .Concat(Questions.ExceptedIsomers).Concat(Questions.NotExcepted))
            yield return (question.Typed, question.ToString());
        foreach (var name in Questions.NotForms.Concat(DerogationTests.Plants).Concat(DerogationTests.Extracts))
            yield return (name, "a question of the name-form tests");
        foreach (var row in SaltWordTests.Cases().Concat(SaltWordTests.Multiplied()).Concat(CitedNameTests.EveryCitedName()))
            yield return ((string)row[0], "a question of the salt and cited-name tests");
        foreach (var name in ListedNames())
            foreach (var (rule, variants) in Rules)
                foreach (var variant in variants(name))
                    yield return (variant, $"« {name} » under the rule '{rule}'");
        foreach (var other in new[] { "caféine", "paracétamol", "", "   ", "chlorhydrate de", "dextro", "(", "de", "intermédiaire", ", de", "( de)" })
            yield return (other, "not a name");
    }

    [Fact]
    public void Quick_gives_the_status_and_entry_of_the_full_answer_for_every_question_and_every_listed_name_under_each_rule()
    {
        var classifier = FrenchListings.All;
        var disagreements = new List<string>();
        var asked = 0;
        foreach (var (query, why) in Queries())
        {
            foreach (var date in Dates)
            {
                asked++;
                var full = classifier.Classify(new ClassificationQuery(query, date));
                var quick = classifier.Quick(query, date);
                if (quick.Status != full.Status)
                    disagreements.Add($"« {query} » ({why}) on {date:yyyy-MM-dd}: quick {quick.Status}, full {full.Status}");
                else if (quick.Status == ClassificationStatus.Listed
                    && !full.Classifications.Any(c => c.Entry == classifier.EntryTitle(quick.Entry) && c.Annex == classifier.EntryAnnex(quick.Entry) && c.Via == quick.Via))
                    disagreements.Add($"« {query} » ({why}) on {date:yyyy-MM-dd}: quick names « {classifier.EntryTitle(quick.Entry)} » via {quick.Via}, full does not");
                else if (quick.Status == ClassificationStatus.Exempted
                    && !full.Exceptions.Any(e => e.Applied && e.Entry == classifier.EntryTitle(quick.Entry) && e.Annex == classifier.EntryAnnex(quick.Entry)))
                    disagreements.Add($"« {query} » ({why}) on {date:yyyy-MM-dd}: quick exempts by « {classifier.EntryTitle(quick.Entry)} », full does not");
            }
        }

        asked.ShouldBeGreaterThan(100_000);
        disagreements.Take(50).ShouldBeEmpty($"{disagreements.Count} disagreements of {asked}");
    }

    [Fact]
    public void Quick_allocates_nothing_however_the_name_is_written()
    {
        var classifier = FrenchListings.All;
        var queries = Queries().Select(q => q.Query).ToArray();
        var on = new DateTime(2024, 1, 1);
        foreach (var query in queries)
            classifier.Quick(query, on);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var listed = 0;
        foreach (var query in queries)
            if (classifier.Quick(query, on).Status == ClassificationStatus.Listed)
                listed++;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        listed.ShouldBeGreaterThan(queries.Length / 4);
        allocated.ShouldBe(0L, $"{queries.Length} names");
    }

    [Fact]
    public void Quick_finds_a_salt_by_its_French_and_English_names()
    {
        var salt = FrenchListings.All.Quick("Chlorhydrate  de COCAÏNE", new DateTime(2024, 1, 1));
        var english = FrenchListings.All.Quick("cocaine hydrochloride", new DateTime(2024, 1, 1));

        salt.Status.ShouldBe(ClassificationStatus.Listed);
        salt.Via.ShouldBe(Via.Salt);
        FrenchListings.All.EntryTitle(salt.Entry).ShouldBe("Cocaïne");
        english.Entry.ShouldBe(salt.Entry);
    }
}
