using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Listings.Cli;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Cli.Classify;

/// <summary>
/// The <c>--jsonl</c> contract for services and pipelines: one answer line per input line, blank lines
/// included; an error answer carries the line number and the id when it could be read; a byte-order
/// mark is accepted; a line that is not UTF-8 or longer than 1 MiB is an error answer and the stream
/// goes on in bounded memory; negative or absurd quantities and two names of one key are errors.
/// </summary>
public class JsonlContractTests
{
    private const string Cocaine = "{\"id\":\"ok\",\"name\":\"cocaïne\",\"on\":\"2024-01-01\"}";

    /// <summary>Runs raw bytes through the classifier; the answers, one per output line.</summary>
    private static (int Errors, JsonElement[] Answers) RunBytes(byte[] input)
    {
        var output = new MemoryStream();
        var errors = JsonlClassifier.Run(JsonlRunner.Classifier, new MemoryStream(input), output, JsonlRunner.Today);
        var text = Encoding.UTF8.GetString(output.ToArray());
        text.ShouldEndWith("\n");
        return (errors, text.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray());
    }

    private static JsonElement ErrorOf(string line)
    {
        var (errors, answers) = JsonlRunner.Run(line);
        errors.ShouldBe(1);
        var answer = answers.ShouldHaveSingleItem();
        answer.TryGetProperty("status", out _).ShouldBeFalse(answer.ToString());
        return answer;
    }

    [Fact]
    public void A_blank_line_gets_its_own_error_answer_so_that_answers_stay_in_step_with_lines()
    {
        var (errors, answers) = JsonlRunner.Run(Cocaine, "", "   ", Cocaine);

        errors.ShouldBe(2);
        answers.Count.ShouldBe(4);
        answers.Select(a => a.Str("status") ?? "error").ShouldBe(new[] { "listed", "error", "error", "listed" });
        answers[1].GetProperty("line").GetInt32().ShouldBe(2);
        answers[1].Str("error").ShouldBe("line 2 is empty: a query is a JSON object, e.g. {\"name\": \"cocaïne\"}");
        answers[2].GetProperty("line").GetInt32().ShouldBe(3);
    }

    [Fact]
    public void An_error_answer_carries_the_line_number_and_the_id()
    {
        var (_, answers) = JsonlRunner.Run(Cocaine, "{\"id\":\"q2\",\"on\":\"2024-01-01\"}");

        answers[1].Str("id").ShouldBe("q2");
        answers[1].GetProperty("line").GetInt32().ShouldBe(2);
        answers[1].Str("error").ShouldBe("'name' is required and must be a non-empty string");
    }

    [Fact]
    public void The_id_of_a_line_that_is_not_valid_JSON_is_read_when_it_comes_before_the_mistake()
    {
        var answer = ErrorOf("{\"id\":\"q7\",\"name\":\"cocaïne\",}");

        answer.Str("id").ShouldBe("q7");
        answer.Str("error")!.ShouldStartWith("not valid JSON at byte ");
    }

    [Fact]
    public void A_numeric_id_is_given_back_as_a_number()
    {
        var answer = ErrorOf("{\"id\":42,\"name\":\"\"}");

        answer.GetProperty("id").GetInt32().ShouldBe(42);
    }

    [Fact]
    public void A_leading_byte_order_mark_is_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Cocaine + "\n")).ToArray();

        var (errors, answers) = RunBytes(bytes);

        errors.ShouldBe(0);
        answers.ShouldHaveSingleItem().Str("status").ShouldBe("listed");
    }

    [Fact]
    public void A_line_that_is_not_UTF8_is_an_error_answer_not_a_name_decoded_leniently()
    {
        // "coca\xFFne": decoded leniently it was "coca�ne", and classified.
        var bytes = Encoding.UTF8.GetBytes("{\"id\":\"bad\",\"name\":\"coca").Concat(new byte[] { 0xFF })
            .Concat(Encoding.UTF8.GetBytes("ne\"}\n" + Cocaine + "\n")).ToArray();

        var (errors, answers) = RunBytes(bytes);

        errors.ShouldBe(1);
        answers.Length.ShouldBe(2);
        answers[0].Str("error").ShouldBe("line 1 is not valid UTF-8");
        answers[0].GetProperty("line").GetInt32().ShouldBe(1);
        answers[1].Str("status").ShouldBe("listed");
    }

    [Fact]
    public void CRLF_line_ends_are_read_like_LF()
    {
        var (errors, answers) = RunBytes(Encoding.UTF8.GetBytes(Cocaine + "\r\n" + Cocaine + "\r\n"));

        errors.ShouldBe(0);
        answers.Select(a => a.Str("status")).ShouldBe(new[] { "listed", "listed" });
    }

    [Fact]
    public void A_last_line_without_a_line_feed_is_answered()
    {
        var (_, answers) = RunBytes(Encoding.UTF8.GetBytes(Cocaine + "\n" + Cocaine));

        answers.Length.ShouldBe(2);
    }

    [Fact]
    public void A_line_longer_than_a_mebibyte_is_an_error_answer_the_next_line_is_answered_and_the_line_is_never_held()
    {
        // 100 MB of name: held, it took 1.8 GB. Read through, it is skipped in 64 KiB pieces.
        var input = new LongLineStream(100_000_000, Encoding.UTF8.GetBytes("\n" + Cocaine + "\n"));
        var output = new MemoryStream();
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var errors = JsonlClassifier.Run(JsonlRunner.Classifier, input, output, JsonlRunner.Today);

        var used = GC.GetAllocatedBytesForCurrentThread() - allocated;
        errors.ShouldBe(1);
        var answers = Encoding.UTF8.GetString(output.ToArray()).TrimEnd('\n').Split('\n');
        answers.Length.ShouldBe(2);
        answers[0].ShouldBe("{\"id\":null,\"line\":1,\"error\":\"line 1 is longer than 1048576 bytes (1 MiB): not read\"}");
        JsonDocument.Parse(answers[1]).RootElement.Str("status").ShouldBe("listed");
        used.ShouldBeLessThan(16L * 1024 * 1024, $"{used:N0} bytes allocated for a 100 MB line");
    }

    [Fact]
    public void A_line_of_exactly_a_mebibyte_is_read()
    {
        var name = new string('a', JsonlClassifier.MaxLineBytes - "{\"name\":\"\"}".Length);

        var (errors, answers) = RunBytes(Encoding.UTF8.GetBytes("{\"name\":\"" + name + "\"}\n"));

        errors.ShouldBe(0);
        answers.ShouldHaveSingleItem().Str("status").ShouldBe("not-listed");
    }

    [Theory]
    [InlineData("-0.1", "'-0.1' is negative: a THC content is a percentage from 0 to 100")]
    [InlineData("150", "'150' is more than 100: a THC content is a percentage from 0 to 100")]
    public void A_THC_content_out_of_range_is_an_error_not_an_exemption(string thc, string message)
    {
        // A negative content used to exempt.
        var answer = ErrorOf("{\"id\":\"h\",\"name\":\"cannabis\",\"on\":\"2024-01-01\",\"thc_percent\":" + thc + ",\"catalogue_variety\":true}");

        answer.Str("id").ShouldBe("h");
        answer.Str("error").ShouldBe(message);
    }

    [Theory]
    [InlineData("-2.5 mg", "'-2.5 mg' is negative: a quantity is 0 or more")]
    [InlineData("1.5 kg", "'1.5 kg' is more than 1 kg per unit: not a preparation's unit (check the unit)")]
    [InlineData("79228162514264337593543950335 kg", "'79228162514264337593543950335 kg' is not a mass (expected a number and µg, mg, g or kg, e.g. \"2.5 mg\")")]
    public void A_negative_or_absurd_quantity_is_an_error(string quantity, string message)
    {
        var answer = ErrorOf("{\"id\":\"p\",\"name\":\"diphénoxylate\",\"on\":\"2024-01-01\",\"preparation\":{\"route\":\"oral\",\"per_unit\":{\"diphénoxylate\":\"" + quantity + "\"}}}");

        answer.Str("error").ShouldBe(message);
    }

    [Fact]
    public void Two_equivalent_substance_keys_are_an_error_whatever_their_order()
    {
        // Equivalent under the classifier's name folding: the last one used to win.
        var first = ErrorOf("{\"id\":\"a\",\"name\":\"diphénoxylate\",\"preparation\":{\"route\":\"oral\",\"per_unit\":{\"diphénoxylate\":\"2.5 mg\",\"DIPHENOXYLATE\":\"9 mg\"}}}");
        var second = ErrorOf("{\"id\":\"b\",\"name\":\"diphénoxylate\",\"preparation\":{\"route\":\"oral\",\"per_unit\":{\"DIPHENOXYLATE\":\"9 mg\",\"diphénoxylate\":\"2.5 mg\"}}}");

        first.Str("error").ShouldBe("'diphénoxylate' and 'DIPHENOXYLATE' name the same substance in the per-unit contents: give it once");
        second.Str("error").ShouldBe("'DIPHENOXYLATE' and 'diphénoxylate' name the same substance in the per-unit contents: give it once");
    }

    [Fact]
    public void A_member_given_twice_is_an_error()
    {
        var answer = ErrorOf("{\"id\":\"d\",\"name\":\"cocaïne\",\"name\":\"sucre\"}");

        answer.Str("error")!.ShouldContain("Duplicate property 'name'");
    }

    [Fact]
    public void An_unknown_member_is_an_error_not_ignored()
    {
        // "thc" for "thc_percent" would otherwise be ignored, and the verdict given without it.
        var answer = ErrorOf("{\"id\":\"u\",\"name\":\"cannabis\",\"thc\":0.2}");

        answer.Str("error").ShouldBe("'thc' is not a member of a query (expected id, name, on, preparation, thc_percent, catalogue_variety)");
    }

    /// <summary>One line of <c>length</c> bytes of 'a' (never held), then <c>tail</c>.</summary>
    private sealed class LongLineStream : ReadOnlyInputStream
    {
        private long _left;
        private readonly byte[] _tail;
        private int _tailOffset;

        public LongLineStream(long length, byte[] tail)
        {
            _left = length;
            _tail = tail;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_left > 0)
            {
                var n = (int)Math.Min(count, _left);
                buffer.AsSpan(offset, n).Fill((byte)'a');
                _left -= n;
                return n;
            }
            var m = Math.Min(count, _tail.Length - _tailOffset);
            Array.Copy(_tail, _tailOffset, buffer, offset, m);
            _tailOffset += m;
            return m;
        }
    }
}
