using Listings.Grammar.Syntax;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary>Quantities are exact decimals with a unit, so thresholds compare exactly at their boundary.</summary>
public class QuantityParsingTests
{
    /// <summary>The threshold of a content condition written <paramref name="quantity"/>.</summary>
    private static Quantity Threshold(string quantity) =>
        Parsed.Valid(
                "dérogation par x à \"Cannabis\" de stupefiants annexe I\n" +
                $"autorise \"y\" si teneur en \"z\" au plus {quantity}\n")
            .Derogations.ShouldHaveSingleItem().Authorisations.ShouldHaveSingleItem()
            .Conditions.ShouldHaveSingleItem().ShouldBeOfType<ContentConditionSyntax>().Threshold;

    [Fact]
    public void A_decimal_comma_and_a_decimal_point_give_the_same_value()
    {
        var comma = Threshold("0,30 %");
        var point = Threshold("0.30 %");

        comma.Value.ShouldBe(0.30m);
        point.Value.ShouldBe(comma.Value);
        point.Unit.ShouldBe(comma.Unit);
    }

    [Fact]
    public void Two_and_a_half_milligrams_is_exactly_2_5_mg()
    {
        var quantity = Threshold("2,5 mg");

        quantity.Value.ShouldBe(2.5m);
        quantity.Unit.ShouldBe("mg");
        Threshold("2.5 mg").Value.ShouldBe(2.5m);
    }

    [Fact]
    public void A_quantity_keeps_every_digit_a_binary_float_would_lose()
    {
        Threshold("0,12345678901234567890123456 %").Value.ShouldBe(0.12345678901234567890123456m);
    }

    [Fact]
    public void A_quantity_keeps_the_text_as_the_act_writes_it()
    {
        Threshold("0,025 mg").Text.ShouldBe("0,025 mg");
    }

    [Theory]
    [InlineData("5 µg", "µg")]
    [InlineData("5 ug", "µg")]
    [InlineData("5 mg", "mg")]
    [InlineData("5 g", "g")]
    [InlineData("5 kg", "kg")]
    [InlineData("5 %", "%")]
    public void Each_unit_of_the_language_is_read(string written, string unit)
    {
        var quantity = Threshold(written);

        quantity.Unit.ShouldBe(unit);
        quantity.Value.ShouldBe(5m);
    }
}
