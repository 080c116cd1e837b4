using System;
using System.Diagnostics;
using System.IO;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Cli;

/// <summary>
/// Standard output carries data only: a listing with errors passed to export or diff prints its
/// errors on stderr and nothing on stdout (exit 1); a failure to write stdout is one line on stderr
/// and exit code 1, never a stack trace.
/// </summary>
public class OutputTests
{
    private const string Broken = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990

        annexe I de stupefiants
        - "Cocaïne"
        n'importe quoi

        """;

    [Fact]
    public void Export_of_a_listing_with_errors_prints_them_on_stderr_and_no_YAML()
    {
        using var fixture = new ListingFixture("output-");
        fixture.Write("listings/a.listing", Broken);

        var run = CliRunner.Run("export", "--on", "2024-01-01", fixture.PathOf("listings"));

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain("a.listing(6,1): error LST0001: ");
    }

    [Fact]
    public void Diff_of_a_listing_with_errors_prints_them_on_stderr_and_no_report()
    {
        using var fixture = new ListingFixture("output-");
        fixture.Write("old/a.listing", Broken);
        fixture.Write("new/a.listing", Broken.Replace("n'importe quoi\n", ""));

        var run = CliRunner.Run("diff", "--on", "2024-01-01", "--format", "markdown", fixture.PathOf("old"), fixture.PathOf("new"));

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain("a.listing(6,1): error LST0001: ");
    }

    [Fact]
    public void Export_to_a_full_device_is_one_line_on_stderr_and_exit_code_1()
    {
        File.Exists("/dev/full").ShouldBeTrue("this test needs Linux's /dev/full, a device on which every write fails");
        var command = $"exec '{ListingsProcess.Dotnet}' '{ListingsProcess.Dll}' export --on 2024-01-01 '{RepositoryPaths.Listings}' > /dev/full";
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.ShouldBe(1, error);
        error.ShouldBe("listings: cannot write the output: No space left on device\n");
    }
}
