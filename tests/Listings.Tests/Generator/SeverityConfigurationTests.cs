using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Listings.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using Xunit;

namespace Listings.Tests.Generator;

/// <summary>
/// A listing with a syntax or binding error never yields a silently smaller classifier: whatever a
/// consumer's <c>.globalconfig</c>, <c>.editorconfig</c> or <c>NoWarn</c> says, the error stays an error
/// and the build fails, saying why. Warnings of the binder (LST1004) and the analyzers' findings
/// (LST2xxx) stay configurable.
/// </summary>
public class SeverityConfigurationTests
{
    // "Codéine" ou … with nothing after 'ou': LST0001. The rest of the set still generates, without Codéine.
    private static readonly (string Path, string Text)[] SyntaxError =
        Fixtures.Set().Append(("listings/broken.listing", "annexe II de stupefiants\n- \"Codéine\" ou\n")).ToArray();

    // An annex of a list no 'liste' declares: LST1001; its entry belongs to no classifier.
    private static readonly (string Path, string Text)[] BindingError =
        Fixtures.Set().Append(("listings/orphan.listing", "annexe I de psychotropes\n- \"Codéine\"\n")).ToArray();

    // A per-unit amount in % (not a mass): the binder's warning LST1004.
    private static readonly (string Path, string Text)[] BindingWarning =
        Fixtures.Set().Append(("listings/amount.listing",
            "annexe II de stupefiants\n- \"Diphénoxylate\", sauf préparations orales renfermant par unité au plus 5 % de \"diphénoxylate\"\n")).ToArray();

    private static CSharpCompilationOptions Defaults => new(OutputKind.DynamicallyLinkedLibrary);

    private static CSharpCompilationOptions GlobalConfig(string lines) =>
        GeneratorHarness.WithAnalyzerConfig(Defaults, (".globalconfig", "is_global = true\n" + lines + "\n"));

    private static string Show(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics);

    private static void ShouldFailWith(IReadOnlyCollection<Diagnostic> diagnostics, string id)
    {
        var error = diagnostics.SingleOrDefault(d => d.Id == id);
        error.ShouldNotBeNull($"{id} was not reported:\n{Show(diagnostics)}");
        error.Severity.ShouldBe(DiagnosticSeverity.Error, Show(diagnostics));
        error.IsSuppressed.ShouldBeFalse();
        error.GetMessage().ShouldNotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("none")]
    [InlineData("silent")]
    [InlineData("suggestion")]
    [InlineData("warning")]
    public void A_syntax_error_stays_an_error_whatever_severity_a_globalconfig_gives_LST0001(string severity)
    {
        var (diagnostics, _) = GeneratorHarness.Build(SyntaxError, GlobalConfig($"dotnet_diagnostic.LST0001.severity = {severity}"));

        ShouldFailWith(diagnostics, "LST0001");
    }

    [Theory]
    [InlineData("none")]
    [InlineData("warning")]
    public void A_binding_error_stays_an_error_whatever_severity_a_globalconfig_gives_LST1001(string severity)
    {
        var (diagnostics, _) = GeneratorHarness.Build(BindingError, GlobalConfig($"dotnet_diagnostic.LST1001.severity = {severity}"));

        ShouldFailWith(diagnostics, "LST1001");
    }

    [Fact]
    public void A_syntax_error_stays_an_error_when_an_editorconfig_sets_LST0001_to_none()
    {
        var options = GeneratorHarness.WithAnalyzerConfig(Defaults,
            (".editorconfig", "root = true\n[*]\ndotnet_diagnostic.LST0001.severity = none\n[*.listing]\ndotnet_diagnostic.LST0001.severity = none\n"));

        var (diagnostics, _) = GeneratorHarness.Build(SyntaxError, options);

        ShouldFailWith(diagnostics, "LST0001");
    }

    [Fact]
    public void A_syntax_error_stays_an_error_when_the_project_lists_LST0001_in_NoWarn()
    {
        // <NoWarn>LST0001</NoWarn> reaches the compiler as /nowarn:LST0001, a specific option "suppress".
        var options = Defaults.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["LST0001"] = ReportDiagnostic.Suppress });

        var (diagnostics, _) = GeneratorHarness.Build(SyntaxError, options);

        ShouldFailWith(diagnostics, "LST0001");
    }

    [Fact]
    public void The_same_globalconfig_does_lower_the_binders_warning_LST1004()
    {
        // The harness hands the .globalconfig to the generator's diagnostics as the compiler does: a
        // configurable id does follow it, so the tests above would see an error lowered.
        var (plain, _) = GeneratorHarness.Build(BindingWarning, Defaults);
        plain.ShouldContain(d => d.Id == "LST1004" && d.Severity == DiagnosticSeverity.Warning, Show(plain));

        var (silenced, _) = GeneratorHarness.Build(BindingWarning, GlobalConfig("dotnet_diagnostic.LST1004.severity = none"));
        silenced.ShouldNotContain(d => d.Id == "LST1004", Show(silenced));

        var (raised, _) = GeneratorHarness.Build(BindingWarning, GlobalConfig("dotnet_diagnostic.LST1004.severity = error"));
        raised.ShouldContain(d => d.Id == "LST1004" && d.Severity == DiagnosticSeverity.Error, Show(raised));
    }

    // ---- the analyzers' findings stay configurable -----------------------------------------------

    private static readonly (string Path, string Text)[] Duplicate =
    {
        ("listings/a.listing", Fixtures.List + "\nannexe I de stupefiants\n- \"Cocaïne\"\n"),
        ("listings/b.listing", "annexe II de stupefiants\n- \"Cocaïne\"\n"),
    };

    [Fact]
    public async Task A_globalconfig_still_silences_an_analyzer_finding()
    {
        var diagnostics = await AnalyzerHarness.Run(Duplicate, GlobalConfig("dotnet_diagnostic.LST2001.severity = none"));

        diagnostics.ShouldNotContain(d => d.Id == "LST2001", Show(diagnostics));
    }

    [Fact]
    public async Task A_globalconfig_still_raises_an_analyzer_finding_to_an_error()
    {
        var diagnostics = await AnalyzerHarness.Run(Duplicate, GlobalConfig("dotnet_diagnostic.LST2001.severity = error"));

        diagnostics.ShouldContain(d => d.Id == "LST2001" && d.Severity == DiagnosticSeverity.Error, Show(diagnostics));
    }
}
