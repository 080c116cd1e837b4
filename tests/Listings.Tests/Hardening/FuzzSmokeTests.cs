using System;
using System.Linq;
using Listings.Fuzzing;
using Listings.Tests.Support;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace Listings.Tests.Hardening;

/// <summary>
/// The fuzzer's mutation and check loop (<see cref="FuzzCore"/>, also run by tests/Listings.Fuzz), in-process
/// and bounded, with fixed seeds: the same inputs every run, so a failure here is reproducible with
/// <c>dotnet run --project tests/Listings.Fuzz -- --iterations N --seed S</c>.
/// </summary>
public class FuzzSmokeTests
{
    private readonly ITestOutputHelper _output;

    public FuzzSmokeTests(ITestOutputHelper output) => _output = output;

    private static FuzzCore Core(int roslynEvery = 0) => new(new FuzzOptions
    {
        RepositoryRoot = RepositoryPaths.Root,
        CrashDirectory = null, // a test never writes into the repository
        RoslynEvery = roslynEvery,
    });

    [Theory]
    [InlineData(1, 150)]
    [InlineData(2, 150)]
    [InlineData(20240101, 150)]
    public void Mutated_real_listings_break_no_invariant(int seed, int iterations)
    {
        var report = Core().Run(iterations, seed);

        _output.WriteLine(report.Summary + "; slowest: " + report.SlowestInput);
        report.Violations.ShouldBeEmpty(Show(report));
    }

    [Fact]
    public void Mutated_real_listings_break_no_invariant_in_the_generator_and_analyzer_under_Roslyn()
    {
        var report = Core(roslynEvery: 1).Run(8, 7);

        _output.WriteLine(report.Summary + "; slowest: " + report.SlowestInput);
        report.Violations.ShouldBeEmpty(Show(report));
    }

    [Fact]
    public void The_real_listings_themselves_break_no_invariant()
    {
        var core = Core();
        foreach (var (path, text) in core.Listings)
        {
            var check = core.Check(path, text, roslyn: false);
            check.Violations.ShouldBeEmpty(string.Join("\n", check.Violations));
        }
    }

    [Fact]
    public void A_check_still_running_when_the_hang_bound_is_reached_is_reported_as_a_hang()
    {
        var core = new FuzzCore(new FuzzOptions { RepositoryRoot = RepositoryPaths.Root, HangAfter = TimeSpan.Zero });
        var (path, text) = core.Listings[0];

        var check = core.Check(path, text, roslyn: false);

        check.Violations.ShouldHaveSingleItem().Invariant.ShouldBe("hang");
    }

    [Fact]
    public void The_same_seed_mutates_the_same_way()
    {
        var core = Core();
        var (_, text) = core.Listings[0];
        for (var seed = 0; seed < 20; seed++)
        {
            var first = FuzzCore.Mutate(new Random(seed), text, new());
            var second = FuzzCore.Mutate(new Random(seed), text, new());
            second.ShouldBe(first);
        }
    }

    private static string Show(FuzzReport report) =>
        report.Summary + "\n" + string.Join("\n", report.Violations.Select(v =>
            v + "\n  input (" + v.Input.Length + " chars): " + FuzzCore.Escape(v.Input.Length > 2000 ? v.Input.Substring(0, 2000) + "…" : v.Input)));
}
