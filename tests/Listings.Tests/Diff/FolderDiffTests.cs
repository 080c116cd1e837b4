using System;
using System.Linq;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Diff;

/// <summary>
/// <c>listings diff OLD NEW</c>: two versions of a small listing set written here, in which one entry
/// moves to another annex of its list, one moves to another list, one gains an alias and one loses its
/// exception. Every annex has the same preamble, so each of these is one change and nothing else.
/// </summary>
public class FolderDiffTests
{
    private const string On = "2000-01-01";

    private static readonly string Header = Text(
        "liste stupefiants \"Liste des substances classées comme stupéfiants\" fixée par (1)",
        "liste psychotropes \"Liste des substances psychotropes\" fixée par (1)",
        "acte (1) de stupefiants : arrêté du 22/02/1990 \"fixant la liste des stupéfiants\" JO du 07/06/1990",
        "acte (1) de psychotropes : arrêté du 22/02/1990 \"fixant la liste des psychotropes\" JO du 07/06/1990",
        "");

    private static readonly string Preamble = Text(
        "comprend les substances ci-après désignées",
        "comprend les préparations, à l'exception de celles nommément désignées");

    private static readonly string OldText = Header
        + Text("annexe I de stupefiants") + Preamble
        + Text("- \"Alphamine\"", "- \"Bétamine\" ou \"BTM\"", "- \"Gammadone\", sauf préparations injectables", "")
        + Text("annexe II de stupefiants") + Preamble
        + Text("- \"Deltanol\"", "- \"Zétadol\"", "")
        + Text("partie 1 de psychotropes") + Preamble
        + Text("- \"Epsilorex\"");

    private static readonly string NewText = Header
        + Text("annexe I de stupefiants") + Preamble
        + Text("- \"Bétamine\" ou \"BTM\" ou \"Bétamina\"", "- \"Gammadone\"", "")
        + Text("annexe II de stupefiants") + Preamble
        + Text("- \"Alphamine\"", "- \"Deltanol\"", "")
        + Text("partie 1 de psychotropes") + Preamble
        + Text("- \"Epsilorex\"", "- \"Zétadol\"");

    /// <summary>Lines of a listing, each ended by a line feed.</summary>
    private static string Text(params string[] lines) => string.Concat(lines.Select(l => l + "\n"));

    private sealed class Pair : IDisposable
    {
        public readonly ListingFixture Fixture = new();

        public Pair(string? oldText = null, string? newText = null)
        {
            OldFile = Fixture.Write("old/listes.listing", oldText ?? OldText);
            NewFile = Fixture.Write("new/listes.listing", newText ?? NewText);
        }

        public string OldFile { get; }

        public string NewFile { get; }

        public string Old => Fixture.PathOf("old");

        public string New => Fixture.PathOf("new");

        public DiffOutput Diff(string format = "json") => DiffRunner.Folders(Old, New, On, format);

        public void Dispose() => Fixture.Dispose();
    }

    private static string Location(string file, string text, string fragment) =>
        $"{DiffRunner.Shown(file)}({ListingFixture.LineOf(text, fragment)},1)";

    [Fact]
    public void The_fixture_pair_reads_without_errors()
    {
        using var pair = new Pair();

        CheckRun(pair.Old).ShouldBe(0);
        CheckRun(pair.New).ShouldBe(0);

        static int CheckRun(string folder) => global::Listings.Cli.Commands.CheckCommand.Run(new[] { folder }, new System.IO.StringWriter());
    }

    [Fact]
    public void Each_change_appears_exactly_once_in_its_section_and_nothing_is_added_or_removed()
    {
        using var pair = new Pair();

        var report = pair.Diff().Json;

        var reported = DiffJson.ChangeSections.SelectMany(s => report.Items(s).Select(c => $"{s}: {c.Str("entry")}"))
            .OrderBy(s => s, StringComparer.Ordinal);
        reported.ShouldBe(new[]
        {
            "aliases_changed: Bétamine",
            "exceptions_changed: Gammadone",
            "moved: Alphamine",
            "moved: Zétadol",
        });
    }

    [Fact]
    public void An_entry_moved_to_another_annex_of_its_list_is_a_move_from_that_annex_to_the_other()
    {
        using var pair = new Pair();

        var moved = pair.Diff().Json.Change("moved", "Alphamine");

        moved.Place("before").ShouldBe("stupefiants I");
        moved.Place("after").ShouldBe("stupefiants II");
    }

    [Fact]
    public void An_entry_moved_to_another_list_is_a_move_from_that_list_to_the_other()
    {
        using var pair = new Pair();

        var moved = pair.Diff().Json.Change("moved", "Zétadol");

        moved.Place("before").ShouldBe("stupefiants II");
        moved.Place("after").ShouldBe("psychotropes 1");
    }

    [Theory]
    [InlineData("Alphamine")]
    [InlineData("Zétadol")]
    public void A_move_gives_where_the_entry_is_written_before_and_after(string entry)
    {
        using var pair = new Pair();

        var moved = pair.Diff().Json.Change("moved", entry);

        moved.GetProperty("before").Str("location").ShouldBe(Location(pair.OldFile, OldText, $"- \"{entry}\""));
        moved.GetProperty("after").Str("location").ShouldBe(Location(pair.NewFile, NewText, $"- \"{entry}\""));
    }

    [Fact]
    public void An_alias_added_to_an_entry_is_an_alias_change_adding_that_alias_and_removing_none()
    {
        using var pair = new Pair();

        var change = pair.Diff().Json.Change("aliases_changed", "Bétamine");

        change.Strings("added_items").ShouldBe(new[] { "Bétamina" });
        change.Strings("removed_items").ShouldBeEmpty();
    }

    [Fact]
    public void An_alias_change_gives_where_the_entry_is_written_before_and_after()
    {
        using var pair = new Pair();

        var change = pair.Diff().Json.Change("aliases_changed", "Bétamine");

        change.GetProperty("before").Str("location").ShouldBe(Location(pair.OldFile, OldText, "- \"Bétamine\""));
        change.GetProperty("after").Str("location").ShouldBe(Location(pair.NewFile, NewText, "- \"Bétamine\""));
    }

    [Fact]
    public void An_exception_removed_from_an_entry_is_an_exception_change_removing_it_and_adding_none()
    {
        using var pair = new Pair();

        var change = pair.Diff().Json.Change("exceptions_changed", "Gammadone");

        change.Strings("removed_items").ShouldBe(new[] { "préparations injectables" });
        change.Strings("added_items").ShouldBeEmpty();
    }

    [Fact]
    public void An_exception_change_gives_where_the_entry_is_written_before_and_after()
    {
        using var pair = new Pair();

        var change = pair.Diff().Json.Change("exceptions_changed", "Gammadone");

        change.GetProperty("before").Str("location").ShouldBe(Location(pair.OldFile, OldText, "- \"Gammadone\""));
        change.GetProperty("after").Str("location").ShouldBe(Location(pair.NewFile, NewText, "- \"Gammadone\""));
    }

    [Fact]
    public void The_classification_impact_gives_the_verdict_on_a_moved_entry_before_and_after()
    {
        using var pair = new Pair();

        var report = pair.Diff().Json;

        var alphamine = report.Impact("Alphamine");
        alphamine.Str("before").ShouldBe("listed (stupefiants I)");
        alphamine.Str("after").ShouldBe("listed (stupefiants II)");
        var zetadol = report.Impact("Zétadol");
        zetadol.Str("before").ShouldBe("listed (stupefiants II)");
        zetadol.Str("after").ShouldBe("listed (psychotropes 1)");
    }

    [Fact]
    public void The_classification_impact_gives_an_added_alias_as_not_listed_before_and_listed_after()
    {
        using var pair = new Pair();

        var alias = pair.Diff().Json.Impact("Bétamina");

        alias.Str("before").ShouldBe("not-listed");
        alias.Str("after").ShouldBe("listed (stupefiants I)");
    }

    [Fact]
    public void Two_folders_with_the_same_listings_print_no_changes_and_succeed()
    {
        using var pair = new Pair(OldText, OldText);

        var output = pair.Diff("text");

        output.ExitCode.ShouldBe(0);
        output.Lines.ShouldBe(new[] { "no changes" });
    }

    [Fact]
    public void A_syntax_error_in_the_old_folder_is_printed_located_and_fails_without_a_report()
    {
        var broken = OldText + "n'importe quoi\n";
        using var pair = new Pair(broken, NewText);

        var output = pair.Diff("text");

        output.ExitCode.ShouldBe(1);
        var garbageLine = ListingFixture.LineOf(broken, "n'importe quoi");
        output.Lines.ShouldContain(l => l.StartsWith($"{DiffRunner.Shown(pair.OldFile)}({garbageLine},1): error LST0001: ", StringComparison.Ordinal), output.Text);
        output.Lines.ShouldAllBe(l => l.Contains(": error LST"), output.Text);
    }

    [Fact]
    public void A_syntax_error_in_the_new_folder_is_printed_located_and_fails_without_a_report()
    {
        var broken = NewText + "n'importe quoi\n";
        using var pair = new Pair(OldText, broken);

        var output = pair.Diff("text");

        output.ExitCode.ShouldBe(1);
        var garbageLine = ListingFixture.LineOf(broken, "n'importe quoi");
        output.Lines.ShouldContain(l => l.StartsWith($"{DiffRunner.Shown(pair.NewFile)}({garbageLine},1): error LST0001: ", StringComparison.Ordinal), output.Text);
        output.Lines.ShouldAllBe(l => l.Contains(": error LST"), output.Text);
    }

    [Fact]
    public void A_syntax_error_fails_without_a_report_in_json_too()
    {
        var broken = NewText + "n'importe quoi\n";
        using var pair = new Pair(OldText, broken);

        var output = pair.Diff("json");

        output.ExitCode.ShouldBe(1);
        output.Lines.ShouldAllBe(l => l.Contains(": error LST"), output.Text);
    }

    /// <summary>
    /// An entry's extensions are its own words (« et ses sels »); the annex preamble is
    /// not part of the entry. An entry that moves, unchanged, to an annex with another preamble has
    /// moved; its own exceptions and extensions have not changed.
    /// </summary>
    [Fact]
    public void An_unchanged_entry_moved_to_an_annex_with_another_preamble_is_reported_once_as_moved()
    {
        const string annexI = "annexe I de stupefiants\ncomprend les substances ci-après désignées\ncomprend leurs isomères, sauf exception expresse\ncomprend les sels des substances, isomères, esters et éthers\n";
        const string annexII = "annexe II de stupefiants\ncomprend les substances ci-après désignées\ncomprend les sels des substances et isomères\n";
        var oldText = Header + annexI + "- \"Alphamine\"\n- \"Bétamine\"\n\n" + annexII + "- \"Deltanol\"\n";
        var newText = Header + annexI + "- \"Bétamine\"\n\n" + annexII + "- \"Deltanol\"\n- \"Alphamine\"\n";
        using var pair = new Pair(oldText, newText);

        var report = pair.Diff().Json;

        DiffJson.ChangeSections.SelectMany(s => report.Items(s).Select(c => $"{s}: {c.Str("entry")}"))
            .ShouldBe(new[] { "moved: Alphamine" });
    }

    // ---- an entry removed by an amending act, between two dates of one listing set ----------------

    private static readonly string WithRemoval = Text(
        "liste stupefiants \"Liste des substances classées comme stupéfiants\" fixée par (1)",
        "acte (1) de stupefiants : arrêté du 22/02/1990 \"fixant la liste des stupéfiants\" JO du 07/06/1990",
        "acte (2) de stupefiants : arrêté du 19/07/1995 \"modifiant la liste des stupéfiants\" JO du 29/07/1995",
        "",
        "annexe I de stupefiants",
        "comprend les substances ci-après désignées",
        "- \"Alphamine\"",
        "- \"Bétamine\"",
        "",
        "amendement par (2)",
        "retire \"Bétamine\" de stupefiants annexe I");

    /// <summary>Act (2) is published on 29/07/1995, so in force on 30/07/1995: between these dates.</summary>
    private static DiffOutput DiffAcrossRemoval(ListingFixture fixture) =>
        DiffRunner.Dates("1995-01-01", "1996-01-01", "json", fixture.Write("listes.listing", WithRemoval));

    [Fact]
    public void An_entry_an_amending_act_removes_between_the_two_dates_is_the_one_removal()
    {
        using var fixture = new ListingFixture();

        var report = DiffAcrossRemoval(fixture).Json;

        DiffJson.ChangeSections.SelectMany(s => report.Items(s).Select(c => $"{s}: {c.Str("entry")} ({c.Place("before")})"))
            .ShouldBe(new[] { "removed: Bétamine (stupefiants I)" });
    }

    [Fact]
    public void An_entry_an_amending_act_removes_is_credited_to_the_removing_act()
    {
        using var fixture = new ListingFixture();

        var removed = DiffAcrossRemoval(fixture).Json.Change("removed", "Bétamine");

        // The act behind a removal is the act that removes: (2), signed 19/07/1995, not (1) that inscribed it.
        var act = removed.GetProperty("act");
        act.Str("mark").ShouldBe("(2)");
        act.Str("signed").ShouldBe("1995-07-19");
    }

    [Fact]
    public void The_removing_act_is_among_the_acts_added_between_the_two_dates()
    {
        using var fixture = new ListingFixture();

        var report = DiffAcrossRemoval(fixture).Json;

        report.Items("acts_added").Select(a => $"{a.Str("mark")} in force {a.Str("in_force")}").ShouldBe(new[] { "(2) in force 1995-07-30" });
    }

    // ---- the same removal between two folders: the old version, and the new one with the removing act

    private static readonly string BeforeRemoval = WithRemoval.Substring(0, WithRemoval.IndexOf("amendement par (2)", StringComparison.Ordinal))
        .Replace("acte (2) de stupefiants : arrêté du 19/07/1995 \"modifiant la liste des stupéfiants\" JO du 29/07/1995\n", "");

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    [InlineData("markdown")]
    public void Between_two_folders_a_removal_is_credited_to_the_removing_act_not_the_adding_one(string format)
    {
        // diff OLD NEW used to print "- Bétamine … (1) arrêté du 1990-02-22": the act that added it.
        using var pair = new Pair(BeforeRemoval, WithRemoval);

        var output = DiffRunner.Folders(pair.Old, pair.New, "1996-01-01", format);

        output.ExitCode.ShouldBe(0, output.Text);
        if (format == "json")
        {
            output.Json.Change("removed", "Bétamine").GetProperty("act").Str("mark").ShouldBe("(2)");
            return;
        }
        var line = output.Lines.Single(l => l.Contains("Bétamine", StringComparison.Ordinal) && l.Contains("arrêté", StringComparison.Ordinal));
        line.ShouldContain("(2) arrêté du 1995-07-19");
        line.ShouldNotContain("(1) arrêté");
    }

    // ---- listing text in a markdown report -----------------------------------------------------

    [Fact]
    public void Listing_text_in_a_markdown_report_is_escaped_so_that_it_stays_text_in_its_cell()
    {
        var oldText = Header + Text("annexe I de stupefiants") + Preamble + Text("- \"Alphamine\"");
        var newText = oldText + Text("- \"<details>\"", "- \"a | b\"", "- \"`code` *bold* _it_ [l](x) @team #1 $x$ ~s~ &amp;\"");
        using var pair = new Pair(oldText, newText);

        var output = DiffRunner.Folders(pair.Old, pair.New, On, "markdown");

        output.ExitCode.ShouldBe(0, output.Text);
        output.Text.ShouldNotContain("<details>");
        output.Text.ShouldContain("| \\<details\\> | stupefiants annexe I |");
        output.Text.ShouldContain("| a \\| b | stupefiants annexe I |");
        output.Text.ShouldContain("| \\`code\\` \\*bold\\* \\_it\\_ \\[l\\](x) \\@team \\#1 \\$x\\$ \\~s\\~ \\&amp; | stupefiants annexe I |");
        // Every row of the added table has its four cells: no '|' from a listing splits one.
        var table = output.Lines.SkipWhile(l => l != "### Added").Skip(1).TakeWhile(l => l.StartsWith('|')).ToList();
        table.Count.ShouldBe(5);
        table.ShouldAllBe(row => System.Text.RegularExpressions.Regex.Matches(row, @"(?<!\\)\|").Count == 5);
    }
}
