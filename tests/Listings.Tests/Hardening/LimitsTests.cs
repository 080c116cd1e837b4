using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Listings.Compiler.Analysis;
using Listings.Compiler.Binding;
using Listings.Fuzzing;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Parsing;
using Listings.Grammar.Syntax;
using Listings.Tests.Generator;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Hardening;

/// <summary>
/// The limits of LANGUAGE.md (section "Limits"), at and around their edges, for every kind of statement
/// and line end: 32 Mi characters per file, 10,000 per line, 1,000 clauses per statement, 200,000
/// entries per annex or part. Past a limit: one located LST0007, at the place the table says, whose
/// line and column are those of its offset; never a hang, a crash or a flood of errors.
/// (Grammar/Parsing/LimitTests has the first examples; these are the edges around them.)
/// </summary>
public class LimitsTests
{
    private const string Path = "limits.listing";

    private const string Preamble = LimitInputs.Preamble;

    private static ParseResult Parse(string text) => ListingParser.Parse(Path, text);

    /// <summary>The single diagnostic, an LST0007 at (line, column) whose offset agrees with both.</summary>
    private static ListingDiagnostic SingleLimitError(ParseResult result, string text, int line, int column)
    {
        var error = result.Diagnostics.ShouldHaveSingleItem(string.Join("\n", result.Diagnostics.Take(5)));
        error.Id.ShouldBe(DiagnosticCatalogue.LimitExceeded.Id);
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        (error.Span.Path, error.Span.Line, error.Span.Column).ShouldBe((Path, line, column), error.ToString());
        FuzzCore.LocationProblem(error, new Dictionary<string, string> { [Path] = text }).ShouldBeNull();
        return error;
    }

    private static int LineOf(string text, string fragment) =>
        Array.FindIndex(text.Split('\n'), l => l.Contains(fragment, StringComparison.Ordinal)) + 1;

    // ---- characters in a line ------------------------------------------------------------------------

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_comment_line_of_exactly_the_limit_is_fine_whatever_the_line_end(string newline)
    {
        var line = "# " + new string('x', ListingLimits.MaxLineLength - 2);
        var text = Preamble.Replace("\n", newline) + line + newline + "- \"Héroïne\"" + newline;

        Parse(text).Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_line_one_past_the_limit_is_reported_at_its_last_character_whatever_the_line_end(string newline)
    {
        var line = "# " + new string('x', ListingLimits.MaxLineLength - 1);
        var text = Preamble.Replace("\n", newline) + line + newline + "- \"Héroïne\"" + newline;
        var lineNumber = Preamble.Count(c => c == '\n') + 1;

        var result = Parse(text);

        var error = SingleLimitError(result, text, lineNumber, ListingLimits.MaxLineLength + 1);
        error.Span.Length.ShouldBe(1);
        result.Document.Annexes.Single().Sections.SelectMany(s => s.Entries).Select(e => e.Title.Value)
            .ShouldBe(new[] { "Cocaïne", "Héroïne" });
    }

    [Fact]
    public void Each_long_line_gets_its_own_error_and_the_other_errors_are_still_reported()
    {
        var longLine = "# " + new string('x', ListingLimits.MaxLineLength + 5);
        var text = Preamble + longLine + "\n- \"Héroïne\" ou\n" + longLine + "\n" + longLine + "\n- \"Morphine\"\n";

        var result = Parse(text);

        var limits = result.Diagnostics.Where(d => d.Id == DiagnosticCatalogue.LimitExceeded.Id).ToList();
        limits.Select(d => d.Span.Line).ShouldBe(new[] { 6, 8, 9 });
        limits.ShouldAllBe(d => d.Span.Column == ListingLimits.MaxLineLength + 1);
        result.Diagnostics.ShouldContain(d => d.Id == DiagnosticCatalogue.SyntaxError.Id, "the dangling 'ou' is still an error");
        foreach (var d in result.Diagnostics)
            FuzzCore.LocationProblem(d, new Dictionary<string, string> { [Path] = text }).ShouldBeNull(d.ToString());
    }

    [Fact]
    public void A_100_000_character_line_inside_a_string_is_one_error_and_is_read_in_linear_work()
    {
        var text = LimitInputs.LongString(100_000);

        var result = Parse(text);

        SingleLimitError(result, text, 6, ListingLimits.MaxLineLength + 1);
        result.Document.Annexes.Single().Sections.SelectMany(s => s.Entries).Count().ShouldBe(3);
        Work.ShouldGrowLinearly(length =>
        {
            var input = LimitInputs.LongString(length);
            return () => Parse(input);
        }, 25_000, "a string line past the limit, by its length");
    }

    // ---- clauses of one statement --------------------------------------------------------------------

    /// <summary>A statement of every kind, in a context where it is valid (what precedes it opens its container).</summary>
    public static IEnumerable<object[]> Statements() => new[]
    {
        "- \"Morphine\"",
        "- préparations orales renfermant \"codéine\"",
        "liste psychotropes \"Liste des psychotropes\"",
        "acte (3) de stupefiants : arrêté du 11/10/1995 \"modificatif\" JO du 28/10/1995",
        "annexe II de stupefiants",
        "comprend les substances ci-après désignées",
        "tableau III de la convention de Vienne",
        "groupe \"Les cannabinoïdes suivants\"",
        "astérisques inconnus",
        "amendement par (2)",
        "amendement par (2)\najoute à stupefiants annexe I",
        "amendement par (2)\nretire \"Cocaïne\" de stupefiants annexe I",
        "amendement par (2)\ntransfère \"Cocaïne\" de stupefiants annexe I à stupefiants annexe II",
        "amendement par (2)\nmodifie \"Cocaïne\" de stupefiants annexe I :",
        "dérogation par (2) à \"Cocaïne\" de stupefiants annexe I",
        "dérogation par (2) à \"Cocaïne\" de stupefiants annexe I\nautorise \"feuilles de coca décocainisées\"",
        "contre-ions \"napsilate\"",
    }.Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Statements))]
    public void A_statement_of_any_kind_with_exactly_the_limit_of_clauses_is_fine(string statement)
    {
        var text = new StringBuilder(Preamble).Append(statement);
        for (var i = 1; i <= ListingLimits.MaxClauses; i++)
            text.Append("\n    texte \"n").Append(i).Append('"');
        text.Append('\n');

        Parse(text.ToString()).Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void A_statement_of_any_kind_with_one_clause_past_the_limit_is_reported_at_that_clause(string statement)
    {
        // LANGUAGE.md: "Every statement may end with these clauses" (texte, défaut, accepte), and the
        // limit is on "clauses of one statement".
        var text = new StringBuilder(Preamble).Append(statement);
        for (var i = 1; i <= ListingLimits.MaxClauses + 1; i++)
            text.Append("\n    texte \"n").Append(i).Append('"');
        text.Append('\n');
        var source = text.ToString();

        var result = Parse(source);

        SingleLimitError(result, source, LineOf(source, "texte \"n" + (ListingLimits.MaxClauses + 1) + "\""), 5);
    }

    [Fact]
    public void A_modification_with_one_exception_past_the_limit_is_reported_at_that_exception()
    {
        var text = new StringBuilder(Preamble).Append("amendement par (2)\nmodifie \"Cocaïne\" de stupefiants annexe I :");
        for (var i = 1; i <= ListingLimits.MaxClauses + 1; i++)
            text.Append("\n    sauf préparations injectables");
        text.Append('\n');
        var source = text.ToString();

        var result = Parse(source);

        // The modification is on line 7; its clause n is on line 7 + n.
        SingleLimitError(result, source, 7 + ListingLimits.MaxClauses + 1, 5);
    }

    [Fact]
    public void An_entry_with_a_hundred_times_the_limit_of_clauses_is_one_error_and_is_read_in_linear_work()
    {
        var source = LimitInputs.ManyClauses(ListingLimits.MaxClauses * 100);

        var result = Parse(source);

        SingleLimitError(result, source, 6 + ListingLimits.MaxClauses + 1, 5);
        result.Document.Annexes.Single().Sections.SelectMany(s => s.Entries).Select(e => e.Title.Value)
            .ShouldBe(new[] { "Cocaïne", "Morphine", "Héroïne" });
        // Past the limit (five and twenty times it), each clause more costs what the one before did.
        Work.ShouldGrowLinearly(clauses =>
        {
            var input = LimitInputs.ManyClauses(clauses);
            return () => Parse(input);
        }, ListingLimits.MaxClauses * 5, "clauses of one entry past the limit, by their number");
    }

    // ---- entries of one annex or part -----------------------------------------------------------------

    private static string Entries(string opening, int count, int first = 0)
    {
        var text = new StringBuilder(opening);
        for (var i = first; i < first + count; i++)
            text.Append("- \"s").Append(i).Append("\"\n");
        return text.ToString();
    }

    [Fact]
    public void An_annex_with_one_entry_past_the_limit_is_reported_at_that_entry_and_keeps_the_first_ones()
    {
        var text = "liste stupefiants \"Liste\"\n" + Entries("annexe I de stupefiants\n", ListingLimits.MaxEntriesPerAnnex + 3);

        var result = Parse(text);

        // Line 1 is the list, line 2 the annex: entry n (from 1) is on line n + 2.
        SingleLimitError(result, text, ListingLimits.MaxEntriesPerAnnex + 1 + 2, 1);
        var entries = result.Document.Annexes.Single().Sections.SelectMany(s => s.Entries).ToList();
        entries.Count.ShouldBe(ListingLimits.MaxEntriesPerAnnex);
        entries[^1].Title.Value.ShouldBe("s" + (ListingLimits.MaxEntriesPerAnnex - 1));
    }

    [Fact]
    public void An_annex_with_exactly_the_limit_of_entries_is_fine()
    {
        var text = "liste stupefiants \"Liste\"\n" + Entries("annexe I de stupefiants\n", ListingLimits.MaxEntriesPerAnnex);

        var result = Parse(text);

        result.Diagnostics.ShouldBeEmpty();
        result.Document.Annexes.Single().Sections.SelectMany(s => s.Entries).Count().ShouldBe(ListingLimits.MaxEntriesPerAnnex);
    }

    [Fact]
    public void An_annex_opened_twice_in_a_file_counts_all_its_entries()
    {
        // Both openings are "annexe I de stupefiants": one annex, split in two by the file.
        var half = ListingLimits.MaxEntriesPerAnnex / 2 + 1;
        var text = "liste stupefiants \"Liste\"\n" + Entries("annexe I de stupefiants\n", half)
            + Entries("annexe I de stupefiants\n", half, first: half);

        var result = Parse(text);

        result.Diagnostics.ShouldContain(d => d.Id == DiagnosticCatalogue.LimitExceeded.Id,
            $"annexe I de stupefiants holds {2 * half:N0} entries in one file, over the limit of {ListingLimits.MaxEntriesPerAnnex:N0}");
    }

    [Fact]
    public void An_amendment_adding_more_entries_than_the_limit_is_reported()
    {
        var text = "liste stupefiants \"Liste\"\nacte (2) de stupefiants : arrêté du 19/07/1995 \"m\" JO du 29/07/1995\namendement par (2)\n"
            + Entries("ajoute à stupefiants annexe I\n", ListingLimits.MaxEntriesPerAnnex + 1);

        var result = Parse(text);

        result.Diagnostics.ShouldContain(d => d.Id == DiagnosticCatalogue.LimitExceeded.Id,
            $"one 'ajoute' adds {ListingLimits.MaxEntriesPerAnnex + 1:N0} entries to an annex, over the limit");
    }

    // ---- characters in a file ------------------------------------------------------------------------

    private static string FileOfLength(string start, int length)
    {
        var text = new StringBuilder(start, length);
        var comment = "# " + new string('x', 97) + "\n"; // 100 characters
        while (text.Length + comment.Length <= length)
            text.Append(comment);
        text.Append('#', length - text.Length);
        return text.ToString();
    }

    [Fact]
    public void A_file_of_exactly_the_limit_is_read()
    {
        var text = FileOfLength(Preamble, ListingLimits.MaxFileLength);
        text.Length.ShouldBe(ListingLimits.MaxFileLength);

        var result = Parse(text);

        result.Diagnostics.ShouldBeEmpty();
        result.Document.Annexes.Single().Sections.Single().Entries.Single().Title.Value.ShouldBe("Cocaïne");
    }

    [Fact]
    public void A_file_one_past_the_limit_fails_alone_in_the_build_and_the_other_listings_still_generate()
    {
        var huge = FileOfLength(Preamble.Replace("Cocaïne", "Héroïne"), ListingLimits.MaxFileLength + 1);
        var files = Fixtures.Set().Append(("listings/huge.listing", huge)).ToArray();

        var (source, diagnostics, _) = GeneratorHarness.Run(files);

        var error = diagnostics.ShouldHaveSingleItem(string.Join("\n", diagnostics));
        error.Id.ShouldBe(DiagnosticCatalogue.LimitExceeded.Id);
        error.Location.GetLineSpan().Path.ShouldBe(GeneratorHarness.Root + "listings/huge.listing");
        error.Location.GetLineSpan().StartLinePosition.ShouldBe(new Microsoft.CodeAnalysis.Text.LinePosition(0, 0));
        source.ShouldNotBeNull();
        source.ShouldContain("\"cocaine\"");
        source.ShouldNotContain("\"heroine\"");
    }

    // ---- within the limits: no quadratic work ---------------------------------------------------------

    /// <summary>
    /// Files well inside every limit whose statements each look at every entry: binding and analysing
    /// them must do work in proportion to their size. (Quadratic before 1ff414f, measured in a Debug
    /// build: 10,000 accepted duplicates 2.6 s in analysis; 20,000 removals or transfers 3 s in binding,
    /// 30,000 about 7 s; 6,000 derogations 2.4 s, 10,000 about 6.5 s; at the 200,000 entries an annex may
    /// hold, minutes to hours of build.) The work is counted in bytes allocated, not timed: a scan that
    /// allocates shows (the binder's did: its checks fail against 1ff414f's parent); one that allocates
    /// nothing does not (the acceptances' did not). The speed is LimitsBenchmarks' (tests/Listings.Benchmarks).
    /// </summary>
    public static IEnumerable<object[]> Repetitive() => LimitInputs.Repetitive.Select(r => new object[] { r.What, r.Kind, r.Count });

    [Theory]
    [MemberData(nameof(Repetitive))]
    public void A_listing_well_within_the_limits_is_bound_and_analysed_without_quadratic_work(string what, string kind, int count)
    {
        var text = LimitInputs.RepetitiveListing(kind, count);
        text.Length.ShouldBeLessThan(ListingLimits.MaxFileLength / 8);
        var parsed = Parse(text);
        parsed.Diagnostics.ShouldBeEmpty();
        var bound = ListingBinder.Bind(new[] { parsed.Document });
        bound.Diagnostics.ShouldBeEmpty($"every statement of the {count:N0} {what} finds its entry");
        if (kind == "accept")
        {
            var findings = ListingAnalysis.Analyze(new[] { parsed.Document }, bound);
            findings.ShouldNotBeEmpty();
            findings.ShouldAllBe(d => d.Severity == DiagnosticSeverity.Info, "each finding is accepted by its statement");
        }

        Work.ShouldGrowLinearly(n =>
        {
            var document = Parse(LimitInputs.RepetitiveListing(kind, n)).Document;
            return () => ListingAnalysis.Analyze(new[] { document }, ListingBinder.Bind(new[] { document }));
        }, count / 8, what + ", bound and analysed");
    }
}
