using System;
using System.IO;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Cli;

/// <summary>
/// <c>listings check</c> gives the findings the severities the build gives them: a <c>.globalconfig</c>
/// in the listings' folder (or above it), or <c>--config FILE</c>; and <c>--warnaserror</c> fails on a
/// warning as <c>dotnet build -warnaserror</c> does. An accepted finding never fails.
/// </summary>
public class CheckSeverityTests
{
    private const string Header = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990

        """;

    // LST2001, a warning by default: Cocaïne in two annexes.
    private const string Duplicate = Header + """
        annexe I de stupefiants
        - "Cocaïne"
        annexe II de stupefiants
        - "Cocaïne"

        """;

    private const string AcceptedDuplicate = Header + """
        annexe I de stupefiants
        - "Cocaïne"
        annexe II de stupefiants
        - "Cocaïne"
            accepte LST2001 "l'acte l'inscrit deux fois"

        """;

    private static CliRun Check(ListingFixture fixture, params string[] options)
    {
        var args = new System.Collections.Generic.List<string> { "check", fixture.PathOf("listings") };
        args.AddRange(options);
        return CliRunner.Run(args.ToArray());
    }

    [Fact]
    public void Without_a_setting_a_duplicate_is_a_warning_and_the_check_passes()
    {
        using var fixture = new ListingFixture("check-severity-");
        fixture.Write("listings/a.listing", Duplicate);

        var run = Check(fixture);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain(": warning LST2001: ");
    }

    [Fact]
    public void Warnaserror_turns_the_warning_into_an_error_and_fails_the_check()
    {
        using var fixture = new ListingFixture("check-severity-");
        fixture.Write("listings/a.listing", Duplicate);

        var run = Check(fixture, "--warnaserror");

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Output.ShouldContain(": error LST2001: ");
        run.Output.ShouldContain("; 1 errors, 0 warnings, 0 infos (warnings as errors).");
    }

    [Fact]
    public void A_globalconfig_in_the_listings_folder_that_sets_the_id_to_error_fails_the_check_as_it_fails_the_build()
    {
        using var fixture = new ListingFixture("check-severity-");
        fixture.Write("listings/a.listing", Duplicate);
        var config = fixture.Write("listings/.globalconfig", "is_global = true\ndotnet_diagnostic.LST2001.severity = error\n");

        var run = Check(fixture);

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Output.ShouldContain(": error LST2001: ");
        run.Output.ShouldContain($"(severities from {config.Replace('\\', '/')}).");
    }

    [Fact]
    public void A_globalconfig_above_the_listings_folder_applies_as_it_does_to_a_project_below_it()
    {
        using var fixture = new ListingFixture("check-severity-");
        fixture.Write("listings/a.listing", Duplicate);
        fixture.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.LST2001.severity = error\n");

        Check(fixture).ExitCode.ShouldBe(1);
    }

    [Fact]
    public void A_config_file_given_on_the_command_line_applies_instead()
    {
        using var fixture = new ListingFixture("check-severity-");
        fixture.Write("listings/a.listing", Duplicate);
        fixture.Write("listings/.globalconfig", "is_global = true\ndotnet_diagnostic.LST2001.severity = error\n");
        var quiet = fixture.Write("quiet.globalconfig", "is_global = true\ndotnet_diagnostic.LST2001.severity = none\n");

        var run = Check(fixture, "--config", quiet);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldNotContain("LST2001");
        run.Output.ShouldContain("; 0 errors, 0 warnings, 0 infos");
    }

    [Theory]
    [InlineData("suggestion", ": info LST2001: ")]
    [InlineData("warning", ": warning LST2001: ")]
    public void Suggestion_and_warning_set_those_severities(string setting, string printed)
    {
        using var fixture = new ListingFixture("check-severity-");
        fixture.Write("listings/a.listing", Duplicate);
        fixture.Write("listings/.globalconfig", $"dotnet_diagnostic.LST2001.severity = {setting}\n");

        var run = Check(fixture);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain(printed);
    }

    [Fact]
    public void An_accepted_finding_stays_info_when_its_id_is_set_to_error()
    {
        using var fixture = new ListingFixture("check-severity-");
        fixture.Write("listings/a.listing", AcceptedDuplicate);
        fixture.Write("listings/.globalconfig", "dotnet_diagnostic.LST2001.severity = error\n");

        var run = Check(fixture, "--warnaserror");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain(": info LST2001: ");
    }

    [Fact]
    public void A_severity_that_is_not_one_is_a_usage_error_naming_the_file_and_line()
    {
        using var fixture = new ListingFixture("check-severity-");
        fixture.Write("listings/a.listing", Duplicate);
        var config = fixture.Write("listings/.globalconfig", "is_global = true\ndotnet_diagnostic.LST2001.severity = fatal\n");

        var run = Check(fixture);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldBe($"listings check: {config.Replace('\\', '/')}(2): 'fatal' is not a severity for LST2001 (error, warning, suggestion, silent, none or default)\n");
    }

    [Fact]
    public void A_config_file_that_does_not_exist_is_a_usage_error()
    {
        using var fixture = new ListingFixture("check-severity-");
        fixture.Write("listings/a.listing", Duplicate);
        var missing = fixture.PathOf("absent.globalconfig");

        var run = Check(fixture, "--config", missing);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldStartWith($"listings check: --config: no such file: {missing.Replace('\\', '/')}");
    }

    [Fact]
    public void Where_two_globalconfig_files_set_one_id_the_nearer_one_wins()
    {
        using var fixture = new ListingFixture("check-severity-");
        fixture.Write("listings/a.listing", Duplicate);
        var far = fixture.Write(".globalconfig", "dotnet_diagnostic.LST2001.severity = error\n");
        var near = fixture.Write("listings/.globalconfig", "dotnet_diagnostic.LST2001.severity = suggestion\n");

        var run = Check(fixture);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain(": info LST2001: ");
        run.Output.ShouldContain($"(severities from {far.Replace('\\', '/')}, {near.Replace('\\', '/')}).");
    }

    [Fact]
    public void A_syntax_error_set_to_warning_passes_the_check_as_it_passes_the_build()
    {
        // The build lets a .globalconfig lower the parser's errors too (checked with a project).
        using var fixture = new ListingFixture("check-severity-");
        fixture.Write("listings/a.listing", Header + "annexe I de stupefiants\n- \"Cocaïne\"\nn'importe quoi\n");
        fixture.Write("listings/.globalconfig", "dotnet_diagnostic.LST0001.severity = warning\n");

        var run = Check(fixture);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain(": warning LST0001: ");
    }
}
