using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Listings.Compiler.Binding;
using Listings.Compiler.Formatting;
using Listings.Grammar.Parsing;
using Listings.Tests.Cli;
using Listings.Fuzzing;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Formatting;

/// <summary>
/// <c>listings format</c>: one layout, reached in one pass (formatting a formatted file changes nothing),
/// that never changes what a listing says (the bound model before and after is the same).
/// </summary>
public class FormatterTests
{
    private static string Format(string text, string path = "t.listing")
    {
        var result = ListingFormatter.Format(path, text);
        result.Errors.ShouldBeEmpty();
        return result.Text!;
    }

    [Fact]
    public void Lays_out_statements_clauses_and_keywords_canonically_keeping_comments_and_strings()
    {
        var text = string.Join("\n",
            "# tête",
            "",
            "",
            "LISTE stup \"Liste\" FIXEE PAR (1)",
            "Acte ( 1 ) DE stup :  Arrete du 22/02/1990   \"arrete du ARRETE\"   jo du 07/06/1990  # fin",
            "",
            "   annexe I de stup comprend les substances ci-apres designees",
            "  - *\"Morphine\" ,sauf son isomere dextrogyre ou \"x\" (1)",
            "-\"A\"ou \"B\"",
            "      avec ses sels,",
            " ses esters  # c",
            "\t# sur l'entrée",
            "",
            "",
            "",
            "annexe II de stup",
            "- \"Z\"\t( 1 )   ",
            "", "");

        Format(text).ShouldBe(string.Join("\n",
            "# tête",
            "",
            "liste stup \"Liste\" fixée par (1)",
            "acte (1) de stup : arrêté du 22/02/1990 \"arrete du ARRETE\" JO du 07/06/1990  # fin",
            "",
            "annexe I de stup",
            "comprend les substances ci-après désignées",
            "- * \"Morphine\", sauf son isomère dextrogyre ou \"x\" (1)",
            "- \"A\" ou \"B\"",
            "    avec ses sels,",
            "        ses esters  # c",
            "    # sur l'entrée",
            "",
            "annexe II de stup",
            "- \"Z\" (1)",
            ""));
    }

    [Fact]
    public void Keeps_the_files_apostrophes_and_line_ends_and_where_two_keywords_fold_alike_their_accents()
    {
        var text = "annexe I de stup\r\nCOMPREND les esters et éthers à moins qu’ils ne soient inscrits à une autre annexe DANS tous les cas OÙ ils peuvent exister\r\n";

        Format(text).ShouldBe("annexe I de stup\r\ncomprend les esters et éthers à moins qu’ils ne soient inscrits à une autre annexe dans tous les cas où ils peuvent exister\r\n");
    }

    [Fact]
    public void A_file_the_parser_rejects_is_not_formatted_and_its_errors_say_why()
    {
        var result = ListingFormatter.Format("bad.listing", "annexe I de stup\n- \"Morphine\n");

        result.Text.ShouldBeNull();
        result.Errors.Select(e => e.Id).ShouldContain("LST0002");
    }

    [Fact]
    public void The_French_listings_formatted_twice_are_byte_identical_to_once_and_bind_to_the_same_model()
    {
        var files = FrenchListings();
        var once = files.Select(f => (f.Path, Text: Format(f.Text, f.Path))).ToList();
        foreach (var (path, text) in once)
            Format(text, path).ShouldBe(text, path);

        ShouldBindAlike(files, once);
    }

    [Fact]
    public void Formatting_the_fuzzers_inputs_is_idempotent_and_never_changes_what_they_say()
    {
        var formatted = 0;
        var random = new Random(17);
        var french = FrenchListings();
        for (var seed = 0; seed < 60; seed++)
        {
            // The generator's listing sets, and the fuzzer's mutations of the French listings.
            var set = RandomListings.Generate(seed);
            var laidOut = set.Select(f => (f.Path, Text: Format(f.Text, f.Path))).ToList();
            ShouldBindAlike(set, laidOut);
            foreach (var (path, text) in laidOut)
                Format(text, path).ShouldBe(text, $"seed {seed}, {path}");

            var source = french[random.Next(french.Count)];
            var mutated = FuzzCore.Mutate(random, source.Text, new List<string>());
            var result = ListingFormatter.Format(source.Path, mutated);
            if (result.Text is null)
                continue;
            formatted++;
            Format(result.Text, source.Path).ShouldBe(result.Text, $"mutation {seed} of {source.Path}");
            SyntaxNodes.SameMeaning(ListingParser.Parse(source.Path, mutated).Document, ListingParser.Parse(source.Path, result.Text).Document)
                .ShouldBeTrue($"mutation {seed} of {source.Path}");
        }
        formatted.ShouldBeGreaterThan(0, "no mutated input was read by the parser: the test proved nothing about them");
    }

    [Fact]
    public void Check_lists_the_files_that_would_change_and_exits_1_writing_nothing()
    {
        using var work = new ListingFixture("format-");
        var messy = work.Write("a.listing", "liste stup \"Liste\"\nannexe I de stup\n-   \"Morphine\"\n");
        var tidy = work.Write("b.listing", "liste psy \"Liste\"\npartie 1 de psy\n- \"Kétamine\"\n");
        var before = File.ReadAllText(messy);

        var check = CliRunner.Run("format", "--check", work.Root);

        check.ExitCode.ShouldBe(1, check.ToString());
        check.Output.Trim().ShouldEndWith("a.listing", Case.Sensitive, check.ToString());
        check.Output.ShouldNotContain("b.listing");
        File.ReadAllText(messy).ShouldBe(before);

        var format = CliRunner.Run("format", work.Root);
        format.ExitCode.ShouldBe(0, format.ToString());
        File.ReadAllText(messy).ShouldBe("liste stup \"Liste\"\nannexe I de stup\n- \"Morphine\"\n");
        CliRunner.Run("format", "--check", work.Root).ExitCode.ShouldBe(0);
        File.ReadAllText(tidy).ShouldBe("liste psy \"Liste\"\npartie 1 de psy\n- \"Kétamine\"\n");
    }

    [Fact]
    public void Format_leaves_a_file_with_a_syntax_error_as_it_is_and_reports_it()
    {
        using var work = new ListingFixture("format-");
        var bad = work.Write("bad.listing", "annexe I de stup\n-  \"Morphine\" (\n");

        var run = CliRunner.Run("format", work.Root);

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Error.ShouldContain("error LST0001");
        File.ReadAllText(bad).ShouldBe("annexe I de stup\n-  \"Morphine\" (\n");
    }

    [Fact]
    public void The_meaning_check_tells_a_changed_word_from_a_changed_layout()
    {
        // The oracle of the tests above: it must see a different name, date or mark, and must not see layout.
        static bool Same(string a, string b) =>
            SyntaxNodes.SameMeaning(ListingParser.Parse("t.listing", a).Document, ListingParser.Parse("t.listing", b).Document);
        const string text = "annexe I de stup\n- \"Morphine\" (2)\n";

        Same(text, "\n\nannexe   I de stup - \"Morphine\"\n    ( 2 )\n").ShouldBeTrue();
        Same(text, "annexe I de stup\n- \"Morphine \" (2)\n").ShouldBeFalse();
        Same(text, "annexe I de stup\n- \"Morphine\" (3)\n").ShouldBeFalse();
        Same(text, "annexe II de stup\n- \"Morphine\" (2)\n").ShouldBeFalse();
        Same(text, "annexe I de stup\n- * \"Morphine\" (2)\n").ShouldBeFalse();
    }

    private static List<(string Path, string Text)> FrenchListings() =>
        Directory.EnumerateFiles(RepositoryPaths.Listings, "*.listing", SearchOption.AllDirectories)
            .Select(p => (Path: Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/'), Text: File.ReadAllText(p)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

    private static void ShouldBindAlike(IReadOnlyList<(string Path, string Text)> before, IReadOnlyList<(string Path, string Text)> after)
    {
        var a = ListingBinder.Bind(before.Select(f => ListingParser.Parse(f.Path, f.Text).Document));
        var b = ListingBinder.Bind(after.Select(f => ListingParser.Parse(f.Path, f.Text).Document));
        SyntaxNodes.SameMeaning(a.Model, b.Model).ShouldBeTrue();
        b.Diagnostics.Select(d => d.Id + " " + d.Message).ShouldBe(a.Diagnostics.Select(d => d.Id + " " + d.Message));
    }
}
