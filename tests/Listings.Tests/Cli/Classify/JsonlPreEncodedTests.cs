using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Listings.Cli;
using Listings.Runtime;
using Shouldly;
using Xunit;

namespace Listings.Tests.Cli.Classify;

/// <summary>
/// <c>listings classify --jsonl</c> answers most queries from answers it encoded before (issue 16):
/// those bytes must be the bytes the long way writes (a JSON document per line, the explained
/// <see cref="Classifier.Classify"/>, <see cref="AnswerJson.Write"/>), line for line, for every name
/// the listings know in several spellings, on days across the tables' periods, with every kind of id,
/// escapes, the members the fast path leaves to the long way, and lines that are errors.
/// </summary>
public class JsonlPreEncodedTests
{
    private static Classifier Classifier => JsonlRunner.Classifier;

    private static string Esc(string text)
    {
        var s = new StringBuilder();
        foreach (var c in text)
            s.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return s.ToString();
    }

    private static string Iso(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every name the tables read: entry headings, name keys (aliases among them), excepted isomers, derogation subjects, regime names.</summary>
    private static string[] Names()
    {
        var t = Classifier.Tables;
        return t.EntryTitles.Concat(t.NameKeys).Concat(t.ExceptionNameKeys).Concat(t.AuthorisationSubjectKeys)
            .Concat(t.RegimeNames.SelectMany(n => n.Split('\n')))
            .Where(n => n.Trim().Length > 0).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The first day of every period of the tables, the day before, and days between.</summary>
    private static DateTime[] Days()
    {
        var t = Classifier.Tables;
        var days = new SortedSet<DateTime> { new(1970, 1, 1), new(1990, 6, 15), new(2024, 1, 1), new(2099, 12, 31), JsonlRunner.Today };
        foreach (var value in t.EntryFrom.Concat(t.EntryTo).Concat(t.ActInForce).Concat(t.AuthorisationFrom))
            if (new CalendarDay(value).ToDateTime() is { } day && day.Year is > 1900 and < 2200)
            {
                days.Add(day);
                days.Add(day.AddDays(-1));
                days.Add(day.AddDays(1));
                days.Add(day.AddDays(40));
            }
        return days.ToArray();
    }

    private static (string Fast, string Long) Both(byte[] input)
    {
        var fast = new MemoryStream();
        var slow = new MemoryStream();
        var fastErrors = JsonlClassifier.Run(Classifier, new MemoryStream(input), fast, JsonlRunner.Today, preEncoded: true);
        var slowErrors = JsonlClassifier.Run(Classifier, new MemoryStream(input), slow, JsonlRunner.Today, preEncoded: false);
        fastErrors.ShouldBe(slowErrors);
        return (Encoding.UTF8.GetString(fast.ToArray()), Encoding.UTF8.GetString(slow.ToArray()));
    }

    private static void ShouldBeTheSame(string fast, string slow, IReadOnlyList<string> queries)
    {
        var f = fast.Split('\n');
        var s = slow.Split('\n');
        for (var i = 0; i < Math.Min(f.Length, s.Length); i++)
            f[i].ShouldBe(s[i], $"line {i + 1}: {(i < queries.Count ? queries[i] : "")}");
        f.Length.ShouldBe(s.Length);
        fast.ShouldBe(slow);
    }

    private static void Compare(IReadOnlyList<string> lines)
    {
        var (fast, slow) = Both(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        ShouldBeTheSame(fast, slow, lines);
    }

    [Fact]
    public void Every_name_in_several_spellings_on_days_across_the_periods_gets_the_long_ways_bytes()
    {
        var names = Names();
        var days = Days();
        var lines = new List<string>();
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            var spellings = new[]
            {
                name, name.ToUpperInvariant(), "chlorhydrate de " + name.ToLowerInvariant(), "  " + TextFolding.Fold(name) + "  ",
                name + " hydrochloride", "sel de " + name, name + "s",
            };
            for (var k = 0; k < spellings.Length; k++)
            {
                // Days rotate, and each name comes back on other days of the same period: the cached answers are reused.
                var day = days[(i * 7 + k * 13) % days.Length];
                lines.Add($"{{\"id\":\"n{i}-{k}\",\"name\":\"{Esc(spellings[k])}\",\"on\":\"{Iso(day)}\"}}");
            }
            lines.Add($"{{\"name\":\"{Esc(name)}\"}}");
            lines.Add($"{{\"id\":{i},\"name\":\"{Esc(name)}\",\"on\":\"{Iso(days[(i * 31) % days.Length])}\"}}");
        }
        // Some names on every day: the answer of each day, cached by period, against the long way's of that day.
        for (var i = 0; i < names.Length; i += 23)
            foreach (var day in days)
                lines.Add($"{{\"id\":\"d{i}\",\"name\":\"{Esc(names[i])}\",\"on\":\"{Iso(day)}\"}}");

        var (fast, slow) = Both(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

        ShouldBeTheSame(fast, slow, lines);
        // The comparison covers every status.
        foreach (var status in new[] { "listed", "exempted", "not-listed", "undetermined" })
            fast.ShouldContain($"\"status\":\"{status}\"");
        fast.ShouldContain("\"in_force_assumed\":true");
        fast.ShouldContain("\"regimes\":[{");
    }

    [Fact]
    public void Ids_escapes_members_left_to_the_long_way_and_errors_get_the_long_ways_bytes()
    {
        var lines = new List<string>
        {
            // ids of every kind, as the query writes them
            "{\"id\":\"q\\u00e9\\\"</script>\\ud83d\\ude00\",\"name\":\"Cathine\",\"on\":\"2024-01-01\"}",
            "{\"id\":\"q\\ud800\",\"name\":\"Cathine\"}",
            "{\"id\":\"q\\ud800\",\"name\":\"Cathine\",}",
            "{\"id\":-0,\"name\":\"Cathine\"}",
            "{\"id\":1.50e3,\"name\":\"Cathine\"}",
            "{\"id\":null,\"name\":\"Cathine\"}",
            "{\"id\":true,\"name\":\"Cathine\"}",
            "{\"id\":{\"a\":1},\"name\":\"Cathine\"}",
            "{\"name\":\"Cathine\",\"id\":\"after the name\"}",
            "{\"on\":\"2024-01-01\",\"name\":\"Cathine\",\"id\":\"q\"}",
            // names escaped, or with what the answer must escape
            "{\"name\":\"coca\\u00efne\",\"on\":\"2024-01-01\"}",
            "{\"name\":\"cocaïne\",\"on\":\"2024-01-01\"}",
            "{\"name\":\"\\\"quoted\\\" <b>\\u0001\\t\\\\\",\"on\":\"2024-01-01\"}",
            "{\"name\":\"Cathine\\ud800\"}",
            "{\"name\":\"\\u0043athine\"}",
            "{\"n\\u0061me\":\"Cathine\"}",
            "  {  \"name\" : \"Cathine\" ,\t\"on\" : \"2024-01-01\" }  ",
            // what only the long way answers, and its nulls
            "{\"name\":\"diphénoxylate\",\"on\":\"2024-01-01\",\"preparation\":{\"route\":\"oral\",\"per_unit\":{\"diphénoxylate\":\"2.5 mg\",\"sulfate d'atropine\":\"0,025 mg\"}}}",
            "{\"name\":\"cannabis\",\"on\":\"2024-01-01\",\"thc_percent\":0.2,\"catalogue_variety\":true}",
            "{\"name\":\"cannabis\",\"on\":\"2024-01-01\",\"thc_percent\":null,\"catalogue_variety\":null,\"preparation\":null}",
            "{\"name\":\"cannabis\",\"catalogue_variety\":false}",
            "{\"name\":\"cannabis\",\"on\":null}",
            // errors
            "",
            "   ",
            "not json",
            "[\"Cathine\"]",
            "\"Cathine\"",
            "{\"name\":\"Cathine\",}",
            "{\"name\":\"Cathine\"} trailing",
            "{\"name\":\"Cathine\"}{\"name\":\"x\"}",
            "{\"name\":\"Cathine\",\"name\":\"HHC\"}",
            "{\"name\":\"Cathine\",\"n\\u0061me\":\"HHC\"}",
            "{\"id\":\"a\",\"id\":\"b\",\"name\":\"Cathine\"}",
            "{\"name\":\"Cathine\",\"on\":null,\"on\":\"2024-01-01\"}",
            "{\"name\":\"Cathine\",\"preparation\":null,\"preparation\":null}",
            "{\"name\":\"Cathine\",\"colour\":\"blue\"}",
            "{\"name\":\"\"}",
            "{\"name\":\"   \"}",
            "{\"name\":\"\\u00a0\\u2003\"}",
            "{\"name\":5}",
            "{\"name\":null}",
            "{\"id\":\"q\"}",
            "{\"name\":\"Cathine\",\"on\":\"2024-02-30\"}",
            "{\"name\":\"Cathine\",\"on\":\"2024-1-1\"}",
            "{\"name\":\"Cathine\",\"on\":\"0000-01-01\"}",
            "{\"name\":\"Cathine\",\"on\":\"2024\\u002d01-01\"}",
            "{\"name\":\"Cathine\",\"on\":\"\"}",
            "{\"name\":\"Cathine\",\"on\":20240101}",
            "{\"name\":\"Cathine\",\"on\":\"2024-01-01T00:00\"}",
            "{\"name\":\"Cathine\" // comment\n}",
            "{\"a\":[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]],\"name\":\"Cathine\"}",
        };
        // Every printable ASCII character in an id, and the first non-ASCII ones.
        for (var c = 0x20; c < 0x100; c++)
            lines.Add($"{{\"id\":\"<{Esc(((char)c).ToString())}>\",\"name\":\"Cathine\",\"on\":\"2024-01-01\"}}");
        Compare(lines);
    }

    [Fact]
    public void An_id_with_half_a_surrogate_pair_is_an_error_answer_not_the_end_of_the_run()
    {
        var (errors, answers) = JsonlRunner.Run("{\"id\":\"q\\ud800\",\"name\":\"Cathine\"}", "{\"id\":\"q\\udfff\",\"name\":\"Cathine\",}", "{\"name\":\"Cathine\"}");

        errors.ShouldBe(2);
        answers.Count.ShouldBe(3);
        answers[0].Str("error")!.ShouldContain("'id' is not text");
        answers[1].Str("error")!.ShouldStartWith("not valid JSON");
        answers[2].Str("status").ShouldBe("listed");
    }

    [Fact]
    public void A_byte_order_mark_carriage_returns_and_bytes_that_are_not_utf8_get_the_long_ways_bytes()
    {
        var input = new List<byte>();
        input.AddRange(new byte[] { 0xEF, 0xBB, 0xBF });
        input.AddRange(Encoding.UTF8.GetBytes("{\"id\":1,\"name\":\"Cathine\"}\r\n{\"name\":\"caf"));
        input.AddRange(new byte[] { 0xC3, 0x28 });
        input.AddRange(Encoding.UTF8.GetBytes("\"}\n{\"name\":\"Cathine\",\"on\":\"2024-01-01\"}\r\n{\"name\":\"HHC\"}"));

        var (fast, slow) = Both(input.ToArray());

        ShouldBeTheSame(fast, slow, Array.Empty<string>());
        fast.Split('\n').Length.ShouldBe(5);
    }

    [Fact]
    public void A_cache_that_starts_again_when_full_still_writes_the_long_ways_bytes()
    {
        var names = Names().Take(60).ToArray();
        var lines = Enumerable.Range(0, 600).Select(i => $"{{\"id\":{i},\"name\":\"{Esc(names[i * 7 % names.Length])}\",\"on\":\"{(i % 2 == 0 ? "2024-01-01" : "1995-06-01")}\"}}").ToList();
        var (_, slow) = Both(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        var expected = slow.Split('\n');
        // Room for a few answers only: the cache empties and fills again many times over.
        var answers = new PreEncodedAnswers(Classifier, JsonlRunner.Today, maxCachedBytes: 8_000);

        for (var i = 0; i < lines.Count; i++)
        {
            var output = new MemoryStream();
            answers.TryWrite(Encoding.UTF8.GetBytes(lines[i]), output).ShouldBeTrue(lines[i]);
            Encoding.UTF8.GetString(output.ToArray()).ShouldBe(expected[i] + "\n", lines[i]);
        }
    }

    [Fact]
    public void Names_answered_before_cost_no_allocation_a_line()
    {
        var names = new[] { "chlorhydrate de cocaïne", "Cathine", "pas une substance", "HHC", "COCAÏNE", "paracétamol", "morphine", "  kétamine  " };
        var text = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
            text.Append("{\"id\":\"q").Append(i).Append("\",\"name\":\"").Append(names[i % names.Length]).Append("\",\"on\":\"2024-01-0").Append(1 + i % 9).Append("\"}\n");
        var input = Encoding.UTF8.GetBytes(text.ToString());
        JsonlClassifier.Run(Classifier, new MemoryStream(input), Stream.Null, JsonlRunner.Today); // the first answers, and the JIT

        var before = GC.GetAllocatedBytesForCurrentThread();
        JsonlClassifier.Run(Classifier, new MemoryStream(input), Stream.Null, JsonlRunner.Today);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // One run's buffers and the first answer to each name, not 20,000 answers (the long way: about 2.5 KB each).
        allocated.ShouldBeLessThan(1_000_000);
    }
}
