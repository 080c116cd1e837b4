using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Listings.Cli.Commands;
using Listings.Compiler.Analysis;
using Listings.Compiler.Binding;
using Listings.Compiler.Tables;
using Listings.Grammar.Parsing;
using Listings.Runtime;
using Listings.Tests.Generator;
using Microsoft.CodeAnalysis;
using Shouldly;

namespace Listings.Tests.Support;

/// <summary>A diagnostic as a user sees it on any surface: id, severity, file (relative to the set's root), line, column.</summary>
public sealed record SeenDiagnostic(string Id, string Severity, string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"{Path}({Line},{Column}): {Severity} {Id}: {Message}";
}

/// <summary>
/// One small listing set seen the three ways a user meets it: <c>listings check</c> (its printed
/// lines and exit code), the build (the source generator's and the analyzer's diagnostics, and the
/// classifier it generates, compiled and loaded), and the compiler's classifier the CLI answers with.
/// A scenario holds when all three agree.
/// </summary>
public sealed class EverySurface : IDisposable
{
    private static readonly Regex Printed = new(@"^(?<path>.+)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning|info) (?<id>LST\d{4}): (?<message>.*)$");

    private readonly GeneratedAssembly? _generated;

    private EverySurface(IReadOnlyList<(string Path, string Text)> files)
    {
        var parsed = files.Select(f => ListingParser.Parse(f.Path, f.Text)).ToList();
        var documents = parsed.Select(p => p.Document).ToList();
        Bound = ListingBinder.Bind(documents);
        Compiler = parsed.SelectMany(p => p.Diagnostics).Concat(Bound.Diagnostics).Concat(ListingAnalysis.Analyze(documents, Bound))
            .Select(d => new SeenDiagnostic(d.Id, d.SeverityText, d.Span.Path, d.Span.Line, d.Span.Column, d.Message))
            .ToList();
        Cli = new Classifier(TableBuilder.Build(Bound.Model));

        using (var folder = new ListingFixture("binding-"))
        {
            foreach (var (path, text) in files)
                folder.Write(path, text);
            var output = new StringWriter();
            CheckExitCode = CheckCommand.Run(new[] { folder.Root }, output);
            var root = Path.GetFullPath(folder.Root).Replace('\\', '/').TrimEnd('/') + "/";
            Check = output.ToString().Replace("\r\n", "\n").Split('\n')
                .Select(l => Printed.Match(l)).Where(m => m.Success)
                .Select(m => new SeenDiagnostic(m.Groups["id"].Value, m.Groups["severity"].Value,
                    m.Groups["path"].Value.Replace('\\', '/').Replace(root, ""), int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["col"].Value),
                    m.Groups["message"].Value.Replace(root, "")))
                .ToList();
        }

        var (source, generatorDiagnostics, compilation) = GeneratorHarness.Run(files);
        var analyzerDiagnostics = AnalyzerHarness.Run(files).GetAwaiter().GetResult();
        Build = generatorDiagnostics.Concat(analyzerDiagnostics).Where(d => d.Id.StartsWith("LST", StringComparison.Ordinal))
            .Select(Seen).ToList();
        _generated = source is null ? null : GeneratedAssembly.Load(compilation, "Fixture.Listings.FixtureListings");
    }

    public static EverySurface Of(params (string Path, string Text)[] files) => new(files);

    public BindResult Bound { get; }

    /// <summary>The parser's, the binder's and the analyzers' diagnostics, straight from the compiler.</summary>
    public IReadOnlyList<SeenDiagnostic> Compiler { get; }

    /// <summary>What <c>listings check</c> printed.</summary>
    public IReadOnlyList<SeenDiagnostic> Check { get; }

    public int CheckExitCode { get; }

    /// <summary>What the build reported: the generator's diagnostics and the analyzer's.</summary>
    public IReadOnlyList<SeenDiagnostic> Build { get; }

    /// <summary>The classifier the CLI answers with.</summary>
    public Classifier Cli { get; }

    /// <summary>The classifier the build generated; null when it generated none.</summary>
    public GeneratedAssembly Generated => _generated ?? throw new InvalidOperationException("the build generated no classifier");

    /// <summary>The diagnostics with <paramref name="id"/>, the same on every surface (the test fails and shows them otherwise).</summary>
    public IReadOnlyList<SeenDiagnostic> Reported(string id)
    {
        var compiler = Compiler.Where(d => d.Id == id).OrderBy(d => d.ToString(), StringComparer.Ordinal).ToList();
        var check = Check.Where(d => d.Id == id).OrderBy(d => d.ToString(), StringComparer.Ordinal).ToList();
        var build = Build.Where(d => d.Id == id).Select(d => d with { Message = "" }).OrderBy(d => d.ToString(), StringComparer.Ordinal).ToList();
        check.ShouldBe(compiler, "listings check and the compiler disagree:\n" + Show());
        build.ShouldBe(compiler.Select(d => d with { Message = "" }).ToList(), "the build and the compiler disagree:\n" + Show());
        return compiler;
    }

    /// <summary>The one diagnostic with <paramref name="id"/>, on every surface alike.</summary>
    public SeenDiagnostic Single(string id) => Reported(id).ShouldHaveSingleItem("expected one " + id + ":\n" + Show());

    /// <summary>The answer on a date; the CLI's and the generated classifier's must be the same.</summary>
    public ClassificationAnswer Classify(string name, DateTime on)
    {
        var cli = Cli.Classify(new ClassificationQuery(name, on));
        var generated = Generated.Classify(name, on);
        Describe(generated).ShouldBe(Describe(cli), "the generated classifier and the CLI's disagree");
        Cli.Quick(name, on).Status.ShouldBe(cli.Status, "Quick and Classify disagree on " + name);
        return cli;
    }

    /// <summary>The answer to a full query (a preparation, its route); the CLI's and the generated classifier's must be the same.</summary>
    public ClassificationAnswer Classify(ClassificationQuery query)
    {
        var cli = Cli.Classify(query);
        Describe(Generated.All.Classify(query)).ShouldBe(Describe(cli), "the generated classifier and the CLI's disagree");
        return cli;
    }

    public static string Describe(ClassificationAnswer answer) =>
        answer.Status + " " + string.Join(" ", answer.Classifications.Select(c => $"[{c.List} {c.AnnexKind} {c.Annex} « {c.Entry} » via {c.Via}]"))
        + string.Join(" ", answer.Exceptions.Select(e => $"(except {e.List} {e.Annex} « {e.Entry} »: {e.Text}; applied={e.Applied})"))
        + string.Join(" ", answer.Undetermined.Select(u => $"{{undetermined {u.List} {u.Annex} « {u.Entry} » via {u.Via}: {u.Reason}: {u.Why}}}"))
        + string.Join(" ", answer.Notes.Select(n => "note: " + n.Text));

    public string Show() =>
        "compiler:\n  " + string.Join("\n  ", Compiler) + "\ncheck (exit " + CheckExitCode + "):\n  " + string.Join("\n  ", Check)
        + "\nbuild:\n  " + string.Join("\n  ", Build);

    private static SeenDiagnostic Seen(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var path = span.Path.StartsWith(GeneratorHarness.Root, StringComparison.Ordinal) ? span.Path.Substring(GeneratorHarness.Root.Length) : span.Path;
        var severity = d.IsSuppressed ? "info" : d.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return new SeenDiagnostic(d.Id, severity, path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose() => _generated?.Dispose();
}
