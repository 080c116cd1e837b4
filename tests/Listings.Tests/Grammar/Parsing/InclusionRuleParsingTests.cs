using Listings.Grammar.Syntax;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary>The annex preamble: <c>comprend …</c>, one rule per line of "Cette annexe comprend :".</summary>
public class InclusionRuleParsingTests
{
    private static InclusionRuleSyntax Rule(string rule) =>
        Parsed.Valid("annexe I de stupefiants\n" + rule + "\n").Annexes.ShouldHaveSingleItem().Rules.ShouldHaveSingleItem();

    [Theory]
    [InlineData("comprend les substances ci-après désignées")]
    [InlineData("comprend les produits ci-après désignés")]
    [InlineData("comprend les substances ci-après énumérées")]
    public void The_substances_named_below_are_included(string text) =>
        Rule(text).Kind.ShouldBe(RuleKind.Substances);

    [Fact]
    public void Isomers_sauf_exception_expresse_yield_to_an_express_exception()
    {
        var rule = Rule("comprend leurs isomères, sauf exception expresse");

        rule.Kind.ShouldBe(RuleKind.Isomers);
        rule.UnlessExpresslyExcepted.ShouldBeTrue();
    }

    [Fact]
    public void Isomers_without_reservation_are_all_included()
    {
        Rule("comprend leurs isomères").UnlessExpresslyExcepted.ShouldBeFalse();
    }

    [Fact]
    public void Stereo_isomers_may_be_limited_to_the_entries_with_an_asterisk_by_a_marked_act()
    {
        var rule = Rule("comprend leurs stéréo-isomères pour les substances précédées d'un astérisque (13)");

        rule.Kind.ShouldBe(RuleKind.StereoIsomers);
        rule.OnlyEntriesWithAsterisk.ShouldBeTrue();
        rule.Marks.ShouldBe(new[] { 13 });
    }

    [Fact]
    public void Esters_and_ethers_may_yield_to_another_annex()
    {
        var rule = Rule("comprend les esters et éthers, à moins qu'ils ne soient inscrits à une autre annexe");

        rule.Kind.ShouldBe(RuleKind.EstersAndEthers);
        rule.UnlessListedInAnotherAnnex.ShouldBeTrue();
    }

    [Fact]
    public void Salts_name_the_forms_whose_salts_are_included()
    {
        var rule = Rule("comprend les sels des substances, isomères, esters et éthers");

        rule.Kind.ShouldBe(RuleKind.Salts);
        rule.SaltsOf.ShouldBe(new[] { SaltBase.Substances, SaltBase.Isomers, SaltBase.Esters, SaltBase.Ethers });
    }

    [Fact]
    public void The_salts_of_annex_II_are_those_of_substances_and_isomers_only()
    {
        Rule("comprend les sels des substances et isomères").SaltsOf.ShouldBe(new[] { SaltBase.Substances, SaltBase.Isomers });
    }

    [Fact]
    public void Leurs_sels_alone_names_no_particular_form()
    {
        var rule = Rule("comprend leurs sels");

        rule.Kind.ShouldBe(RuleKind.Salts);
        rule.SaltsOf.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("comprend les préparations", PreparationScope.All)]
    [InlineData("comprend les préparations, à l'exception de celles nommément désignées", PreparationScope.AllExceptNamed)]
    [InlineData("comprend leurs préparations nommément désignées", PreparationScope.OnlyNamed)]
    public void Preparations_are_all_included_all_but_the_named_ones_or_only_the_named_ones(string text, PreparationScope scope)
    {
        var rule = Rule(text);

        rule.Kind.ShouldBe(RuleKind.Preparations);
        rule.Preparations.ShouldBe(scope);
    }

    [Fact]
    public void Dans_tous_les_cas_ou_ils_peuvent_exister_is_kept()
    {
        Rule("comprend leurs sels dans tous les cas où ils peuvent exister").WhereTheyExist.ShouldBeTrue();
        Rule("comprend leurs sels").WhereTheyExist.ShouldBeFalse();
    }

    [Fact]
    public void The_preamble_keeps_the_order_of_the_act()
    {
        var rules = Parsed.Valid(
            "annexe II de stupefiants\n" +
            "comprend les substances ci-après désignées\n" +
            "comprend leurs isomères, sauf exception expresse dans tous les cas où ils peuvent exister\n" +
            "comprend les sels des substances et isomères dans tous les cas où ils peuvent exister\n" +
            "comprend leurs préparations nommément désignées\n").Annexes.ShouldHaveSingleItem().Rules;

        rules.Count.ShouldBe(4);
        rules[0].Kind.ShouldBe(RuleKind.Substances);
        rules[1].Kind.ShouldBe(RuleKind.Isomers);
        rules[2].Kind.ShouldBe(RuleKind.Salts);
        rules[3].Kind.ShouldBe(RuleKind.Preparations);
        (rules[3].Span.Line, rules[3].Span.Column).ShouldBe((5, 1));
    }
}
