using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Listings.Compiler.Analysis;
using Listings.Compiler.Binding;
using Listings.Compiler.Tables;
using Listings.Grammar.Parsing;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Binding;

/// <summary>
/// No file order decides the law: handing the files over in another order, naming them otherwise
/// (which changes the order they are read in), and moving independent statements — whole lists,
/// acts, annexes with their entries, amendments, derogations — within and across files never changes
/// an answer or a diagnostic. Over the French listings and over random listing sets.
/// </summary>
public class OrderIndependenceTests
{
    private static readonly Regex TopLevel = new(@"^(liste|acte|annexe|partie|amendement|dérogation|contre-ions)\b", RegexOptions.Compiled);

    /// <summary>The same listings, shuffled: statements moved between files, files renamed and handed over in another order.</summary>
    private static List<(string Path, string Text)> Shuffle(IReadOnlyList<(string Path, string Text)> files, int seed, bool moveAcrossFiles)
    {
        var random = new Random(seed);
        var blocksByFile = files.Select(f => Blocks(f.Text)).ToList();
        if (moveAcrossFiles)
        {
            // Each block goes to a random file; a file's comments before its first statement stay.
            var all = blocksByFile.SelectMany(b => b.Skip(1)).ToList();
            blocksByFile = blocksByFile.Select(b => new List<string> { b[0] }).ToList();
            foreach (var block in all)
                blocksByFile[random.Next(blocksByFile.Count)].Add(block);
        }
        var shuffled = blocksByFile.Select((blocks, i) =>
        {
            var body = blocks.Skip(1).OrderBy(_ => random.Next()).ToList();
            return (Path: $"{(char)('a' + random.Next(26))}{random.Next(1000)}/{i}.listing", Text: blocks[0] + string.Concat(body));
        }).ToList();
        return shuffled.OrderBy(_ => random.Next()).ToList();
    }

    /// <summary>The file's text cut before each top-level statement; the first piece is what precedes the first one.</summary>
    private static List<string> Blocks(string text)
    {
        var blocks = new List<string> { "" };
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (TopLevel.IsMatch(line))
                blocks.Add("");
            blocks[blocks.Count - 1] += line + "\n";
        }
        return blocks;
    }

    /// <summary>Every answer to every query, and every diagnostic by id, severity and the line it stands on, paths left out.</summary>
    private static (IReadOnlyList<string> Answers, IReadOnlyList<string> Diagnostics) Outcome(
        IReadOnlyList<(string Path, string Text)> files, IEnumerable<string> queries, IEnumerable<DateTime> dates)
    {
        var parsed = files.Select(f => ListingParser.Parse(f.Path, f.Text)).ToList();
        var documents = parsed.Select(p => p.Document).ToList();
        var bound = ListingBinder.Bind(documents);
        var lines = files.ToDictionary(f => f.Path, f => f.Text.Replace("\r\n", "\n").Split('\n'), StringComparer.Ordinal);
        var diagnostics = parsed.SelectMany(p => p.Diagnostics).Concat(bound.Diagnostics).Concat(ListingAnalysis.Analyze(documents, bound))
            .Select(d => $"{d.SeverityText} {d.Id} at « {lines[d.Span.Path][d.Span.Line - 1].Substring(d.Span.Column - 1).Trim()} »")
            .OrderBy(d => d, StringComparer.Ordinal).ToList();
        var classifier = new Classifier(TableBuilder.Build(bound.Model));
        var answers = new List<string>();
        foreach (var date in dates)
            foreach (var name in queries)
                answers.Add($"{name} {date:yyyy-MM-dd}: {Describe(classifier.Classify(new ClassificationQuery(name, date)))}");
        return (answers, diagnostics);
    }

    private static string Describe(ClassificationAnswer answer) =>
        answer.Status + " " + string.Join(" ", answer.Classifications
            .Select(c => $"[{c.List} {c.AnnexKind} {c.Annex} « {c.Entry} » via {c.Via} acts {string.Join(",", c.Acts.Select(a => a.Mark + "@" + a.InForce?.ToString("yyyy-MM-dd")))}]")
            .OrderBy(c => c, StringComparer.Ordinal))
        + " " + string.Join(" ", answer.Exceptions.Select(e => $"(except {e.List} {e.Annex} « {e.Entry} »: {e.Text}; {e.Applied})").OrderBy(e => e, StringComparer.Ordinal))
        + " " + string.Join(" ", answer.Notes.Select(n => n.Text).OrderBy(n => n, StringComparer.Ordinal));

    private static IReadOnlyList<(string Path, string Text)> French =>
        RepositoryListings.Results.Select(r => r.Document.Path)
            .Select(p => (Path: p, Text: System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.Root, p)))).ToList();

    private static IEnumerable<string> FrenchQueries(IReadOnlyList<(string Path, string Text)> files)
    {
        var model = ListingBinder.Bind(files.Select(f => ListingParser.Parse(f.Path, f.Text).Document)).Model;
        return model.Entries.SelectMany(e => e.Names.Select(n => n.Text))
            .Distinct(StringComparer.Ordinal)
            .SelectMany(n => new[] { n, "chlorhydrate de " + n, "lévo" + n })
            .OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    private static readonly DateTime[] FrenchDates = { new(1991, 1, 1), new(2000, 6, 1), new(2009, 6, 1), new(2024, 1, 1) };

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Shuffling_the_French_listings_changes_no_answer_and_no_diagnostic(int seed, bool moveAcrossFiles)
    {
        var files = French;
        var queries = FrenchQueries(files);
        var reference = Outcome(files, queries, FrenchDates);

        var shuffled = Outcome(Shuffle(files, seed, moveAcrossFiles), queries, FrenchDates);

        shuffled.Diagnostics.ShouldBe(reference.Diagnostics);
        Differences(reference.Answers, shuffled.Answers).ShouldBeEmpty();
    }

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 40; seed++)
            data.Add(seed);
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Shuffling_a_random_listing_set_changes_no_answer_and_no_diagnostic(int seed)
    {
        var files = RandomListings.Generate(seed);
        var queries = RandomListings.Queries(files).ToList();
        var reference = Outcome(files, queries, RandomListings.Dates);

        foreach (var shuffle in new[] { 1, 2, 3 })
        {
            var shuffled = Outcome(Shuffle(files, seed * 10 + shuffle, moveAcrossFiles: shuffle > 1), queries, RandomListings.Dates);

            shuffled.Diagnostics.ShouldBe(reference.Diagnostics, "seed " + seed + ", shuffle " + shuffle + "\n" + string.Join("\n----\n", files.Select(f => f.Path + "\n" + f.Text)));
            Differences(reference.Answers, shuffled.Answers).ShouldBeEmpty("seed " + seed + ", shuffle " + shuffle);
        }
    }

    [Fact]
    public void The_random_listing_sets_exercise_the_timeline_and_its_conflicts()
    {
        // Otherwise the property above would hold vacuously.
        var outcomes = Enumerable.Range(1, 40).Select(RandomListings.Generate)
            .Select(files => ListingBinder.Bind(files.Select(f => ListingParser.Parse(f.Path, f.Text).Document))).ToList();

        outcomes.Sum(b => b.Facts.Changes.Count(c => c.Kind == ChangeKind.Transfer)).ShouldBeGreaterThan(10);
        outcomes.Sum(b => b.Facts.Changes.Count(c => c.Kind == ChangeKind.Removal)).ShouldBeGreaterThan(10);
        outcomes.Count(b => b.Diagnostics.Any(d => d.Id == "LST1003")).ShouldBeGreaterThan(0);
        outcomes.Count(b => b.Facts.Changes.GroupBy(c => (c.EntryId, c.Date)).Any(g => g.Select(c => c.ActKey).Distinct().Count() > 1)).ShouldBeGreaterThan(0);
    }

    private static IReadOnlyList<string> Differences(IReadOnlyList<string> expected, IReadOnlyList<string> actual) =>
        expected.Zip(actual, (e, a) => e == a ? null : "expected " + e + "\n  actual " + a).Where(d => d is not null).Select(d => d!).Take(10).ToList();
}
