using System;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;
using static Listings.Tests.Binding.BindingFixtures;

namespace Listings.Tests.Binding;

/// <summary>The first pass: each list and each act is declared once; list ids are told apart by more than case or accents.</summary>
public class ActsAndListsTests
{
    // Act (13), in force on 19/04/2000, founds the list a second time in another file.
    private const string SecondDeclaration = """
        acte (13) de stupefiants : arrêté du 24/03/2000 "modifiant la liste" JO du 18/04/2000
        liste stupefiants "Liste des stupéfiants" fixée par (13)
        """;

    [Theory]
    [InlineData("b.listing")]
    [InlineData("0.listing")]
    public void A_list_declared_twice_is_an_error_at_both_declarations(string other)
    {
        using var set = EverySurface.Of(("a.listing", List + AnnexI), (other, SecondDeclaration));

        var reported = set.Reported("LST1008");
        reported.Count.ShouldBe(2, set.Show());
        reported.ShouldContain(d => d.Path == "a.listing" && d.Line == 1 && d.Column == 1 && d.Message.Contains(other + "(2,1)"));
        reported.ShouldContain(d => d.Path == other && d.Line == 2 && d.Column == 1 && d.Message.Contains("a.listing(1,1)"));
        set.CheckExitCode.ShouldBe(1);
    }

    [Theory]
    [InlineData("b.listing")]
    [InlineData("0.listing")]
    public void A_list_declared_twice_keeps_its_earlier_founding_act_whichever_file_is_read_first(string other)
    {
        // Cocaïne has no mark: it is dated from the founding act, (1) in 1990, not (13) in 2000.
        using var set = EverySurface.Of(("a.listing", List + AnnexI), (other, SecondDeclaration));

        set.Classify("Cocaïne", new DateTime(1995, 1, 1)).Status.ShouldBe(ClassificationStatus.Listed);
    }

    [Fact]
    public void An_act_declared_twice_is_an_error_at_both_declarations()
    {
        const string again = "acte (2) de stupefiants : arrêté du 13/10/2003 \"modifiant la liste\" JO du 23/10/2003\n";
        using var set = EverySurface.Of(("a.listing", List + AnnexI), ("b.listing", again));

        var reported = set.Reported("LST1005");
        reported.Count.ShouldBe(2, set.Show());
        // The act's mark: "acte (2)" → column 6.
        reported.ShouldContain(d => d.Path == "a.listing" && d.Line == 3 && d.Column == 6);
        reported.ShouldContain(d => d.Path == "b.listing" && d.Line == 1 && d.Column == 6);
    }

    [Theory]
    [InlineData("Stupefiants")]
    [InlineData("stupéfiants")]
    public void Two_lists_whose_ids_differ_only_by_case_or_accents_are_an_error_at_both(string lookAlike)
    {
        var text = List + AnnexI + $"liste {lookAlike} \"Liste des stupéfiants\" fixée par (1)\nannexe I de {lookAlike}\n";
        using var set = EverySurface.Of(("a.listing", text));

        var reported = set.Reported("LST1013");
        reported.Count.ShouldBe(2, set.Show());
        reported.ShouldContain(d => d.Line == 1 && d.Column == 1);
        reported.ShouldContain(d => d.Line == ListingFixture.LineOf(text, $"liste {lookAlike}") && d.Column == 1);
    }
}
