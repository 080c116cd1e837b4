using System;
using System.Linq;
using System.Text.RegularExpressions;
using Listings.Cli;
using Listings.Cli.Commands;
using Listings.Tests.Cli;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Diff;

/// <summary>
/// The formats of <c>listings diff</c>: markdown for pull-request comments (a bold summary line, then
/// one section per kind of change, in a fixed order), JSON for machines (a fixed set of keys).
/// The fixture's act (2), in force on 30/07/1995, adds one entry, removes one, transfers one to
/// another annex and adds an exception to one: one change of each kind but aliases, and one act.
/// </summary>
public class FormatTests
{
    private const string From = "1995-01-01";
    private const string To = "1996-01-01";

    private static readonly string[] SectionTitles =
    {
        "Added", "Removed", "Moved between annexes or lists", "Exceptions and extensions changed", "Aliases changed",
        "Undetermined by the sources, changed", "Acts added", "Acts of unknown content (the lists may be incomplete)", "Classification impact",
    };

    private static readonly string Header = Text(
        "liste stupefiants \"Liste des substances classées comme stupéfiants\" fixée par (1)",
        "acte (1) de stupefiants : arrêté du 22/02/1990 \"fixant la liste des stupéfiants\" JO du 07/06/1990",
        "acte (2) de stupefiants : arrêté du 19/07/1995 \"modifiant la liste des stupéfiants\" JO du 29/07/1995",
        "",
        "annexe I de stupefiants",
        "comprend les substances ci-après désignées",
        "comprend les préparations, à l'exception de celles nommément désignées",
        "- \"Deltanol\"",
        "- \"Epsilorex\"",
        "- \"Zétadol\"",
        "",
        "annexe II de stupefiants",
        "comprend les substances ci-après désignées",
        "comprend les préparations, à l'exception de celles nommément désignées",
        "- \"Gammadone\"",
        "");

    private static readonly string EveryKindButAliases = Header + Text(
        "amendement par (2)",
        "ajoute à stupefiants annexe II",
        "- \"Alpha|bêta\" ou \"A|B\"",
        "retire \"Deltanol\" de stupefiants annexe I",
        "transfère \"Epsilorex\" de stupefiants annexe I à stupefiants annexe II",
        "modifie \"Zétadol\" de stupefiants annexe I : sauf préparations injectables");

    private static string Text(params string[] lines) => string.Concat(lines.Select(l => l + "\n"));

    private static DiffOutput Diff(string listing, string format)
    {
        using var fixture = new ListingFixture();
        return DiffRunner.Dates(From, To, format, fixture.Write("listes.listing", listing));
    }

    /// <summary>The cells of a markdown table row, split on the '|' that are not escaped.</summary>
    private static string[] Cells(string row) =>
        Regex.Split(row.Trim(), @"(?<!\\)\|").Skip(1).SkipLast(1).Select(c => c.Trim()).ToArray();

    [Fact]
    public void Markdown_starts_with_a_bold_summary_line_with_the_count_of_each_kind_of_change()
    {
        var first = Diff(EveryKindButAliases, "markdown").Lines[0];

        first.ShouldBe($"**{From} → {To}**: 1 added, 1 removed, 1 moved, 1 with exceptions or extensions changed, "
            + "0 with aliases changed, 0 with what the sources leave undetermined changed, 1 act added.");
    }

    [Fact]
    public void Markdown_has_every_section_in_reading_order()
    {
        var lines = Diff(EveryKindButAliases, "markdown").Lines;

        lines.Where(l => l.StartsWith("### ", StringComparison.Ordinal)).Select(l => l.Substring(4)).ShouldBe(SectionTitles);
    }

    [Fact]
    public void Markdown_says_None_under_an_empty_section()
    {
        var lines = Diff(EveryKindButAliases, "markdown").Lines.ToList();

        lines[lines.IndexOf("### Aliases changed") + 1].ShouldBe("None.");
    }

    [Fact]
    public void Markdown_says_None_under_every_section_when_an_act_changes_no_entry()
    {
        // Act (2) enters into force between the two dates and amends nothing.
        var lines = Diff(Header, "markdown").Lines.ToList();

        var empty = SectionTitles.Where(t => t != "Acts added");
        empty.Select(t => $"{t}: {lines[lines.IndexOf("### " + t) + 1]}").ShouldBe(empty.Select(t => $"{t}: None."));
    }

    [Fact]
    public void Markdown_puts_a_section_with_changes_in_a_table_not_None()
    {
        var lines = Diff(EveryKindButAliases, "markdown").Lines.ToList();

        // The fixture changes no alias, leaves nothing undetermined and declares no act of unknown content.
        foreach (var title in SectionTitles.Where(t => t is not ("Aliases changed" or "Undetermined by the sources, changed" or "Acts of unknown content (the lists may be incomplete)")))
            lines[lines.IndexOf("### " + title) + 1].ShouldStartWith("| ", customMessage: title);
    }

    [Fact]
    public void Markdown_escapes_a_pipe_in_an_entry_name()
    {
        var lines = Diff(EveryKindButAliases, "markdown").Lines;

        var added = lines.SkipWhile(l => l != "### Added").Skip(3).First();
        Cells(added)[0].ShouldBe(@"Alpha\|bêta");
    }

    [Fact]
    public void Markdown_rows_have_as_many_cells_as_their_table_header_even_with_a_pipe_in_a_name()
    {
        var lines = Diff(EveryKindButAliases, "markdown").Lines;

        var width = 0;
        var rows = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith('|'))
            {
                width = 0;
                continue;
            }
            if (width == 0)
            {
                width = Cells(lines[i]).Length; // the header
                continue;
            }
            rows++;
            Cells(lines[i]).Length.ShouldBe(width, customMessage: lines[i]);
        }
        rows.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Json_has_the_documented_keys_in_order()
    {
        var report = Diff(EveryKindButAliases, "json").Json;

        report.EnumerateObject().Select(p => p.Name).ShouldBe(new[]
        {
            "from", "to", "changed", "added", "removed", "moved", "exceptions_changed", "aliases_changed", "undetermined_changed",
            "acts_added", "incomplete", "impact",
        });
    }

    [Fact]
    public void Json_says_from_and_to_and_that_something_changed()
    {
        var report = Diff(EveryKindButAliases, "json").Json;

        report.Str("from").ShouldBe(From);
        report.Str("to").ShouldBe(To);
        report.GetProperty("changed").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Json_of_two_identical_states_is_a_report_that_nothing_changed()
    {
        using var fixture = new ListingFixture();
        var file = fixture.Write("listes.listing", Header);

        // Between these dates no act enters into force.
        var output = DiffRunner.Dates("1996-01-01", "1997-01-01", "json", file);

        output.ExitCode.ShouldBe(0);
        var report = output.Json;
        report.GetProperty("changed").GetBoolean().ShouldBeFalse();
        foreach (var section in DiffJson.ChangeSections.Append("acts_added").Append("impact"))
            report.Items(section).ShouldBeEmpty(section);
    }

    [Fact]
    public void An_unknown_format_is_an_argument_error()
    {
        var error = Should.Throw<ArgumentException>(() => DiffRunner.Dates(From, To, "yaml"));

        error.Message.ShouldContain("'yaml'");
    }

    [Fact]
    public void An_unknown_format_writes_no_report()
    {
        var output = new System.IO.StringWriter();

        Should.Throw<ArgumentException>(() => DiffCommand.Run(new[] { RepositoryPaths.Listings }, QueryReader.ParseDate(From), QueryReader.ParseDate(To), null, null, "yaml", output));

        output.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void An_unknown_format_exits_with_2_from_the_command_line()
    {
        var run = CliRunner.Run("diff", "--from", From, "--to", To, "--format", "yaml", RepositoryPaths.Listings);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("listings diff: --format: 'yaml' is not a format (text, markdown, json)");
        run.Output.ShouldBeEmpty();
    }

    /// <summary>
    /// An act whose JO date the text does not give: <c>JO inconnu</c>, or no JO clause at all. Both say
    /// the same thing, and a machine reading <c>published</c> should not have to know two spellings.
    /// </summary>
    [Fact]
    public void Json_spells_an_unknown_JO_date_the_same_whether_the_listing_says_JO_inconnu_or_nothing()
    {
        var listing = Text(
            "liste stupefiants \"Liste des substances classées comme stupéfiants\" fixée par (1)",
            "acte (1) de stupefiants : arrêté du 22/02/1990 \"fixant la liste des stupéfiants\" JO du 07/06/1990",
            "acte sans-jo-1 de stupefiants : arrêté du 01/03/1995 \"modifiant la liste des stupéfiants\" JO inconnu",
            "acte sans-jo-2 de stupefiants : arrêté du 02/03/1995 \"modifiant la liste des stupéfiants\"");

        var acts = Diff(listing, "json").Json.Items("acts_added");

        acts.Select(a => a.Str("mark")).ShouldBe(new[] { "sans-jo-1", "sans-jo-2" });
        acts[0].Str("published").ShouldBe(acts[1].Str("published"));
    }
}
