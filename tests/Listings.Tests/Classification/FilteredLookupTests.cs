using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Listings.Compiler.Binding;
using Listings.Compiler.Tables;
using Listings.French;
using Listings.Grammar.Parsing;
using Listings.Runtime;
using Shouldly;
using Xunit;

namespace Listings.Tests.Classifying;

/// <summary>
/// On large tables a filter of hashes stands in front of the name index and of the headings
/// (<c>HashFilter</c>): it may only spare the lookup of a name that is not there. A filter that turned
/// away a name that is there would make a listed substance "not listed"; these tests look every name
/// up through the filters.
/// </summary>
public class FilteredLookupTests
{
    private static readonly DateTime[] Dates = { new(2000, 4, 19), new(2024, 1, 1) };

    [Fact]
    public void Filters_in_front_of_the_French_tables_change_no_answer_to_any_name_however_written()
    {
        // The French tables are small enough to do without filters; this classifier has them anyway.
        var plain = FrenchListings.All;
        var filtered = new Classifier(plain.Tables, filterFrom: 0);
        var differences = new List<string>();
        var listed = 0;
        foreach (var (query, why) in QuickAgreesWithClassifyTests.Queries())
        {
            foreach (var date in Dates)
            {
                var expected = plain.Quick(query, date);
                var actual = filtered.Quick(query, date);
                if (actual.Status != expected.Status || actual.Entry != expected.Entry || actual.Via != expected.Via)
                    differences.Add($"« {query} » ({why}) on {date:yyyy-MM-dd}: {actual.Status} {actual.Entry} via {actual.Via}, without filters {expected.Status} {expected.Entry} via {expected.Via}");
                if (expected.Status == ClassificationStatus.Listed)
                    listed++;
            }
        }

        listed.ShouldBeGreaterThan(10_000);
        differences.Take(50).ShouldBeEmpty($"{differences.Count} differences");
    }

    [Fact]
    public void The_explained_answer_to_every_French_heading_is_the_same_through_the_filters()
    {
        var plain = FrenchListings.All;
        var filtered = new Classifier(plain.Tables, filterFrom: 0);
        var on = new DateTime(2024, 1, 1);
        foreach (var title in plain.Tables.EntryTitles.Distinct())
        {
            var expected = plain.Classify(new ClassificationQuery(title, on));
            var actual = filtered.Classify(new ClassificationQuery(title, on));
            actual.Status.ShouldBe(expected.Status, title);
            actual.Classifications.Select(c => c.Entry + " " + c.Annex).ShouldBe(expected.Classifications.Select(c => c.Entry + " " + c.Annex), title);
        }
    }

    [Fact]
    public void Every_heading_alias_and_salt_of_a_large_listing_is_found_through_the_filters()
    {
        // More entries than the filters' threshold: the classifier puts them in front of its tables by itself.
        const int entries = 17_000;
        var text = new StringBuilder();
        text.Append("liste synth \"Liste synthétique\" fixée par (1)\n");
        text.Append("acte (1) de synth : arrêté du 22/02/1990 \"acte synthétique\" JO du 07/06/1990\n");
        text.Append("annexe 1 de synth\ncomprend les substances ci-après désignées\ncomprend les sels des substances, isomères, esters et éthers\n");
        for (var n = 0; n < entries; n++)
            text.AppendFormat(CultureInfo.InvariantCulture, "- \"Synthétamine {0:000000}\" ou \"SYN-{0}\" (1)\n", n);
        var parsed = ListingParser.Parse("synthetic.listing", text.ToString());
        parsed.Diagnostics.ShouldBeEmpty();
        var bound = ListingBinder.Bind(new[] { parsed.Document });
        bound.Diagnostics.ShouldBeEmpty();
        var classifier = new Classifier(TableBuilder.Build(bound.Model));
        var on = new DateTime(2024, 1, 1);

        var missed = new List<string>();
        for (var n = 0; n < entries; n++)
        {
            var title = string.Format(CultureInfo.InvariantCulture, "Synthétamine {0:000000}", n);
            foreach (var (query, via) in new[] { (title, Via.Name), ($"SYN-{n}", Via.Alias), (title.ToUpperInvariant(), Via.Name), ("chlorhydrate de " + title, Via.Salt) })
            {
                var answer = classifier.Quick(query, on);
                if (answer.Status != ClassificationStatus.Listed || classifier.EntryTitle(answer.Entry) != title || answer.Via != via)
                    missed.Add($"« {query} »: {answer.Status} via {answer.Via}");
            }
        }

        missed.Take(50).ShouldBeEmpty($"{missed.Count} names not found");
        classifier.Quick("Synthétamine 999999", on).Status.ShouldBe(ClassificationStatus.NotListed);

        // Through the filters too, a quick answer allocates nothing.
        var queries = new[] { "Synthétamine 000042", "SYNTHÉTAMINE 000042", "chlorhydrate de synthétamine 000042", "syn-42", "Synthétamine 999999" };
        foreach (var query in queries)
            classifier.Quick(query, on);
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var query in queries)
            classifier.Quick(query, on);
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0L);
    }
}
