using System.Linq;
using Listings.Tests.Cli;
using Listings.Tests.Cli.Classify;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Verdicts;

/// <summary><c>undetermined</c> where a user reads it: <c>--jsonl</c>, the text output, the export and the diff.</summary>
public class UndeterminedSurfacesTests
{
    [Fact]
    public void The_jsonl_answer_says_undetermined_with_the_reason_and_what_would_decide_it()
    {
        var answer = JsonlRunner.Answer("{\"id\":\"p\",\"name\":\"PMMA\",\"on\":\"1995-01-01\"}");

        answer.Str("status").ShouldBe("undetermined");
        answer.GetProperty("classifications").GetArrayLength().ShouldBe(0);
        var doubt = answer.GetProperty("undetermined").EnumerateArray().ShouldHaveSingleItem();
        doubt.Str("reason").ShouldBe("inscription-unknown");
        (doubt.Str("list"), doubt.Str("annex"), doubt.Str("entry"), doubt.Str("via")).ShouldBe(("stupefiants", "IV", "PMMA", "name"));
        doubt.Str("why")!.ShouldContain("(15)");
        doubt.Str("would_decide")!.ShouldContain("(15)");
        doubt.Str("location")!.ShouldContain("annexe-IV.listing(");

        JsonlRunner.Answer("{\"name\":\"PMMA\",\"on\":\"2009-02-28\"}").Str("status").ShouldBe("listed");
    }

    [Fact]
    public void The_text_output_says_undetermined_and_why()
    {
        var run = CliRunner.Run("classify", "--listings", RepositoryPaths.Listings, "--on", "1995-01-01", "lévocathinone");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldStartWith("lévocathinone — 1995-01-01: undetermined");
        run.Output.ShouldContain("rule-dated-by-mark");
        run.Output.ShouldContain("asterisk-lost");
    }

    [Fact]
    public void The_export_gives_each_entry_what_the_sources_leave_undetermined_on_its_date()
    {
        string[] Reasons(string on, string entry)
        {
            var run = CliRunner.Run("export", "--format", "json", "--on", on, RepositoryPaths.Listings);
            run.ExitCode.ShouldBe(0, run.ToString());
            using var json = System.Text.Json.JsonDocument.Parse(run.Output);
            return json.RootElement.EnumerateArray().SelectMany(l => l.GetProperty("annexes").EnumerateArray())
                .SelectMany(a => a.GetProperty("entries").EnumerateArray()).Single(e => e.Str("name") == entry)
                .GetProperty("undetermined").EnumerateArray().Select(d => d.Str("reason")!).ToArray();
        }

        Reasons("1995-01-01", "PMMA").ShouldBe(new[] { "inscription-unknown" });
        Reasons("2024-01-01", "PMMA").ShouldBeEmpty();
        Reasons("1995-01-01", "Amphétamine").ShouldBe(new[] { "rule-dated-by-mark", "asterisk-lost", "salts-of-isomers-unstated", "change-unknown" });
        Reasons("2024-01-01", "Amphétamine").ShouldBe(new[] { "asterisk-lost", "salts-of-isomers-unstated" });
        Reasons("2024-01-01", "Cocaïne").ShouldBeEmpty();
    }

    [Fact]
    public void The_diff_shows_an_inscription_that_becomes_certain_and_its_impact()
    {
        var run = CliRunner.Run("diff", "--from", "2009-01-01", "--to", "2009-03-01", "--format", "json", RepositoryPaths.Listings);

        run.ExitCode.ShouldBe(0, run.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var change = json.RootElement.GetProperty("undetermined_changed").EnumerateArray().ShouldHaveSingleItem();
        change.Str("entry").ShouldBe("PMMA");
        change.GetProperty("removed_items").EnumerateArray().ShouldHaveSingleItem().GetString()!.ShouldStartWith("inscription-unknown: ");
        var impact = json.RootElement.GetProperty("impact").EnumerateArray().Single(i => i.Str("name") == "PMMA");
        (impact.Str("before"), impact.Str("after")).ShouldBe(("undetermined (stupefiants IV: inscription-unknown)", "listed (stupefiants IV)"));
    }
}
