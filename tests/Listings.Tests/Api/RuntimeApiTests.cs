using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Cli;
using Listings.Cli.Export;
using Listings.French;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Api;

/// <summary>What an application asks of the generated classifiers (issue 15): dates as DateOnly, a batch, the entries and acts, the lists on a date, an interface, readable answers.</summary>
public class RuntimeApiTests
{
    private static readonly DateTime On = new(2024, 1, 1);

    [Fact]
    public void A_DateOnly_gives_the_answer_its_day_gives()
    {
        var day = new DateOnly(2024, 1, 1);
        foreach (var name in new[] { "chlorhydrate de cocaïne", "HHC", "dextrométhorphane", "pas une substance" })
        {
            FrenchListings.All.Classify(name, day).ToString().ShouldBe(FrenchListings.Classify(name, On).ToString());
            FrenchListings.All.Quick(name, day).ShouldBe(FrenchListings.All.Quick(name, On));
            new ClassificationQuery(name, day).On.ShouldBe(On);
        }
        // The HHC decision entered into force on 2023-06-13: the day, not the time, decides.
        FrenchListings.All.Classify("HHC", new DateOnly(2023, 6, 12)).Status.ShouldBe(ClassificationStatus.NotListed);
        FrenchListings.All.Classify("HHC", new DateOnly(2023, 6, 13)).Status.ShouldBe(ClassificationStatus.Listed);
    }

    [Fact]
    public void A_batch_answers_each_query_in_its_order_as_one_query_would()
    {
        var names = new[] { "Cathine", "pas une substance", "chlorhydrate de cocaïne", "HHC", "Cathine" };
        var queries = names.Select((n, i) => new ClassificationQuery(n, On.AddYears(-i * 10))).ToList();

        var answers = FrenchListings.All.ClassifyAll(queries);

        answers.Select(a => a.ToString()).ShouldBe(queries.Select(q => FrenchListings.All.Classify(q).ToString()));
        answers.Select(a => a.Name).ShouldBe(names);
        FrenchListings.Psychotropes.ClassifyAll(queries).Select(a => a.Status)
            .ShouldBe(queries.Select(q => FrenchListings.Psychotropes.Classify(q).Status));
        Should.Throw<ArgumentNullException>(() => FrenchListings.All.ClassifyAll(null!));
    }

    [Fact]
    public void The_entries_on_a_date_are_the_entries_listings_export_prints_for_it()
    {
        var set = ListingSet.Load(new[] { RepositoryPaths.Listings });
        foreach (var on in new[] { new DateTime(1995, 1, 1), new DateTime(2023, 6, 12), On })
        {
            var exported = ListingExport.Of(set, on)
                .SelectMany(l => l.Annexes.SelectMany(a => a.Entries.Select(e => $"{l.Id} {a.Kind} {a.Id}: {e.Name} {e.Location} [{string.Join("; ", e.Exceptions)}] acts {string.Join(",", e.Acts.Select(x => x.Mark))}")))
                .OrderBy(x => x, StringComparer.Ordinal);
            var entries = set.Classifier.EntriesOn(on)
                .Select(e => $"{e.List} {e.AnnexKind} {e.Annex}: {e.Name} {e.Location} [{string.Join("; ", e.Exceptions)}] acts {string.Join(",", e.Acts.Select(x => x.Mark))}")
                .OrderBy(x => x, StringComparer.Ordinal);

            entries.ShouldBe(exported, $"on {on:yyyy-MM-dd}");
        }
    }

    [Fact]
    public void The_entries_say_when_they_are_in_force_and_an_entry_added_later_is_not_on_an_earlier_date()
    {
        var hhc = FrenchListings.All.Entries.Single(e => e.Name == "Hexahydrocannabinol");
        hhc.From.ShouldBe(new DateTime(2023, 6, 13));
        hhc.InForceOn(new DateTime(2023, 6, 12)).ShouldBeFalse();
        hhc.InForceOn(new DateTime(2023, 6, 13, 18, 0, 0)).ShouldBeTrue();
        FrenchListings.All.EntriesOn(new DateOnly(2023, 6, 12)).Select(e => e.Location).ShouldNotContain(hhc.Location);
        FrenchListings.All.EntriesOn(On).Select(e => e.Location).ShouldContain(hhc.Location);
        hhc.ToString().ShouldBe($"Hexahydrocannabinol ({hhc.List}, {hhc.AnnexKind} {hhc.Annex})");
        FrenchListings.All.EntryOf(FrenchListings.All.Quick("HHC", On)).ShouldBe(hhc);

        // Every entry's acts are acts of the classifier; each list's entries are the classifier's, of that list.
        var acts = FrenchListings.All.Acts;
        acts.ShouldContain(a => a.Mark == "decision-hhc-2023" && a.InForce == new DateTime(2023, 6, 13));
        FrenchListings.All.Entries.SelectMany(e => e.Acts).ShouldAllBe(a => acts.Contains(a));
        FrenchListings.Stupefiants.Entries.ShouldBe(FrenchListings.All.Entries.Where(e => e.List == "stupefiants"));
        FrenchListings.Psychotropes.EntriesOn(On).Select(e => e.Location)
            .ShouldBe(FrenchListings.All.EntriesOn(On).Where(e => e.List == "psychotropes").Select(e => e.Location));
        FrenchListings.Psychotropes.Acts.ShouldNotBeEmpty();
        FrenchListings.Psychotropes.Acts.ShouldAllBe(a => FrenchListings.Psychotropes.Entries.Any(e => e.Acts.Contains(a)));
    }

    [Fact]
    public void A_quick_answer_names_its_entry()
    {
        var quick = FrenchListings.All.Quick("chlorhydrate de cocaïne", On);

        quick.ToString().ShouldBe("listed (via salt)");
        FrenchListings.All.EntryOf(quick)!.Name.ShouldBe("Cocaïne");
        FrenchListings.All.EntryOf(FrenchListings.All.Quick("pas une substance", On)).ShouldBeNull();
        FrenchListings.All.Quick("pas une substance", On).ToString().ShouldBe("not-listed");
    }

    [Fact]
    public void An_answer_prints_as_its_verdict_and_what_it_rests_on()
    {
        var answer = FrenchListings.Classify("chlorhydrate de cocaïne", On);

        answer.ToString().ShouldBe("chlorhydrate de cocaïne — 2024-01-01: listed\n  stupefiants, annexe I: « Cocaïne » (via salt)");
        answer.Classifications[0].Acts[0].ToString().ShouldStartWith("(1) Arrêté du 22/02/1990");
        answer.Classifications[0].Acts[0].ToString().ShouldEndWith("(in force 1990-06-08)");

        var exempted = FrenchListings.Classify("dextrométhorphane", On);
        exempted.ToString().ShouldStartWith("dextrométhorphane — 2024-01-01: exempted\n  exception (stupefiants ");
    }

    /// <summary>An application's service, written against the interface; the test hands it the generated classifier and a fake.</summary>
    private sealed class Screening
    {
        private readonly ISubstanceClassifier _classifier;

        public Screening(ISubstanceClassifier classifier) => _classifier = classifier;

        public bool Blocks(string name) => _classifier.Classify(name, On).Status == ClassificationStatus.Listed;
    }

    private sealed class EverythingListed : ISubstanceClassifier
    {
        public ClassificationAnswer Classify(ClassificationQuery query) =>
            new(query.Name, query.On, ClassificationStatus.Listed, Array.Empty<Classification>(), Array.Empty<AppliedException>(), Array.Empty<AnswerNote>());

        public IReadOnlyList<ClassificationAnswer> ClassifyAll(IEnumerable<ClassificationQuery> queries) => queries.Select(Classify).ToList();

        public IReadOnlyList<ListingEntry> Entries => Array.Empty<ListingEntry>();

        public IReadOnlyList<ActReference> Acts => Array.Empty<ActReference>();

        public IReadOnlyList<ListingEntry> EntriesOn(DateTime on) => Array.Empty<ListingEntry>();
    }

    [Fact]
    public void An_application_takes_the_classifier_through_its_interface_and_a_test_can_fake_it()
    {
        new Screening(FrenchListings.All).Blocks("cocaïne").ShouldBeTrue();
        new Screening(FrenchListings.All).Blocks("paracétamol").ShouldBeFalse();
        new Screening(FrenchListings.Psychotropes).Blocks("cocaïne").ShouldBeFalse();
        new Screening(new EverythingListed()).Blocks("paracétamol").ShouldBeTrue();
    }
}
