using Listings.Runtime;
using Listings.Tests.Classifying;
using Shouldly;
using Xunit;

namespace Listings.Tests.Matching;

/// <summary>
/// Per-unit quantities are read with the same name forms as names. Diphénoxylate (sources/1990-02-22-
/// stupefiants.txt, line 93): "à l’exception des préparations orales en renfermant par dose unitaire,
/// une quantité maximale de 2,5 mg calculés en base en association avec une quantité d’au moins 0,025
/// mg de sulfate d’atropine". Where the act counts the base and the query gives a salt (or the other
/// way round), only what holds for any salt is concluded, and the answer says why.
/// </summary>
public class PerUnitTests
{
    private static readonly Printed Exception = Printed.Stupefiants(93, "une quantité maximale de 2,5 mg calculés en base en association avec une quantité d’au moins 0,025 mg de sulfate d’atropine");

    private static ClassificationAnswer Oral(params (string Substance, decimal Milligrams)[] perUnit)
    {
        Exception.ShouldBeOnItsLine();
        return Ask.Preparation("diphénoxylate", QueryRoute.Oral, perUnit);
    }

    [Theory]
    [InlineData("sulfate d'atropine")]
    [InlineData("sulfate d’atropine")]
    [InlineData("atropine sulfate")]
    [InlineData("Atropine Sulphate")]
    [InlineData("sulfate de atropine")]
    public void The_salt_the_act_counts_is_found_under_any_of_its_names(string atropine)
    {
        var answer = Oral(("diphénoxylate", 2.5m), (atropine, 0.025m));

        answer.Status.ShouldBe(ClassificationStatus.Exempted, answer.Show());
    }

    [Theory]
    [InlineData("Diphénoxylate")]
    [InlineData("diphenoxylate")]
    [InlineData("diphénoxylate base")]
    [InlineData("diphénoxylate en base")]
    public void The_base_the_act_counts_is_found_under_any_spelling(string diphenoxylate)
    {
        var answer = Oral((diphenoxylate, 2.5m), ("sulfate d'atropine", 0.025m));

        answer.Status.ShouldBe(ClassificationStatus.Exempted, answer.Show());
    }

    [Theory]
    [InlineData(2.5)]
    [InlineData(1)]
    public void A_salt_within_the_limit_on_the_base_keeps_its_base_within_it_and_the_answer_says_why(decimal milligrams)
    {
        var answer = Oral(("chlorhydrate de diphénoxylate", milligrams), ("sulfate d'atropine", 0.025m));

        answer.Status.ShouldBe(ClassificationStatus.Exempted, answer.Show());
        answer.Notes.ShouldContain(n => n.Text.Contains("chlorhydrate de diphénoxylate") && n.Text.Contains("un sel pèse plus que la base"), answer.Show());
    }

    [Fact]
    public void A_salt_over_the_limit_on_the_base_cannot_be_decided_so_the_preparation_stays_listed_and_the_answer_says_why()
    {
        var answer = Oral(("chlorhydrate de diphénoxylate", 2.6m), ("sulfate d'atropine", 0.025m));

        answer.Status.ShouldBe(ClassificationStatus.Listed, answer.Show());
        answer.Classifications.ShouldContain(c => c.Entry == "Diphénoxylate" && c.Via == Via.Preparation, answer.Show());
        answer.Notes.ShouldContain(n => n.Text.Contains("ne peut pas être vérifiée") && n.Text.Contains("n'est pas appliquée"), answer.Show());
    }

    [Fact]
    public void A_base_that_reaches_the_lower_limit_on_its_salt_reaches_it_in_salt_too()
    {
        var answer = Oral(("diphénoxylate", 2.5m), ("atropine", 0.025m));

        answer.Status.ShouldBe(ClassificationStatus.Exempted, answer.Show());
        answer.Notes.ShouldContain(n => n.Text.Contains("« atropine »"), answer.Show());
    }

    [Theory]
    [InlineData("atropine", 0.02)]
    [InlineData("bromhydrate d'atropine", 0.03)]
    public void Another_form_that_cannot_be_compared_with_the_salt_the_act_counts_leaves_the_preparation_listed(string atropine, decimal milligrams)
    {
        var answer = Oral(("diphénoxylate", 2.5m), (atropine, milligrams));

        answer.Status.ShouldBe(ClassificationStatus.Listed, answer.Show());
        answer.Notes.ShouldContain(n => n.Text.Contains("n'est pas appliquée"), answer.Show());
    }

    [Fact]
    public void The_amphetamine_tablet_is_excepted_with_its_salt_named_either_way()
    {
        // line 195: "la préparation présentée en comprimés et renfermant par comprimé : sulfate d’amphétamine 0,005 g, phénobarbital 0,100 g"
        Printed.Stupefiants(195, "sulfate d’amphétamine 0,005 g, phénobarbital 0,100 g").ShouldBeOnItsLine();

        var answer = Ask.Preparation("amphétamine", QueryRoute.Oral, ("amphetamine sulfate", 5m), ("Phénobarbital", 100m));

        answer.Exceptions.ShouldContain(e => e.Entry == "Amphétamine" && e.Applied, answer.Show());
    }
}

/// <summary>
/// Psychotropes part 2 lists preparations only (sources/1990-02-22-psychotropes.txt, lines 101-104),
/// received from stupéfiants annex III: a preparation named in any spelling, or as a salt, reaches them.
/// </summary>
public class PartTwoTests
{
    [Theory]
    [InlineData("acide gamma hydroxybutyrique", QueryRoute.Injectable, 104, "acide gamma-hydroxybutyrique")]
    [InlineData("gamma-hydroxybutyrate de sodium", QueryRoute.Injectable, 104, "acide gamma-hydroxybutyrique")]
    [InlineData("benz-phétamine", QueryRoute.Oral, 101, "benzphétamine")]
    [InlineData("chlorhydrate de benzphétamine", QueryRoute.Oral, 101, "benzphétamine")]
    [InlineData("méfénorex chlorhydrate", QueryRoute.Other, 102, "méfénorex")]
    [InlineData("Phentermine HCl", QueryRoute.Oral, 103, "phentermine")]
    public void A_preparation_named_in_any_spelling_or_as_a_salt_is_a_psychotrope_of_part_2(string typed, QueryRoute route, int line, string substance)
    {
        Printed.Psychotropes(line, substance).ShouldBeOnItsLine();

        var answer = Ask.Preparation(typed, route);

        answer.Classifications.ShouldContain(c => c.List == Support.SeedText.Psychotropes && c.Annex == "2" && c.Entry.Contains(substance)
            && c.Via == Via.Preparation, answer.Show());
    }
}
