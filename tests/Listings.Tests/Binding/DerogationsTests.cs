using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;
using static Listings.Tests.Binding.BindingFixtures;

namespace Listings.Tests.Binding;

/// <summary>The derogations pass: an authorisation applies only under a condition the classifiers can check.</summary>
public class DerogationsTests
{
    private const string Cannabis = """
        annexe II de stupefiants
        comprend les substances ci-après désignées
        - "Cannabis"
        acte arrete-chanvre : arrêté du 30/12/2021 "portant application de l'article R. 5132-86" JO du 31/12/2021
        dérogation par arrete-chanvre à "Cannabis" de stupefiants annexe II

        """;

    [Fact]
    public void An_authorisation_without_a_condition_is_an_error_at_its_subject_and_exempts_nothing()
    {
        var text = List + Cannabis + "autorise \"fibres de cannabis\"\n";
        using var set = EverySurface.Of(("a.listing", text));

        var error = set.Single("LST1010");
        (error.Line, error.Column, error.Severity).ShouldBe((ListingFixture.LineOf(text, "autorise"), 10, "error"));
        // Classify and Quick (which EverySurface compares) both keep plain cannabis listed.
        set.Classify("Cannabis", Today).Status.ShouldBe(ClassificationStatus.Listed);
        set.CheckExitCode.ShouldBe(1);
    }

    [Fact]
    public void An_authorisation_with_its_condition_exempts_only_what_meets_it()
    {
        var text = List + Cannabis + "autorise \"extraits de chanvre\" si teneur en \"delta-9-tétrahydrocannabinol\" au plus 0,30 %\n";
        using var set = EverySurface.Of(("a.listing", text));

        set.Compiler.ShouldBeEmpty(set.Show());
        set.Classify("Cannabis", Today).Status.ShouldBe(ClassificationStatus.Listed);
        set.Classify(new ClassificationQuery("extraits de chanvre", Today) { ThcPercent = 0.2m }).Status.ShouldBe(ClassificationStatus.Exempted);
        set.Classify(new ClassificationQuery("extraits de chanvre", Today) { ThcPercent = 0.5m }).Status.ShouldBe(ClassificationStatus.Listed);
    }
}
