using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Listings.French;
using Listings.Runtime;
using Shouldly;
using Xunit;

namespace Listings.Tests.Classifying;

/// <summary>
/// The explained answer shares what is a fact of the tables (an entry's classification on a date, the
/// incomplete acts, the regimes) between the answers that give it. An answer must not depend on what
/// was asked before it, and an application that writes into one answer's lists must not change another.
/// </summary>
public class ExplainedAnswerSharingTests
{
    private static readonly DateTime[] Dates =
    {
        new(1970, 1, 1), new(1990, 6, 8), new(2000, 4, 19), new(2008, 3, 8), new(2010, 5, 12), new(2021, 12, 31), new(2024, 1, 1), new(2030, 1, 1),
    };

    private static IEnumerable<string> Names() =>
        FrenchListings.All.Tables.EntryTitles.Distinct()
            .Concat(new[] { "chlorhydrate de kétamine", "médicament à base de clonazépam", "GBL", "cannabis", "dextrométhorphane", "chlorhydrate de cocaïne" });

    private static string Render(ClassificationAnswer answer) => JsonSerializer.Serialize(answer);

    [Fact]
    public void An_answer_does_not_depend_on_the_questions_asked_before_it()
    {
        // Two classifiers of the same tables, asked the same questions in opposite orders of date (the
        // shared classifications are built for the acts in force on the first date asked).
        var forward = new Classifier(FrenchListings.All.Tables);
        var backward = new Classifier(FrenchListings.All.Tables);
        var names = Names().ToArray();
        var asked = new Dictionary<(string, DateTime), string>();
        foreach (var on in Dates)
            foreach (var name in names)
                asked[(name, on)] = Render(forward.Classify(new ClassificationQuery(name, on)));

        var differ = new List<string>();
        foreach (var on in Dates.Reverse())
            foreach (var name in names)
                if (Render(backward.Classify(new ClassificationQuery(name, on))) != asked[(name, on)])
                    differ.Add($"{name} on {on:yyyy-MM-dd}");

        differ.ShouldBeEmpty();
        asked.Values.Count(a => a.Contains("\"acts\":[{", StringComparison.Ordinal)).ShouldBeGreaterThan(names.Length);
    }

    [Fact]
    public void Writing_into_one_answer_does_not_change_another()
    {
        var classifier = new Classifier(FrenchListings.All.Tables);
        ClassificationAnswer Ask() => classifier.Classify(new ClassificationQuery("chlorhydrate de kétamine", new DateTime(2024, 1, 1)));
        var first = Ask();
        var expected = Render(first);
        first.Classifications.ShouldNotBeEmpty();
        first.Incomplete.ShouldNotBeEmpty();
        first.Regimes.ShouldNotBeEmpty();

        // What an application could write through a cast: each list, and the lists inside its items.
        // (An answer's own list may be writable: then only that answer changes.)
        Overwrite(first.Classifications[0].Acts, null);
        Overwrite(first.Incomplete[0].Lists, "altered");
        Overwrite(first.Regimes[0].Names, "altered");
        Overwrite(first.Classifications, null);
        Overwrite(first.Incomplete, null);
        Overwrite(first.Regimes, null);

        Render(Ask()).ShouldBe(expected);
    }

    private static void Overwrite<T>(IReadOnlyList<T> list, T value)
    {
        if (list.Count > 0 && list is IList<T> writable)
        {
            try
            {
                writable[0] = value;
            }
            catch (NotSupportedException)
            {
                // Read-only: the answer's list cannot be written.
            }
        }
    }

    [Fact]
    public void A_heading_asked_again_on_another_day_is_answered_as_a_fresh_classifier_answers_it()
    {
        // Headings asked as printed, with a date only, are kept per period of the tables: the second day
        // of each pair is answered from what the first built when both fall in one period. Pairs inside
        // a period and across the changes the tests elsewhere read off the sources (PMMA on 2009-02-28,
        // the unknown-content acts of 2010, the hemp arrêté of 2021).
        var pairs = new (DateTime First, DateTime Then)[]
        {
            (new(2024, 1, 1), new(2024, 6, 1)), (new(1995, 1, 1), new(1990, 6, 8)), (new(2009, 2, 27), new(2009, 2, 28)),
            (new(2009, 3, 1), new(2009, 2, 28)), (new(2010, 5, 11), new(2010, 5, 12)), (new(2021, 12, 30), new(2022, 1, 1)),
        };
        var names = FrenchListings.All.Tables.EntryTitles.Distinct().ToArray();
        var differ = new List<string>();
        foreach (var (first, then) in pairs)
        {
            var kept = new Classifier(FrenchListings.All.Tables);
            foreach (var name in names)
                kept.Classify(new ClassificationQuery(name, first));
            var fresh = new Classifier(FrenchListings.All.Tables);
            foreach (var name in names)
                if (Render(kept.Classify(new ClassificationQuery(name, then))) != Render(fresh.Classify(new ClassificationQuery(name, then))))
                    differ.Add($"{name} on {then:yyyy-MM-dd} after {first:yyyy-MM-dd}");
        }
        differ.ShouldBeEmpty();
    }

    [Fact]
    public void Writing_into_the_first_answer_about_a_heading_does_not_change_the_next()
    {
        var classifier = new Classifier(FrenchListings.All.Tables);
        var on = new DateTime(2024, 1, 1);
        foreach (var name in FrenchListings.All.Tables.EntryTitles.Distinct())
        {
            var first = classifier.Classify(new ClassificationQuery(name, on));
            var expected = Render(first);
            Overwrite(first.Classifications, null);
            Overwrite(first.Exceptions, null);
            Overwrite(first.Notes, null);
            Overwrite(first.Undetermined, null);
            Overwrite(first.Interpretations, null);
            Render(classifier.Classify(new ClassificationQuery(name, on))).ShouldBe(expected, name);
        }
    }

    [Fact]
    public void An_explained_answer_about_a_name_allocates_at_most_256_bytes()
    {
        var classifier = FrenchListings.All;
        var names = FrenchListings.All.Tables.EntryTitles.Distinct().ToArray();
        var on = new DateTime(2024, 1, 1);
        foreach (var name in names)
            classifier.Classify(new ClassificationQuery(name, on));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var listed = 0;
        foreach (var name in names)
            if (classifier.Classify(new ClassificationQuery(name, on)).Status == ClassificationStatus.Listed)
                listed++;
        var perAnswer = (GC.GetAllocatedBytesForCurrentThread() - before) / names.Length;

        listed.ShouldBeGreaterThan(names.Length / 2);
        perAnswer.ShouldBeLessThanOrEqualTo(256L, $"bytes per answer (the query included), {names.Length} names");
    }
}
