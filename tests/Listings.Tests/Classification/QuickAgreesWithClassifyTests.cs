using System;
using System.Collections.Generic;
using System.Linq;
using Listings.French;
using Listings.Runtime;
using Shouldly;
using Xunit;

namespace Listings.Tests.Classifying;

/// <summary>
/// The allocation-free path (<see cref="Classifier.Quick"/>) is for screening; it must never say
/// something else than the explained answer (<see cref="Classifier.Classify"/>) for the same name and
/// date. Compared on every name of the French listings and on their salt, isomer and case variants.
/// </summary>
public class QuickAgreesWithClassifyTests
{
    private static readonly DateTime[] Dates =
    {
        new(1990, 6, 7), new(1990, 6, 8), new(2000, 4, 19), new(2008, 3, 8), new(2023, 6, 13), new(2024, 1, 1),
    };

    private static IEnumerable<string> Queries()
    {
        var names = FrenchListings.All.Tables.NameKeys.Distinct().ToList();
        foreach (var name in names)
        {
            yield return name;
            yield return name.ToUpperInvariant();
            yield return "chlorhydrate de " + name;
            yield return "sulfate d'" + name;
            yield return name + " hydrochloride";
            yield return "dextro" + name;
            yield return "levo" + name;
            yield return "d-" + name;
            yield return "ester methylique de " + name;
        }
        foreach (var other in new[] { "caféine", "paracétamol", "Cathin", "", "   ", "chlorhydrate de", "dextro", "bromhydrate de dextrométhorphane" })
            yield return other;
    }

    [Fact]
    public void Quick_gives_the_status_and_entry_of_the_full_answer_for_every_name_and_variant()
    {
        var classifier = FrenchListings.All;
        var disagreements = new List<string>();
        foreach (var query in Queries())
        {
            foreach (var date in Dates)
            {
                var full = classifier.Classify(new ClassificationQuery(query, date));
                var quick = classifier.Quick(query, date);
                if (quick.Status != full.Status)
                    disagreements.Add($"« {query} » on {date:yyyy-MM-dd}: quick {quick.Status}, full {full.Status}");
                else if (quick.Status == ClassificationStatus.Listed && quick.Entry >= 0
                    && !full.Classifications.Any(c => c.Entry == classifier.EntryTitle(quick.Entry) && c.Annex == classifier.EntryAnnex(quick.Entry)))
                    disagreements.Add($"« {query} » on {date:yyyy-MM-dd}: quick names « {classifier.EntryTitle(quick.Entry)} », full does not");
            }
        }

        disagreements.ShouldBeEmpty();
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
