using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Listings.Fuzzing;
using Listings.Tests.Support;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace Listings.Tests.Hardening;

/// <summary>
/// Replays every input the fuzzer wrote to tests/Listings.Fuzz/crashes/ through the same invariants:
/// in place of the real listing it was made from (named in its <c>.txt</c>), and alone. A crash file
/// stays until the product bug it shows is fixed; then this test passes and the file can stay as a
/// regression case.
/// </summary>
public class FuzzRegressionTests
{
    private readonly ITestOutputHelper _output;

    public FuzzRegressionTests(ITestOutputHelper output) => _output = output;

    public static string CrashDirectory => Path.Combine(RepositoryPaths.Root, "tests", "Listings.Fuzz", "crashes");

    [Fact]
    public void Every_saved_crash_input_now_keeps_every_invariant()
    {
        var files = Directory.Exists(CrashDirectory)
            ? Directory.EnumerateFiles(CrashDirectory, "*.listing").OrderBy(f => f, StringComparer.Ordinal).ToList()
            : new List<string>();
        _output.WriteLine($"{files.Count} crash input(s) in {CrashDirectory}");
        if (files.Count == 0)
            return;

        var core = new FuzzCore(new FuzzOptions { RepositoryRoot = RepositoryPaths.Root });
        var failures = new List<string>();
        foreach (var file in files)
        {
            var (text, replaced) = FuzzCore.ReadCrash(file);
            var name = Path.GetFileName(file);
            // In place of the listing it was made from, among the real ones; and as one more file beside them.
            var inPlace = core.Check(replaced ?? "listings/fuzz/" + name, text, roslyn: true);
            var alone = core.Check("listings/fuzz/" + name, text, roslyn: false);
            foreach (var violation in inPlace.Violations.Concat(alone.Violations))
                failures.Add(name + ": " + violation.Invariant + ": " + violation.Detail);
        }

        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    /// <summary>
    /// Inputs at the edges the fuzzer aims at, kept here by hand: dates at the end of the calendar (the
    /// day after 31/12/9999 does not exist) and per-unit amounts whose conversion to milligrams does not
    /// fit a decimal. Each is one more file beside the real listings.
    /// </summary>
    private static readonly string[] Boundaries =
    {
        "acte (99) de stupefiants : arrêté du 22/02/1990 \"publié le dernier jour du calendrier\" JO du 31/12/9999\n",
        "acte (98) de stupefiants : arrêté du 31/12/9999 \"signé le dernier jour du calendrier\" JO inconnu\n",
        "acte (97) de stupefiants : arrêté du 01/01/0001 \"premier jour\" JO du 01/01/0001\n",
        "annexe IX de stupefiants\n- \"X\", sauf préparations orales renfermant par unité au plus 9999999999999999999999999999 kg de \"x\"\n",
        "annexe IX de stupefiants\n- \"X\", sauf préparations orales renfermant par unité au plus 9999999999999999999999999999 g de \"x\"\n",
        "annexe IX de stupefiants\n- \"X\", sauf la préparation en comprimés renfermant par comprimé \"x\" 99999999999999999999999999 kg\n",
        "amendement par (1) en vigueur le 31/12/9999\najoute à stupefiants annexe I\n- \"Y\"\n",
        "acte (96) de stupefiants : arrêté du 22/02/1990 \"x\" en vigueur le 31/12/9999\namendement par (96)\nretire \"Cocaïne\" de stupefiants annexe I\n",
    };

    public static IEnumerable<object[]> BoundaryIndices() => Enumerable.Range(0, Boundaries.Length).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(BoundaryIndices))]
    public void Hand_picked_boundary_inputs_keep_every_invariant(int index)
    {
        var core = new FuzzCore(new FuzzOptions { RepositoryRoot = RepositoryPaths.Root });
        var text = Boundaries[index];

        var check = core.Check("listings/fuzz/boundary.listing", text, roslyn: true);

        check.Violations.Select(v => v.Invariant + ": " + v.Detail).ShouldBeEmpty("input:\n" + text);
    }

    [Fact]
    public void A_crash_report_names_source_files_from_the_repository_down_never_by_a_machine_path()
    {
        const string frame = "   at Listings.Compiler.Binding.EntryIntoForce.DayAfter(LegalDate date) in /home/ci/src/listings/compiler/Listings.Compiler/Binding/EntryIntoForce.cs:line 29\n" +
                             "   at Listings.Fuzzing.FuzzCore.Stage() in C:\\src\\listings\\tests\\Listings.Tests\\Hardening\\FuzzCore.cs:line 578";

        FuzzCore.WithoutMachinePaths(frame).ShouldBe(
            "   at Listings.Compiler.Binding.EntryIntoForce.DayAfter(LegalDate date) in compiler/Listings.Compiler/Binding/EntryIntoForce.cs:line 29\n" +
            "   at Listings.Fuzzing.FuzzCore.Stage() in tests\\Listings.Tests\\Hardening\\FuzzCore.cs:line 578");
        foreach (var report in Directory.EnumerateFiles(CrashDirectory, "*.txt"))
            File.ReadAllText(report).ShouldNotContain(" in /", Case.Sensitive, Path.GetFileName(report));
    }
}
