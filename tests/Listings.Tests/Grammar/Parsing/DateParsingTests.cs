using Listings.Grammar.Syntax;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary>Dates as the seed writes them: <c>22/02/1990</c>, <c>22 février 1990</c>, <c>1er juillet 2022</c>, <c>inconnue</c>.</summary>
public class DateParsingTests
{
    /// <summary>The signature date of <c>acte x : arrêté du {date} "t"</c>; the date starts at column 20.</summary>
    private static LegalDate Signed(string date) =>
        Parsed.Valid($"acte x : arrêté du {date} \"t\"\n").Acts.ShouldHaveSingleItem().Signed;

    [Theory]
    [InlineData("22/02/1990", "1990-02-22")]
    [InlineData("07/06/1990", "1990-06-07")]
    [InlineData("29/02/2000", "2000-02-29")] // 2000 is a leap year (divisible by 400)
    public void A_date_in_figures_is_day_month_year(string written, string iso)
    {
        var date = Signed(written);

        date.IsKnown.ShouldBeTrue();
        date.Iso.ShouldBe(iso);
    }

    [Theory]
    [InlineData("22 février 1990", "1990-02-22")]
    [InlineData("14 février 2012", "2012-02-14")]
    [InlineData("7 juin 2010", "2010-06-07")]
    [InlineData("31 décembre 2021", "2021-12-31")]
    [InlineData("15 août 2004", "2004-08-15")]
    public void A_date_in_words_names_its_month_in_french(string written, string iso) =>
        Signed(written).Iso.ShouldBe(iso);

    [Theory]
    [InlineData("1er juillet 2022", "2022-07-01")]
    [InlineData("1er février 2022", "2022-02-01")]
    public void The_first_of_the_month_is_written_1er(string written, string iso) =>
        Signed(written).Iso.ShouldBe(iso);

    [Fact]
    public void A_month_name_may_be_written_without_its_accent()
    {
        Signed("22 fevrier 1990").Iso.ShouldBe("1990-02-22");
    }

    [Theory]
    [InlineData("inconnue")]
    [InlineData("inconnu")]
    public void Inconnue_stands_for_a_date_the_text_does_not_give(string written)
    {
        var date = Signed(written);

        date.IsKnown.ShouldBeFalse();
    }

    [Fact]
    public void A_date_in_words_is_located_as_a_whole()
    {
        var date = Signed("22 février 1990");

        (date.Span.Line, date.Span.Column).ShouldBe((1, 20));
        date.Span.Length.ShouldBe("22 février 1990".Length);
    }
}
