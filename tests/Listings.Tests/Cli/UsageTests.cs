using System;
using System.IO;
using System.Linq;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Cli;

/// <summary>
/// The command line takes no mistake for data. Exit codes: 0 success, 1 findings or listing errors,
/// 2 usage (an unknown option, a stray argument, a value that does not parse); a usage error names
/// what is wrong on stderr and prints nothing on stdout.
/// </summary>
public class UsageTests
{
    private static readonly string Listings = RepositoryPaths.Listings;

    private static void ShouldBeUsageError(CliRun run, string message)
    {
        run.ExitCode.ShouldBe(2, run.ToString());
        run.Output.ShouldBeEmpty(run.ToString());
        run.Error.Split('\n')[0].ShouldBe(message, run.ToString());
    }

    [Fact]
    public void An_unknown_option_before_the_names_is_a_usage_error_not_a_name()
    {
        // It used to classify three names: "--date", "2024-01-01" and "cocaïne", on today's date.
        var run = CliRunner.Run("classify", "--listings", Listings, "--date", "2024-01-01", "cocaïne");

        ShouldBeUsageError(run, "listings classify: '--date' is not an option of 'classify'; to give an argument that starts with '-', put it after '--'");
    }

    [Fact]
    public void A_single_dash_option_is_a_usage_error_that_suggests_the_option_meant()
    {
        var run = CliRunner.Run("classify", "--listings", Listings, "-on", "2024-01-01", "cocaïne");

        ShouldBeUsageError(run, "listings classify: '-on' is not an option of 'classify' (did you mean --on?); to give an argument that starts with '-', put it after '--'");
    }

    [Fact]
    public void After_a_double_dash_a_word_that_starts_with_a_dash_is_a_name()
    {
        var run = CliRunner.Run("classify", "--listings", Listings, "--on", "2024-01-01", "--", "--date");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldStartWith("--date — 2024-01-01: not-listed");
    }

    [Fact]
    public void Warnaserror_is_an_option_of_check_not_a_path()
    {
        // It used to be read as a path: "--warnaserror: error LST0006: no such file or folder".
        var run = CliRunner.Run("check", "--warnaserror", Listings);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldNotContain("LST0006");
        run.Output.ShouldContain("(warnings as errors).");
    }

    [Fact]
    public void A_name_given_with_jsonl_is_a_usage_error()
    {
        var run = CliRunner.RunWithInput("{\"name\":\"cocaïne\"}\n", "classify", "--listings", Listings, "--jsonl", "NAME");

        ShouldBeUsageError(run, "listings classify: --jsonl reads the names from the queries on stdin: give no NAME (found 'NAME')");
    }

    [Fact]
    public void A_query_option_given_with_jsonl_is_a_usage_error()
    {
        var run = CliRunner.RunWithInput("{\"name\":\"cocaïne\"}\n", "classify", "--listings", Listings, "--jsonl", "--on", "2024-01-01");

        ShouldBeUsageError(run, "listings classify: --jsonl takes --on from each query (\"on\", \"preparation\", \"thc_percent\", \"catalogue_variety\"), not from the command line");
    }

    [Fact]
    public void Classify_without_a_name_is_a_usage_error()
    {
        ShouldBeUsageError(CliRunner.Run("classify", "--listings", Listings), "listings classify: give at least one NAME, or --jsonl to read queries from stdin");
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("01/01/2024")]
    [InlineData("demain")]
    public void A_date_that_does_not_parse_is_a_usage_error_naming_the_option(string date)
    {
        var run = CliRunner.Run("classify", "--listings", Listings, "--on", date, "cocaïne");

        ShouldBeUsageError(run, $"listings classify: --on: '{date}' is not a date (expected yyyy-mm-dd, e.g. 2024-01-01)");
    }

    [Fact]
    public void A_route_that_is_none_of_the_three_is_a_usage_error()
    {
        ShouldBeUsageError(CliRunner.Run("classify", "--listings", Listings, "--route", "buccale", "diphénoxylate"),
            "listings classify: --route: 'buccale' is not a route (expected oral, injectable or other)");
    }

    [Theory]
    [InlineData("0,30")]
    [InlineData("0.30")]
    public void A_THC_content_reads_the_same_with_a_comma_or_a_point(string thc)
    {
        var run = CliRunner.Run("classify", "--listings", Listings, "--on", "2024-01-01", "--thc", thc, "--catalogued", "cannabis");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldStartWith("cannabis — 2024-01-01: exempted");
    }

    [Theory]
    [InlineData("-0,1", "'-0,1' is negative: a THC content is a percentage from 0 to 100")]
    [InlineData("101", "'101' is more than 100: a THC content is a percentage from 0 to 100")]
    [InlineData("0,3,0", "'0,3,0' is not a percentage (expected a number such as 0,30 or 0.30)")]
    public void A_THC_content_out_of_range_is_a_usage_error(string thc, string message)
    {
        ShouldBeUsageError(CliRunner.Run("classify", "--listings", Listings, "--thc", thc, "cannabis"), "listings classify: --thc: " + message);
    }

    [Theory]
    [InlineData("diphénoxylate=-2 mg", "'-2 mg' is negative: a quantity is 0 or more")]
    [InlineData("diphénoxylate=2 kg", "'2 kg' is more than 1 kg per unit: not a preparation's unit (check the unit)")]
    [InlineData("diphénoxylate=2 furlongs", "'2 furlongs' is not a mass (expected a number and µg, mg, g or kg, e.g. \"2.5 mg\")")]
    [InlineData("2.5 mg", "'2.5 mg' is not a per-unit amount (expected \"substance=2.5 mg\")")]
    public void A_per_unit_amount_that_is_not_a_plausible_mass_is_a_usage_error(string amount, string message)
    {
        ShouldBeUsageError(CliRunner.Run("classify", "--listings", Listings, "--per-unit", amount, "diphénoxylate"), "listings classify: --per-unit: " + message);
    }

    [Fact]
    public void Two_names_of_one_substance_in_the_per_unit_contents_are_a_usage_error()
    {
        // Both fold to one key for the classifier: one quantity would be dropped, which one depending on their order.
        var run = CliRunner.Run("classify", "--listings", Listings, "--route", "oral",
            "--per-unit", "diphénoxylate=2.5 mg", "--per-unit", "DIPHENOXYLATE=3 mg", "diphénoxylate");

        ShouldBeUsageError(run, "listings classify: --per-unit: 'diphénoxylate' and 'DIPHENOXYLATE' name the same substance in the per-unit contents: give it once");
    }

    [Theory]
    [InlineData("export", "toml", "yaml, json")]
    [InlineData("diff", "html", "text, markdown, json")]
    public void A_format_that_is_not_offered_is_a_usage_error(string command, string format, string offered)
    {
        var run = CliRunner.Run(command, "--format", format, "--from", "2020-01-01", "--to", "2021-01-01", Listings);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain($"listings {command}: --format: '{format}' is not a format ({offered})");
    }

    [Fact]
    public void A_third_folder_for_diff_is_a_stray_argument()
    {
        ShouldBeUsageError(CliRunner.Run("diff", Listings, Listings, Listings), "listings diff: give two folders OLD NEW, not 3");
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        var run = CliRunner.Run("classer", "cocaïne");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("Unrecognized command or argument 'classer'");
    }

    [Fact]
    public void A_name_that_starts_with_an_at_sign_is_a_name_not_a_response_file()
    {
        var run = CliRunner.Run("classify", "--listings", Listings, "--on", "2024-01-01", "@cocaïne");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldStartWith("@cocaïne — 2024-01-01: not-listed");
    }

    [Fact]
    public void Help_is_not_an_error()
    {
        var run = CliRunner.Run("classify", "--help");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("--jsonl");
    }

    // ---- a listing set with no listing --------------------------------------------------------

    [Fact]
    public void A_folder_without_a_listing_is_an_error_naming_it_not_an_empty_set()
    {
        // It used to answer "cocaïne: not-listed" with exit code 0 and nothing on stderr.
        var folder = Directory.CreateTempSubdirectory("listings-empty-");
        try
        {
            var run = CliRunner.Run("classify", "--listings", folder.FullName, "cocaïne");

            run.ExitCode.ShouldBe(1, run.ToString());
            run.Output.ShouldBeEmpty();
            run.Error.ShouldBe($"{folder.FullName.Replace('\\', '/')}: error LST0006: no .listing file in this folder\n");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_export_of_a_folder_without_a_listing_prints_no_lists_and_fails()
    {
        var folder = Directory.CreateTempSubdirectory("listings-empty-");
        try
        {
            var run = CliRunner.Run("export", folder.FullName);

            run.ExitCode.ShouldBe(1, run.ToString());
            run.Output.ShouldBeEmpty();
            run.Error.ShouldContain("error LST0006: no .listing file in this folder");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void With_no_folder_and_no_listings_folder_here_the_error_names_the_full_path_it_tried()
    {
        var here = Directory.CreateTempSubdirectory("listings-cwd-");
        try
        {
            var run = ListingsProcess.Run(here.FullName, "classify", "cocaïne");

            run.ExitCode.ShouldBe(1, run.ToString());
            run.Output.ShouldBeEmpty();
            var tried = Path.Combine(here.FullName, "listings").Replace('\\', '/');
            run.Error.ShouldBe($"{tried}: error LST0006: no such file or folder (no path was given: the default is the folder listings/ in the working directory)\n");
        }
        finally
        {
            here.Delete(recursive: true);
        }
    }
}
