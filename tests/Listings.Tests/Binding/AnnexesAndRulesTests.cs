using System.Linq;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;
using static Listings.Tests.Binding.BindingFixtures;

namespace Listings.Tests.Binding;

/// <summary>
/// The annexes pass: an annex is declared once with its preamble, opened again only to add entries;
/// statements name declared annexes; a list has at least one annex; asterisks decide only where a
/// rule asks for them.
/// </summary>
public class AnnexesAndRulesTests
{
    private const string Reopened = """
        annexe I de stupefiants
        - "Héroïne"
        """;

    [Theory]
    [InlineData("b.listing")]
    [InlineData("0.listing")]
    public void An_annex_opened_again_in_another_file_keeps_its_preamble_whichever_file_is_read_first(string reopening)
    {
        using var set = EverySurface.Of(("a.listing", List + AnnexI), (reopening, Reopened));

        set.Compiler.ShouldBeEmpty(set.Show());
        set.Classify("chlorhydrate de cocaïne", Today).Status.ShouldBe(ClassificationStatus.Listed);
        // The reopening's entries take the declaration's rules too.
        set.Classify("chlorhydrate d'héroïne", Today).Status.ShouldBe(ClassificationStatus.Listed);
    }

    [Fact]
    public void A_second_preamble_is_an_error_on_each_side_naming_the_other()
    {
        const string second = """
            annexe I de stupefiants
            comprend leurs isomères
            - "Héroïne"
            """;

        using var set = EverySurface.Of(("a.listing", List + AnnexI), ("b.listing", second));

        var reported = set.Reported("LST1007");
        reported.Count.ShouldBe(2, set.Show());
        var (firstLine, firstColumn) = ListingFixture.PositionOf(List + AnnexI, "comprend les substances");
        reported.ShouldContain(d => d.Path == "a.listing" && d.Line == firstLine && d.Column == firstColumn && d.Message.Contains("b.listing(2,1)"));
        reported.ShouldContain(d => d.Path == "b.listing" && d.Line == 2 && d.Column == 1 && d.Severity == "error"
            && d.Message.Contains($"a.listing({firstLine},{firstColumn})"));
        set.CheckExitCode.ShouldBe(1);
    }

    [Fact]
    public void An_annex_reopened_as_a_partie_is_an_error_at_the_reopening()
    {
        using var set = EverySurface.Of(("a.listing", List + AnnexI), ("b.listing", "partie I de stupefiants\n- \"Héroïne\"\n"));

        var error = set.Single("LST1007");
        (error.Path, error.Line, error.Column).ShouldBe(("b.listing", 1, 1));
    }

    [Fact]
    public void A_transfer_to_an_annex_that_is_not_declared_is_an_error_there_and_the_entry_stays_with_its_rules()
    {
        var amendment = """
            amendement par (2)
            transfère "Cocaïne" de stupefiants annexe I à stupefiants annexe IIII
            """;
        var text = List + AnnexI + amendment;
        using var set = EverySurface.Of(("a.listing", text));

        var error = set.Single("LST1009");
        var (line, column) = ListingFixture.PositionOf(text, "stupefiants annexe IIII");
        (error.Path, error.Line, error.Column, error.Severity).ShouldBe(("a.listing", line, column, "error"));
        var answer = set.Classify("chlorhydrate de cocaïne", Today);
        answer.Status.ShouldBe(ClassificationStatus.Listed);
        answer.Classifications.ShouldHaveSingleItem().Annex.ShouldBe("I");
    }

    [Fact]
    public void An_addition_to_an_annex_that_is_not_declared_is_an_error_and_adds_nothing()
    {
        var amendment = """
            amendement par (2)
            ajoute à stupefiants annexe II
            - "Héroïne"
            """;
        var text = List + AnnexI + amendment;
        using var set = EverySurface.Of(("a.listing", text));

        var (line, column) = ListingFixture.PositionOf(text, "stupefiants annexe II");
        var error = set.Single("LST1009");
        (error.Line, error.Column).ShouldBe((line, column));
        set.Classify("Héroïne", Today).Status.ShouldBe(ClassificationStatus.NotListed);
    }

    [Fact]
    public void An_addition_to_the_unknown_annex_is_no_error()
    {
        var amendment = """
            amendement par (2)
            ajoute à stupefiants annexe inconnue
            - "Héroïne"
            """;
        using var set = EverySurface.Of(("a.listing", List + AnnexI + amendment));

        set.Compiler.Where(d => d.Id != "LST2017").ShouldBeEmpty(set.Show()); // LST2017: the unstated annex, info, is reported
        set.Classify("Héroïne", Today).Classifications.ShouldHaveSingleItem().Annex.ShouldBe("inconnue");
    }

    [Fact]
    public void A_list_with_no_annex_is_a_warning_at_the_list()
    {
        var text = List + AnnexI + "liste psychotropes \"Liste des psychotropes\"\n";
        using var set = EverySurface.Of(("a.listing", text));

        var warning = set.Single("LST1012");
        (warning.Line, warning.Column, warning.Severity).ShouldBe((ListingFixture.LineOf(text, "liste psychotropes"), 1, "warning"));
        set.CheckExitCode.ShouldBe(0);
    }

    [Fact]
    public void An_annex_of_a_list_that_is_not_declared_is_an_error_at_the_annex()
    {
        var text = List + AnnexI + "annexe I de stupefiantz\n- \"Héroïne\"\n";
        using var set = EverySurface.Of(("a.listing", text));

        var error = set.Single("LST1001");
        (error.Line, error.Column).ShouldBe((ListingFixture.LineOf(text, "stupefiantz"), 1));
    }

    [Fact]
    public void Stereo_isomers_without_the_asterisk_proviso_are_included_for_every_entry()
    {
        const string annex = """
            annexe III de stupefiants
            comprend leurs stéréo-isomères
            - "Amphétamine"
            """;
        using var set = EverySurface.Of(("a.listing", List + annex));

        set.Classify("dextroamphétamine", Today).Status.ShouldBe(ClassificationStatus.Listed);
    }

    [Fact]
    public void Stereo_isomers_for_the_substances_marked_with_an_asterisk_are_included_only_for_those()
    {
        const string annex = """
            annexe III de stupefiants
            comprend leurs stéréo-isomères pour les substances précédées d'un astérisque
            - * "Amphétamine"
            - "Méthylphénidate"
            """;
        using var set = EverySurface.Of(("a.listing", List + annex));

        set.Compiler.ShouldBeEmpty(set.Show());
        set.Classify("dextroamphétamine", Today).Status.ShouldBe(ClassificationStatus.Listed);
        set.Classify("dextrométhylphénidate", Today).Status.ShouldBe(ClassificationStatus.NotListed);
    }

    [Fact]
    public void An_asterisk_where_no_rule_asks_for_one_is_a_warning_that_it_has_no_effect()
    {
        var text = List + AnnexI + "- * \"Héroïne\"\n";
        using var set = EverySurface.Of(("a.listing", text));

        var warning = set.Single("LST1016");
        (warning.Line, warning.Column, warning.Severity).ShouldBe((ListingFixture.LineOf(text, "Héroïne"), 1, "warning"));
    }

    [Theory]
    [InlineData("comprend les sels des substances et isomères", ClassificationStatus.Listed)]
    [InlineData("comprend les sels des substances", ClassificationStatus.NotListed)]
    public void The_salts_of_isomers_are_included_where_the_salts_rule_names_the_isomers(string saltsRule, ClassificationStatus expected)
    {
        var annex = $"""
            annexe II de stupefiants
            comprend leurs isomères
            {saltsRule}
            - "Méthadone"
            """;
        using var set = EverySurface.Of(("a.listing", List + annex));

        // Both rules include the isomer itself and the salt of the substance.
        set.Classify("lévométhadone", Today).Status.ShouldBe(ClassificationStatus.Listed);
        set.Classify("chlorhydrate de méthadone", Today).Status.ShouldBe(ClassificationStatus.Listed);
        var answer = set.Classify("chlorhydrate de lévométhadone", Today);
        answer.Status.ShouldBe(expected);
        if (expected == ClassificationStatus.Listed)
            answer.Classifications.ShouldHaveSingleItem().Via.ShouldBe(Via.Salt);
    }

    [Fact]
    public void The_salt_of_an_isomer_the_entry_excepts_is_excepted_with_it()
    {
        const string annex = """
            annexe II de stupefiants
            comprend leurs isomères
            comprend les sels des substances et isomères
            - "Lévométhorphane", sauf son isomère dextrogyre ou "dextrométhorphane"
            """;
        using var set = EverySurface.Of(("a.listing", List + annex));

        set.Classify("bromhydrate de dextrométhorphane", Today).Status.ShouldBe(ClassificationStatus.Exempted);
    }

    [Theory]
    [InlineData("listings/stupefiants/zz-suite.listing")]
    [InlineData("listings/stupefiants/0-suite.listing")]
    public void A_file_opening_the_real_annex_I_again_leaves_its_rules_as_the_arrete_states_them(string path)
    {
        // The French listings, with one more file that opens annexe I de stupefiants to add an entry.
        var files = RepositoryListings.Results
            .Select(r => (r.Document.Path, System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.Root, r.Document.Path))))
            .Append((path, "annexe I de stupefiants\n- \"Substance d'essai\"\n"))
            .ToArray();
        using var set = EverySurface.Of(files);

        set.Check.Where(d => d.Severity == "error").ShouldBeEmpty(set.Show());
        set.Classify("chlorhydrate de cocaïne", Today).Classifications.ShouldContain(c => c.List == "stupefiants" && c.Annex == "I");
        set.Classify("lévo-cocaïne", Today).Classifications.ShouldContain(c => c.List == "stupefiants" && c.Annex == "I");
        set.Classify("chlorhydrate de substance d'essai", Today).Classifications.ShouldContain(c => c.List == "stupefiants" && c.Annex == "I");
    }

    [Fact]
    public void A_rule_that_carries_an_amending_acts_mark_applies_from_that_acts_day_and_is_undetermined_before()
    {
        // The mark says the act touched the rule, not that it added it: before the act, the form is in doubt.
        const string annex = """
            annexe III de stupefiants
            comprend les substances ci-après désignées
            comprend leurs stéréo-isomères (2)
            - "Amphétamine"
            """;
        using var set = EverySurface.Of(("a.listing", List + annex));

        set.Classify("Amphétamine", InForce2.AddDays(-1)).Status.ShouldBe(ClassificationStatus.Listed);
        var before = set.Classify("dextroamphétamine", InForce2.AddDays(-1));
        before.Status.ShouldBe(ClassificationStatus.Undetermined);
        before.Undetermined.ShouldHaveSingleItem().Reason.ShouldBe(Doubt.RuleDatedByMark);
        set.Classify("dextroamphétamine", InForce2).Status.ShouldBe(ClassificationStatus.Listed);
    }

    [Fact]
    public void The_stereo_isomers_of_the_real_annex_III_are_undetermined_before_act_13_and_for_their_lost_asterisks_after()
    {
        // sources/1990-02-22-stupefiants.txt line 187: "leurs stéréo-isomères … pour les substances précédées
        // d'un astérisque (13)": act (13) (line 25, JO 18/04/2000) touched the rule; whether it added it, the
        // text does not say. And no bullet of lines 193-242 has an asterisk: lost.
        var inForce13 = SeedDates.InForce(SeedText.Stupefiants, 13);

        var before = Classifying.Ask.Name("dextrométhamphétamine", inForce13.AddDays(-1));
        var after = Classifying.Ask.Name("dextrométhamphétamine", inForce13);

        before.Status.ShouldBe(ClassificationStatus.Undetermined);
        before.Undetermined.Where(u => u.Entry == "Méthamphétamine").Select(u => u.Reason)
            .ShouldBe(new[] { Doubt.RuleDatedByMark, Doubt.AsteriskLost });
        after.Status.ShouldBe(ClassificationStatus.Undetermined);
        after.Undetermined.Where(u => u.Entry == "Méthamphétamine").Select(u => u.Reason).ShouldBe(new[] { Doubt.AsteriskLost });
        after.Classifications.ShouldBeEmpty();
    }
}
