using System;
using System.Linq;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;
using static Listings.Tests.Binding.BindingFixtures;

namespace Listings.Tests.Binding;

/// <summary>
/// The amendment timeline: each change takes effect on its amendment's day — its own date when it
/// gives one, else its act's entry into force — for every statement alike; a day's changes do not
/// depend on the order they are written in; contradictions are reported.
/// </summary>
public class AmendmentTimelineTests
{
    private static readonly DateTime DayBefore2 = InForce2.AddDays(-1);

    private static EverySurface Amended(string amendment) => EverySurface.Of(("a.listing", List + AnnexI + AnnexII + amendment));

    [Fact]
    public void An_added_entry_is_listed_from_the_day_its_act_enters_into_force()
    {
        using var set = Amended("""
            amendement par (2)
            ajoute à stupefiants annexe I
            - "Héroïne"
            """);

        set.Compiler.ShouldBeEmpty(set.Show());
        set.Classify("Héroïne", DayBefore2).Status.ShouldBe(ClassificationStatus.NotListed);
        var answer = set.Classify("Héroïne", InForce2);
        answer.Status.ShouldBe(ClassificationStatus.Listed);
        answer.Classifications.Single().Acts.ShouldHaveSingleItem().Mark.ShouldBe("(2)");
    }

    [Fact]
    public void An_amendments_own_date_applies_to_its_additions_as_to_its_removals()
    {
        using var set = Amended("""
            amendement par (2) en vigueur le 01/01/2030
            ajoute à stupefiants annexe I
            - "Héroïne"
            retire "Cocaïne" de stupefiants annexe I
            """);

        set.Classify("Héroïne", new DateTime(2029, 12, 31)).Status.ShouldBe(ClassificationStatus.NotListed);
        set.Classify("Héroïne", new DateTime(2030, 1, 1)).Status.ShouldBe(ClassificationStatus.Listed);
        set.Classify("Cocaïne", new DateTime(2029, 12, 31)).Status.ShouldBe(ClassificationStatus.Listed);
        set.Classify("Cocaïne", new DateTime(2030, 1, 1)).Status.ShouldBe(ClassificationStatus.NotListed);
    }

    [Fact]
    public void A_removed_entry_is_listed_until_the_day_before_its_removal()
    {
        using var set = Amended("""
            amendement par (2)
            retire "Cocaïne" de stupefiants annexe I
            """);

        set.Classify("Cocaïne", DayBefore2).Status.ShouldBe(ClassificationStatus.Listed);
        set.Classify("Cocaïne", InForce2).Status.ShouldBe(ClassificationStatus.NotListed);
    }

    [Fact]
    public void A_transferred_entry_changes_annex_on_the_acts_day_and_takes_the_new_annexs_rules()
    {
        using var set = EverySurface.Of(("a.listing", List + AnnexI + """
            annexe II de stupefiants
            comprend les substances ci-après désignées
            amendement par (2)
            transfère "Cocaïne" de stupefiants annexe I à stupefiants annexe II
            """));

        set.Classify("Cocaïne", DayBefore2).Classifications.ShouldHaveSingleItem().Annex.ShouldBe("I");
        set.Classify("Cocaïne", InForce2).Classifications.ShouldHaveSingleItem().Annex.ShouldBe("II");
        // Annex II does not include salts.
        set.Classify("chlorhydrate de cocaïne", DayBefore2).Status.ShouldBe(ClassificationStatus.Listed);
        set.Classify("chlorhydrate de cocaïne", InForce2).Status.ShouldBe(ClassificationStatus.NotListed);
    }

    [Fact]
    public void A_modification_changes_what_the_entry_includes_from_the_acts_day()
    {
        using var set = Amended("""
            amendement par (2)
            modifie "Cocaïne" de stupefiants annexe I : avec ses isomères
            """);

        set.Classify("lévo-cocaïne", DayBefore2).Status.ShouldBe(ClassificationStatus.NotListed);
        set.Classify("lévo-cocaïne", InForce2).Status.ShouldBe(ClassificationStatus.Listed);
    }

    [Fact]
    public void An_addition_by_an_act_with_no_publication_date_is_dated_the_day_after_signature_and_the_answer_says_so()
    {
        using var set = Amended("""
            acte decision-2023 de stupefiants : décision du 12/06/2023 "modifiant la liste" JO inconnu
            amendement par decision-2023
            ajoute à stupefiants annexe inconnue
            - "Hexahydrocannabinol"
            """);

        set.Classify("Hexahydrocannabinol", new DateTime(2023, 6, 12)).Status.ShouldBe(ClassificationStatus.NotListed);
        var answer = set.Classify("Hexahydrocannabinol", new DateTime(2023, 6, 13));
        answer.Status.ShouldBe(ClassificationStatus.Listed);
        answer.Classifications.Single().Acts.Single().InForceAssumed.ShouldBeTrue();
        answer.Notes.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_removal_by_an_act_with_no_publication_date_is_assumed_on_the_day_after_signature_and_the_answer_says_so()
    {
        using var set = Amended("""
            acte (3) de stupefiants : arrêté du 01/03/2001 "modifiant la liste" JO inconnu
            amendement par (3)
            retire "Cocaïne" de stupefiants annexe I
            """);

        set.Classify("Cocaïne", new DateTime(2001, 3, 1)).Status.ShouldBe(ClassificationStatus.Listed);
        var answer = set.Classify("Cocaïne", new DateTime(2001, 3, 2));
        answer.Status.ShouldBe(ClassificationStatus.NotListed);
        answer.Notes.ShouldHaveSingleItem().Text.ShouldContain("(3)");
        answer.Notes.Single().Text.ShouldContain("02/03/2001");
    }

    [Fact]
    public void An_addition_to_a_list_that_is_not_declared_is_an_unknown_list_not_an_unknown_act()
    {
        var amendment = """
            amendement par (2)
            ajoute à stupefiantz annexe I
            - "Héroïne"
            """;
        using var set = Amended(amendment);

        var error = set.Single("LST1001");
        (error.Line, error.Column).ShouldBe(ListingFixture.PositionOf(List + AnnexI + AnnexII + amendment, "stupefiantz"));
        set.Reported("LST1002").ShouldBeEmpty();
    }

    [Fact]
    public void A_statement_naming_an_entry_not_in_force_is_an_error_at_the_name()
    {
        var amendment = """
            amendement par (2)
            retire "Héroïne" de stupefiants annexe I
            """;
        using var set = Amended(amendment);

        var error = set.Single("LST1003");
        (error.Line, error.Column).ShouldBe(ListingFixture.PositionOf(List + AnnexI + AnnexII + amendment, "\"Héroïne\""));
    }

    [Fact]
    public void One_act_moving_an_entry_and_back_on_the_same_day_is_an_error_at_the_second_transfer()
    {
        var amendment = """
            amendement par (2)
            transfère "Cocaïne" de stupefiants annexe I à stupefiants annexe II
            transfère "Cocaïne" de stupefiants annexe II à stupefiants annexe I
            """;
        var text = List + AnnexI + AnnexII + amendment;
        using var set = Amended(amendment);

        var error = set.Single("LST1014");
        (error.Line, error.Column).ShouldBe(ListingFixture.PositionOf(text, "\"Cocaïne\"", 3));
        error.Message.ShouldContain($"a.listing({ListingFixture.LineOf(text, "annexe I à")},1)");
        set.CheckExitCode.ShouldBe(1);
    }

    [Theory]
    [InlineData("(2)", "(3)")]
    [InlineData("(3)", "(2)")]
    public void Two_acts_of_one_day_moving_an_entry_in_opposite_directions_are_reported_at_the_change_of_the_act_applied_second(string first, string second)
    {
        // Acts (2) and (3) are both published on 29/07/1995.
        var amendments = $"""
            acte (3) de stupefiants : arrêté du 20/07/1995 "modifiant la liste" JO du 29/07/1995
            amendement par {first}
            transfère "Cocaïne" de stupefiants annexe I à stupefiants annexe II
            amendement par {second}
            transfère "Cocaïne" de stupefiants annexe II à stupefiants annexe I
            """;
        var text = List + AnnexI + AnnexII + amendments;
        using var set = Amended(amendments);

        // A day's acts apply in the order of their keys: (2), then (3). The finding stands at (3)'s change,
        // wherever the listing writes it.
        var warning = set.Single("LST2009");
        var at = first == "(3)" ? "annexe I à" : "annexe II à";
        (warning.Line, warning.Column, warning.Severity).ShouldBe((ListingFixture.LineOf(text, at), 11, "warning"));
        warning.Message.ShouldContain("act (3)");
    }
}
