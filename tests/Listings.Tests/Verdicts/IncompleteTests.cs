using System;
using System.Linq;
using Listings.Cli;
using Listings.French;
using Listings.Runtime;
using Listings.Tests.Cli;
using Listings.Tests.Cli.Classify;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Verdicts;

/// <summary>
/// Issue 14, "incompleteness": the sources name arrêtés that change the lists without giving what they
/// changed (sources/actes-cites.txt lines 5, 11, 13, 15; the consolidated texts' lines 38 and 22). An
/// answer on a date when one may apply says so in a field of its own; its status does not change.
/// </summary>
public class IncompleteTests
{
    private static void TitlesArePrinted()
    {
        SeedText.LinesOf("actes-cites.txt")[4].ShouldStartWith("Arrêté du 14 février 2012 modifiant les arrêtés du 22 février 1990");
        SeedText.LinesOf("actes-cites.txt")[10].ShouldStartWith("Arrêté du 7 juin 2010 modifiant l’arrêté du 22 février 1990");
        SeedText.LinesOf("actes-cites.txt")[12].ShouldStartWith("Arrêté du 11 mai 2010 modifiant l’arrêté du 22 février 1990");
        SeedText.LinesOf("actes-cites.txt")[14].ShouldStartWith("Arrêté du 12 juin 2009 modifiant l’arrêté du 22 février 1990");
    }

    [Theory]
    [InlineData("méphédrone")]
    [InlineData("paracétamol")]
    public void A_name_no_encoded_act_lists_stays_not_listed_after_2010_and_the_answer_names_the_acts_it_cannot_rule_out(string name)
    {
        TitlesArePrinted();

        var answer = FrenchListings.Classify(name, new DateTime(2024, 1, 1));

        answer.Status.ShouldBe(ClassificationStatus.NotListed);
        FrenchListings.All.Quick(name, new DateTime(2024, 1, 1)).Status.ShouldBe(ClassificationStatus.NotListed);
        answer.Incomplete.Select(a => (a.Act, string.Join("+", a.Lists), a.InForce, a.InForceAssumed)).ShouldBe(new (string, string, DateTime?, bool)[]
        {
            ("arrete-2009-06-12", "psychotropes", new DateTime(2009, 6, 13), true),
            ("arrete-2010-05-11", "stupefiants", new DateTime(2010, 5, 12), true),
            ("arrete-2010-06-07", "stupefiants", new DateTime(2010, 6, 8), true),
            ("arrete-2012-02-14", "psychotropes+stupefiants", new DateTime(2012, 2, 15), true),
        });
    }

    [Fact]
    public void Only_the_acts_that_may_already_apply_are_named_and_none_before_the_first()
    {
        FrenchListings.Classify("méphédrone", new DateTime(2009, 6, 12)).Incomplete.ShouldBeEmpty();
        FrenchListings.Classify("méphédrone", new DateTime(2010, 5, 12)).Incomplete.Select(a => a.Act)
            .ShouldBe(new[] { "arrete-2009-06-12", "arrete-2010-05-11" });
        // A listed name carries it too: the act may have removed it.
        var cocaine = FrenchListings.Classify("cocaïne", new DateTime(2024, 1, 1));
        cocaine.Status.ShouldBe(ClassificationStatus.Listed);
        cocaine.Incomplete.Count.ShouldBe(4);
    }

    [Fact]
    public void A_list_classifier_names_only_the_acts_that_may_have_changed_its_list()
    {
        FrenchListings.Psychotropes.Classify(new ClassificationQuery("méphédrone", new DateTime(2024, 1, 1))).Incomplete.Select(a => a.Act)
            .ShouldBe(new[] { "arrete-2009-06-12", "arrete-2012-02-14" });
    }

    [Fact]
    public void The_jsonl_answer_has_the_incomplete_field_and_the_text_output_says_it_in_one_line()
    {
        var answer = JsonlRunner.Answer("{\"name\":\"méphédrone\",\"on\":\"2024-01-01\"}");
        answer.Str("status").ShouldBe("not-listed");
        var incomplete = answer.GetProperty("incomplete").EnumerateArray().ToList();
        incomplete.Select(a => a.Str("act")).ShouldBe(new[] { "arrete-2009-06-12", "arrete-2010-05-11", "arrete-2010-06-07", "arrete-2012-02-14" });
        incomplete[3].GetProperty("lists").EnumerateArray().Select(l => l.GetString()).ShouldBe(new[] { "psychotropes", "stupefiants" });
        incomplete[3].Str("in_force").ShouldBe("2012-02-15");
        incomplete[3].GetProperty("in_force_assumed").GetBoolean().ShouldBeTrue();

        var run = CliRunner.Run("classify", "--listings", RepositoryPaths.Listings, "--on", "2024-01-01", "méphédrone");
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.Split('\n').Count(l => l.Contains("arrete-2012-02-14")).ShouldBe(1, run.Output);
        run.Output.ShouldContain("not-listed");
    }

    [Fact]
    public void Export_and_diff_name_the_acts_of_unknown_content()
    {
        var export = CliRunner.Run("export", "--format", "json", "--on", "2024-01-01", RepositoryPaths.Listings);
        export.ExitCode.ShouldBe(0, export.ToString());
        using var exported = System.Text.Json.JsonDocument.Parse(export.Output);
        var psychotropes = exported.RootElement.EnumerateArray().Single(l => l.Str("id") == "psychotropes");
        psychotropes.GetProperty("incomplete").EnumerateArray().Select(a => a.Str("mark")).ShouldBe(new[] { "arrete-2009-06-12", "arrete-2012-02-14" });

        var diff = CliRunner.Run("diff", "--from", "2009-01-01", "--to", "2010-06-01", "--format", "json", RepositoryPaths.Listings);
        diff.ExitCode.ShouldBe(0, diff.ToString());
        using var report = System.Text.Json.JsonDocument.Parse(diff.Output);
        report.RootElement.GetProperty("incomplete").EnumerateArray().Select(a => a.Str("mark")).ShouldBe(new[] { "arrete-2009-06-12", "arrete-2010-05-11" });
    }
}
