using System.Linq;
using Listings.Grammar.Syntax;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary><c>dérogation par … à "…" de …</c> and the <c>autorise … si …</c> that follow it.</summary>
public class DerogationParsingTests
{
    private const string Hemp =
        "dérogation par arrete-chanvre-2021 à \"Cannabis\" de stupefiants annexe I\n" +
        "autorise \"variétés de Cannabis sativa L.\" si teneur en \"delta-9-tétrahydrocannabinol\" au plus 0,30 %\n" +
        "    et inscrite au catalogue \"catalogue commun des variétés des espèces de plantes agricoles\"\n" +
        "    ou \"catalogue officiel des espèces et variétés de plantes cultivées en France\"\n" +
        "autorise \"extraits de chanvre\" si teneur en \"delta-9-tétrahydrocannabinol\" au plus 0,30 %\n";

    private static DerogationSyntax Derogation(string text) => Parsed.Valid(text).Derogations.ShouldHaveSingleItem();

    [Fact]
    public void A_derogation_names_its_act_and_the_entry_it_departs_from()
    {
        var derogation = Derogation(Hemp);

        derogation.Act.Identifier.ShouldBe("arrete-chanvre-2021");
        derogation.Substance.Value.ShouldBe("Cannabis");
        derogation.Target.ToString().ShouldBe("stupefiants annexe I");
        derogation.Authorisations.Count.ShouldBe(2);
    }

    [Fact]
    public void A_content_threshold_is_an_exact_bound_on_a_named_substance()
    {
        var authorisation = Derogation(Hemp).Authorisations[1];

        authorisation.Subject.Value.ShouldBe("extraits de chanvre");
        var content = authorisation.Conditions.ShouldHaveSingleItem().ShouldBeOfType<ContentConditionSyntax>();
        content.Substance.Value.ShouldBe("delta-9-tétrahydrocannabinol");
        content.Bound.ShouldBe(Bound.AtMost);
        content.Threshold.Value.ShouldBe(0.30m);
        content.Threshold.Unit.ShouldBe("%");
        // line 5: 'autorise "extraits de chanvre" si teneur en "delta-9-tétrahydrocannabinol" au plus ' is 83 characters
        (content.Threshold.Span.Line, content.Threshold.Span.Column).ShouldBe((5, 84));
    }

    [Fact]
    public void Conditions_joined_by_et_must_all_hold_and_a_catalogue_condition_lists_its_catalogues()
    {
        var conditions = Derogation(Hemp).Authorisations[0].Conditions;

        conditions.Count.ShouldBe(2);
        conditions[0].ShouldBeOfType<ContentConditionSyntax>();
        var catalogue = conditions[1].ShouldBeOfType<CatalogueConditionSyntax>();
        catalogue.Catalogues.Select(c => c.Value).ShouldBe(new[]
        {
            "catalogue commun des variétés des espèces de plantes agricoles",
            "catalogue officiel des espèces et variétés de plantes cultivées en France",
        });
        (catalogue.Span.Line, catalogue.Span.Column).ShouldBe((3, 8));
    }

    [Fact]
    public void A_threshold_may_be_a_lower_bound()
    {
        var content = Derogation(
                "dérogation par x à \"Cannabis\" de stupefiants annexe I\n" +
                "autorise \"y\" si teneur en \"cannabidiol\" au moins 2 %\n")
            .Authorisations.ShouldHaveSingleItem().Conditions.ShouldHaveSingleItem().ShouldBeOfType<ContentConditionSyntax>();

        content.Bound.ShouldBe(Bound.AtLeast);
        content.Threshold.Value.ShouldBe(2m);
    }

    [Fact]
    public void An_authorisation_may_have_no_condition()
    {
        Derogation("dérogation par x à \"Cannabis\" de stupefiants annexe I\nautorise \"usage industriel\"\n")
            .Authorisations.ShouldHaveSingleItem().Conditions.ShouldBeEmpty();
    }
}
