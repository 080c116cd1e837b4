using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Analysis;
using Listings.Compiler.Binding;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Parsing;
using Listings.Grammar.Text;
using Shouldly;

namespace Listings.Tests.Support;

/// <summary>
/// Runs the analyzers' checks over small in-memory listings the way <c>listings check</c> and the
/// Roslyn analyzer do: parse every file, bind them together, analyze. A fixture must parse and bind
/// cleanly, so that a finding can only come from the analysis under test.
/// </summary>
public static class Analyzed
{
    public const string Path = "test.listing";

    /// <summary>Every finding of the analysis over one file named <see cref="Path"/>.</summary>
    public static IReadOnlyList<ListingDiagnostic> Findings(string text) => Findings((Path, text));

    /// <summary>Every finding of the analysis over the given files, taken as one listing set.</summary>
    public static IReadOnlyList<ListingDiagnostic> Findings(params (string Path, string Text)[] files)
    {
        var parsed = files.Select(f => ListingParser.Parse(f.Path, f.Text)).ToList();
        var syntaxErrors = parsed.SelectMany(p => p.Diagnostics).ToList();
        syntaxErrors.ShouldBeEmpty("the fixture does not parse:\n" + string.Join("\n", syntaxErrors));
        var documents = parsed.Select(p => p.Document).ToList();
        var bound = ListingBinder.Bind(documents);
        bound.Diagnostics.ShouldBeEmpty("the fixture does not bind:\n" + string.Join("\n", bound.Diagnostics));
        return ListingAnalysis.Analyze(documents, bound).ToList();
    }

    /// <summary>The findings with the given id.</summary>
    public static IReadOnlyList<ListingDiagnostic> WithId(this IEnumerable<ListingDiagnostic> findings, string id) =>
        findings.Where(f => f.Id == id).ToList();

    /// <summary>The one finding of the analysis; any other finding fails the test and is shown.</summary>
    public static ListingDiagnostic Single(this IReadOnlyList<ListingDiagnostic> findings, string id)
    {
        findings.Count.ShouldBe(1, "expected exactly one finding, " + id + ", but got:\n" + Show(findings));
        findings[0].Id.ShouldBe(id, Show(findings));
        return findings[0];
    }

    /// <summary>Asserts that the analysis found nothing at all.</summary>
    public static void ShouldBeClean(this IReadOnlyList<ListingDiagnostic> findings) =>
        findings.ShouldBeEmpty("expected no finding, but got:\n" + Show(findings));

    /// <summary>Asserts where a span starts: its file, and its 1-based line and column.</summary>
    public static void ShouldBeAt(this SourceSpan span, string path, int line, int column) =>
        (span.Path, span.Line, span.Column).ShouldBe((path, line, column));

    /// <summary>The single additional span of a finding: the other side of the conflict.</summary>
    public static SourceSpan OtherSide(this ListingDiagnostic finding) =>
        finding.AdditionalSpans.ShouldHaveSingleItem("expected one other side on " + finding);

    public static string Show(IEnumerable<ListingDiagnostic> findings) =>
        string.Join("\n", findings.Select(f => f + string.Concat(f.AdditionalSpans.Select(s => " [other side " + s + "]"))));
}
