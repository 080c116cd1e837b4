using System;
using System.Linq;
using Listings.French;
using Listings.Runtime;
using Listings.Tests.Classifying;
using Listings.Tests.Cli.Classify;
using Listings.Tests.Matching;
using Shouldly;
using Xunit;

namespace Listings.Tests.Verdicts;

/// <summary>
/// Issue 14, "interpretations": the hemp arrêté of 30 December 2021 names neither annex I nor its
/// "Cannabis" (sources/2021-12-30-arrete-chanvre.txt); tying it to that entry is the listing editor's
/// reading, and every answer that uses the derogation says so, with the act's supporting words. A
/// content within the arrêté's measurement tolerance of its ceiling gets a note citing the tolerance
/// (line 104); the ceiling itself stays 0,30 % (line 24).
/// </summary>
public class InterpretationTests
{
    private static readonly DateTime On = new(2024, 1, 1);

    private static ClassificationAnswer Hemp(string name, decimal? thc, bool? catalogued = true) =>
        FrenchListings.All.Classify(new ClassificationQuery(name, On) { ThcPercent = thc, CatalogueVariety = catalogued });

    [Fact]
    public void A_hemp_answer_carries_the_editor_s_reading_with_the_act_s_words()
    {
        // line 53: "… portant application de l'article R. 5181 du code de la santé publique pour le cannabis."
        Printed.Hemp(53, "pour le cannabis").ShouldBeOnItsLine();
        Printed.Hemp(24, "n'est pas supérieure à 0,30 %").ShouldBeOnItsLine();

        foreach (var (thc, status) in new[] { (0.2m, ClassificationStatus.Exempted), (0.5m, ClassificationStatus.Listed) })
        {
            var answer = Hemp("chanvre", thc);
            answer.Status.ShouldBe(status, answer.Show());
            var reading = answer.Interpretations.ShouldHaveSingleItem();
            (reading.List, reading.Annex, reading.Entry, reading.Act).ShouldBe(("stupefiants", "I", "Cannabis", "arrete-chanvre-2021"));
            reading.Reading.ShouldContain("ne nomme ni l’annexe I ni l’inscription « Cannabis »");
            reading.Words.ShouldContain(w => w.Contains("pour le cannabis"));
        }
    }

    [Fact]
    public void The_stupefiants_classifier_alone_carries_the_reading_and_the_psychotropes_one_does_not()
    {
        var query = new ClassificationQuery("chanvre", On) { ThcPercent = 0.2m, CatalogueVariety = true };
        var reading = FrenchListings.Stupefiants.Classify(query).Interpretations.ShouldHaveSingleItem();
        (reading.List, reading.Entry, reading.Act).ShouldBe(("stupefiants", "Cannabis", "arrete-chanvre-2021"));
        FrenchListings.Psychotropes.Classify(query).Interpretations.ShouldBeEmpty();
    }

    [Fact]
    public void An_answer_that_does_not_use_the_derogation_has_no_reading()
    {
        FrenchListings.Classify("cannabis", On).Interpretations.ShouldBeEmpty();
        FrenchListings.Classify("cocaïne", On).Interpretations.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("0.27", ClassificationStatus.Exempted)]
    [InlineData("0.30", ClassificationStatus.Exempted)]
    [InlineData("0.31", ClassificationStatus.Listed)]
    [InlineData("0.33", ClassificationStatus.Listed)]
    public void A_content_within_the_tolerance_of_the_ceiling_gets_a_note_citing_it_and_the_ceiling_stays_0_30(string thc, ClassificationStatus status)
    {
        // line 104: "Le résultat est affecté d'une tolérance de 0,03 % en valeur absolue."
        Printed.Hemp(104, "Le résultat est affecté d'une tolérance de 0,03 % en valeur absolue.").ShouldBeOnItsLine();

        var answer = Hemp("chanvre", decimal.Parse(thc, System.Globalization.CultureInfo.InvariantCulture));

        answer.Status.ShouldBe(status, answer.Show());
        answer.Notes.ShouldContain(n => n.Text.Contains("tolérance de 0,03 % en valeur absolue") && n.Text.Contains("0,30 %"), answer.Show());
    }

    [Theory]
    [InlineData("0.26")]
    [InlineData("0.34")]
    public void A_content_farther_from_the_ceiling_than_the_tolerance_gets_no_tolerance_note(string thc)
    {
        var answer = Hemp("chanvre", decimal.Parse(thc, System.Globalization.CultureInfo.InvariantCulture));

        answer.Notes.ShouldNotContain(n => n.Text.Contains("tolérance"));
    }

    [Fact]
    public void An_extract_s_ceiling_has_no_tolerance_in_the_act_and_gets_no_note()
    {
        // line 36, III: extracts "n'est pas supérieure à 0,30 %", and the method of the annex is the varieties' (line 50).
        Printed.Hemp(36, "extraits de chanvre").ShouldBeOnItsLine();

        var answer = Hemp("extraits de chanvre", 0.31m, catalogued: null);

        answer.Status.ShouldBe(ClassificationStatus.Listed, answer.Show());
        answer.Notes.ShouldNotContain(n => n.Text.Contains("tolérance"));
        answer.Interpretations.ShouldHaveSingleItem().Act.ShouldBe("arrete-chanvre-2021");
    }

    [Fact]
    public void The_jsonl_answer_has_the_interpretations_field()
    {
        var answer = JsonlRunner.Answer("{\"name\":\"chanvre\",\"on\":\"2024-01-01\",\"thc_percent\":0.2,\"catalogue_variety\":true}");

        answer.Str("status").ShouldBe("exempted");
        var reading = answer.GetProperty("interpretations").EnumerateArray().ShouldHaveSingleItem();
        reading.Str("act").ShouldBe("arrete-chanvre-2021");
        reading.Str("entry").ShouldBe("Cannabis");
        reading.GetProperty("words").EnumerateArray().ShouldContain(w => w.GetString()!.Contains("pour le cannabis"));
    }
}
