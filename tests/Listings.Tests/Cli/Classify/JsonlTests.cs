using System.Linq;
using System.Text.Json;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Cli.Classify;

/// <summary>
/// <c>listings classify --jsonl</c>: one JSON query per line in, one JSON answer per line out, in order.
/// The property names are a contract other tools read (<c>AnswerJson</c>): id, name, on, status,
/// classifications[list, annex, entry, via, acts[mark, in_force]], and error for a bad line.
/// </summary>
public class JsonlTests
{
    private const string CocaineSalt = "{\"id\":\"q1\",\"name\":\"chlorhydrate de cocaïne\",\"on\":\"2024-01-01\"}";

    [Fact]
    public void An_answer_repeats_the_id_the_name_and_the_date_of_its_query_and_gives_the_status()
    {
        var answer = JsonlRunner.Answer(CocaineSalt);

        answer.Str("id").ShouldBe("q1");
        answer.Str("name").ShouldBe("chlorhydrate de cocaïne");
        answer.Str("on").ShouldBe("2024-01-01");
        answer.Str("status").ShouldBe("listed");
    }

    [Fact]
    public void An_answer_names_the_list_the_annex_the_entry_and_how_the_name_reached_it()
    {
        var answer = JsonlRunner.Answer(CocaineSalt);

        var classification = answer.GetProperty("classifications")[0];
        classification.Str("list").ShouldBe("stupefiants");
        classification.Str("annex").ShouldBe("I");
        classification.Str("entry").ShouldBe("Cocaïne");
        classification.Str("via").ShouldBe("salt");
    }

    [Fact]
    public void An_answer_names_the_act_behind_the_entry_and_the_day_after_its_JO_date()
    {
        // "(1) Arrêté du 22 février 1990 fixant la liste des substances classées comme stupéfiants (J.O. du 07/06/1990)"
        var expected = SeedDates.InForce(SeedText.Stupefiants, 1).ToString("yyyy-MM-dd");

        var answer = JsonlRunner.Answer(CocaineSalt);

        var act = answer.GetProperty("classifications")[0].GetProperty("acts")[0];
        act.Str("mark").ShouldBe("(1)");
        act.Str("in_force").ShouldBe(expected);
    }

    [Fact]
    public void A_query_without_a_date_is_answered_as_of_today()
    {
        var answer = JsonlRunner.Answer("{\"id\":\"t\",\"name\":\"cocaïne\"}");

        answer.Str("on").ShouldBe(JsonlRunner.Today.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("2.5 mg", "0.025 mg", "exempted")]
    [InlineData("0.0025 g", "0.000025 g", "exempted")]
    [InlineData("2.6 mg", "0.025 mg", "listed")]
    [InlineData("2.5 mg", "0.024 mg", "listed")]
    public void A_preparation_s_route_and_per_unit_contents_are_honoured(string diphenoxylate, string atropine, string status)
    {
        var line = "{\"id\":\"p\",\"name\":\"diphénoxylate\",\"on\":\"2024-01-01\",\"preparation\":{\"route\":\"oral\",\"per_unit\":"
            + "{\"diphénoxylate\":\"" + diphenoxylate + "\",\"sulfate d'atropine\":\"" + atropine + "\"}}}";

        JsonlRunner.Answer(line).Str("status").ShouldBe(status);
    }

    [Fact]
    public void An_injectable_route_is_honoured()
    {
        var line = "{\"id\":\"p\",\"name\":\"diphénoxylate\",\"on\":\"2024-01-01\",\"preparation\":{\"route\":\"injectable\",\"per_unit\":"
            + "{\"diphénoxylate\":\"2.5 mg\",\"sulfate d'atropine\":\"0.025 mg\"}}}";

        JsonlRunner.Answer(line).Str("status").ShouldBe("listed");
    }

    [Theory]
    [InlineData("0.30", "true", "exempted")]
    [InlineData("0.31", "true", "exempted")] // within the method's tolerance of 0,03 % (sources/2021-12-30-arrete-chanvre.txt, line 104)
    [InlineData("0.34", "true", "listed")]
    [InlineData("0.2", "false", "listed")]
    public void The_THC_content_and_the_catalogue_are_honoured(string thc, string catalogued, string status)
    {
        var line = "{\"id\":\"h\",\"name\":\"cannabis\",\"on\":\"2024-01-01\",\"thc_percent\":" + thc + ",\"catalogue_variety\":" + catalogued + "}";

        JsonlRunner.Answer(line).Str("status").ShouldBe(status);
    }

    [Fact]
    public void A_line_that_is_not_JSON_gets_an_error_with_a_null_id()
    {
        var answer = JsonlRunner.Answer("this is not JSON");

        answer.TryGetProperty("error", out var error).ShouldBeTrue(answer.ToString());
        error.GetString().ShouldNotBeNullOrWhiteSpace();
        answer.GetProperty("id").ValueKind.ShouldBe(JsonValueKind.Null, answer.ToString());
        answer.TryGetProperty("status", out _).ShouldBeFalse(answer.ToString());
    }

    [Fact]
    public void A_query_without_a_name_gets_an_error_with_its_id()
    {
        var answer = JsonlRunner.Answer("{\"id\":\"q2\",\"on\":\"2024-01-01\"}");

        answer.Str("id").ShouldBe("q2");
        answer.Str("error").ShouldNotBeNullOrWhiteSpace();
        answer.TryGetProperty("status", out _).ShouldBeFalse(answer.ToString());
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("01/01/2024")]
    [InlineData("demain")]
    public void A_query_with_a_bad_date_gets_an_error_with_its_id(string date)
    {
        var answer = JsonlRunner.Answer("{\"id\":\"q3\",\"name\":\"cocaïne\",\"on\":\"" + date + "\"}");

        answer.Str("id").ShouldBe("q3");
        answer.Str("error").ShouldNotBeNullOrWhiteSpace();
        answer.TryGetProperty("status", out _).ShouldBeFalse(answer.ToString());
    }

    [Fact]
    public void A_run_answers_every_line_in_order_after_bad_ones_and_counts_the_errors()
    {
        var (errors, answers) = JsonlRunner.Run(
            "{\"id\":\"a\",\"name\":\"cocaïne\",\"on\":\"2024-01-01\"}",
            "not JSON",
            "{\"id\":\"b\",\"on\":\"2024-01-01\"}",
            "{\"id\":\"c\",\"name\":\"cocaïne\",\"on\":\"2024-13-01\"}",
            "{\"id\":\"d\",\"name\":\"Cathine\",\"on\":\"2024-01-01\"}",
            "{\"id\":\"e\",\"name\":\"Cathin\",\"on\":\"2024-01-01\"}");

        errors.ShouldBe(3);
        answers.Select(a => a.Str("id") ?? "null").ShouldBe(new[] { "a", "null", "b", "c", "d", "e" });
        answers.Select(a => a.Str("status") ?? "error").ShouldBe(new[] { "listed", "error", "error", "error", "listed", "not-listed" });
        answers[4].GetProperty("classifications")[0].Str("list").ShouldBe("psychotropes");
    }

    [Fact]
    public void An_answer_flags_an_act_whose_entry_into_force_the_text_does_not_give()
    {
        // the seed gives the HHC decision's signature date only
        var answer = JsonlRunner.Answer("{\"id\":\"hhc\",\"name\":\"HHC\",\"on\":\"2024-01-01\"}");

        var act = answer.GetProperty("classifications")[0].GetProperty("acts")[0];
        act.GetProperty("in_force_assumed").GetBoolean().ShouldBeTrue(answer.ToString());
    }

    [Fact]
    public void A_quantity_too_large_to_convert_gets_an_error_and_the_run_goes_on()
    {
        var (errors, answers) = JsonlRunner.Run(
            "{\"id\":\"big\",\"name\":\"diphénoxylate\",\"on\":\"2024-01-01\",\"preparation\":{\"route\":\"oral\",\"per_unit\":{\"diphénoxylate\":\"79228162514264337593543950335 kg\"}}}",
            "{\"id\":\"next\",\"name\":\"cocaïne\",\"on\":\"2024-01-01\"}");

        errors.ShouldBe(1);
        answers.Select(a => a.Str("id")).ShouldBe(new[] { "big", "next" });
        answers[0].Str("error").ShouldNotBeNullOrWhiteSpace();
        answers[1].Str("status").ShouldBe("listed");
    }
}
