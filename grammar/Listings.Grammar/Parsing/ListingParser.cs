using System.Collections.Generic;
using System.Linq;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;
using Sprache;

namespace Listings.Grammar.Parsing;

/// <summary>
/// Reads one <c>.listing</c> file. Never throws on bad input: every problem becomes a located
/// diagnostic, and after an error reading resumes at the next line that opens a statement, so an
/// editor sees every independent error of a file in one run.
/// </summary>
public static class ListingParser
{
    /// <summary>
    /// The grammar's parsers, made once per thread (about 86 KB and 50 µs a file otherwise): they hold
    /// no state of a file but its path and the failure tracker, both reset for each file and statement.
    /// </summary>
    [System.ThreadStatic]
    private static ListingGrammar? _grammar;

    public static ParseResult Parse(string path, string text)
    {
        var diagnostics = new List<ListingDiagnostic>();
        if (text.Length > ListingLimits.MaxFileLength)
        {
            // Not read at all: a file this large is not a listing an editor wrote.
            diagnostics.Add(SyntaxDiagnostics.LimitExceeded(new SourceSpan(path, 1, 1, 0, 0),
                $"the file holds {text.Length:N0} characters", ListingLimits.MaxFileLength));
            return new ParseResult(new ListingDocument(path, default, default, default, default, default, default), diagnostics.ToEquatableArray());
        }
        CheckLineLengths(path, text, diagnostics);
        var grammar = _grammar ??= new ListingGrammar(new Tokens(path, new FailureTracker()));
        var tokens = grammar.Tokens;
        tokens.Path = path;
        var tracker = tokens.Tracker;
        var builder = new DocumentBuilder(path, diagnostics);

        IInput input = ListingInput.Start(text);
        while (true)
        {
            input = Tokens.SkipTrivia(input);
            if (input.AtEnd)
                break;
            ((ListingInput)input).ForgetBefore();

            tracker.Reset();
            var result = grammar.Statement(input);
            if (result.WasSuccessful && EndsStatement(result.Remainder, tracker))
            {
                if (ClauseCount(result.Value) > ListingLimits.MaxClauses)
                {
                    var clauses = ClauseSpans(result.Value);
                    diagnostics.Add(SyntaxDiagnostics.LimitExceeded(clauses[ListingLimits.MaxClauses],
                        $"this statement has {clauses.Count:N0} clauses", ListingLimits.MaxClauses));
                }
                builder.Add(result.Value);
                input = result.Remainder;
                continue;
            }

            var at = tracker.Furthest ?? input;
            diagnostics.Add(tracker.Specific ?? tokens.UnterminatedStringAt(at) ?? SyntaxDiagnostics.SyntaxError(
                tokens.Span(Tokens.SkipTrivia(at), Tokens.SkipTrivia(at)), Expected(tracker.Expected, at == input), Tokens.Describe(at)));
            input = Recover(input, at);
        }

        var document = builder.Build();
        var ordered = diagnostics.OrderBy(d => d.Span.Offset).ThenBy(d => d.Id, System.StringComparer.Ordinal);
        return new ParseResult(document, ordered.ToEquatableArray());
    }

    /// <summary>How many clauses <see cref="ClauseSpans"/> gives, without listing them.</summary>
    private static int ClauseCount(StatementSyntax statement) => statement switch
    {
        EntrySyntax e => e.Clauses.Count,
        ModificationSyntax m => m.Clauses.Count + m.Notes.Count,
        ListSyntax l => l.Notes.Count,
        ActSyntax a => a.Notes.Count,
        AnnexSyntax a => a.Notes.Count,
        AsterisksUnknownSyntax a => a.Notes.Count,
        GroupingSyntax g => g.Notes.Count,
        InclusionRuleSyntax r => r.Notes.Count,
        AmendmentSyntax a => a.Notes.Count,
        AmendmentOperationSyntax o => o.Notes.Count,
        DerogationSyntax d => d.Notes.Count,
        AuthorisationSyntax a => a.Notes.Count,
        CounterIonsSyntax c => c.Notes.Count,
        _ => 0,
    };

    /// <summary>The clauses of a statement, in order: an entry's or a modification's clauses, then its closing notes.</summary>
    private static IReadOnlyList<SourceSpan> ClauseSpans(StatementSyntax statement)
    {
        IEnumerable<SourceSpan> spans = statement switch
        {
            EntrySyntax e => e.Clauses.Select(c => c.Span),
            ModificationSyntax m => m.Clauses.Select(c => c.Span).Concat(m.Notes.Select(n => n.Span)),
            ListSyntax l => l.Notes.Select(n => n.Span),
            ActSyntax a => a.Notes.Select(n => n.Span),
            AnnexSyntax a => a.Notes.Select(n => n.Span),
            AsterisksUnknownSyntax a => a.Notes.Select(n => n.Span),
            GroupingSyntax g => g.Notes.Select(n => n.Span),
            InclusionRuleSyntax r => r.Notes.Select(n => n.Span),
            AmendmentSyntax a => a.Notes.Select(n => n.Span),
            AmendmentOperationSyntax o => o.Notes.Select(n => n.Span),
            DerogationSyntax d => d.Notes.Select(n => n.Span),
            AuthorisationSyntax a => a.Notes.Select(n => n.Span),
            CounterIonsSyntax c => c.Notes.Select(n => n.Span),
            _ => Enumerable.Empty<SourceSpan>(),
        };
        return spans.ToList();
    }

    /// <summary>Reports each line longer than the limit, at the first character past it; the line is still read.</summary>
    private static void CheckLineLengths(string path, string text, List<ListingDiagnostic> diagnostics)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
                continue;
            var length = i - start - (i > start && text[i - 1] == '\r' ? 1 : 0);
            if (length > ListingLimits.MaxLineLength)
                diagnostics.Add(SyntaxDiagnostics.LimitExceeded(
                    new SourceSpan(path, line, ListingLimits.MaxLineLength + 1, start + ListingLimits.MaxLineLength, length - ListingLimits.MaxLineLength),
                    $"line {line} has {length:N0} characters", ListingLimits.MaxLineLength));
            line++;
            start = i + 1;
        }
    }

    /// <summary>A statement must be followed by the end of the file or by the next statement.</summary>
    private static bool EndsStatement(IInput rest, FailureTracker tracker)
    {
        var at = Tokens.SkipTrivia(rest);
        if (at.AtEnd || ListingGrammar.StartsStatement(at))
            return true;
        tracker.Expect(at, "a new statement");
        return false;
    }

    private static string Expected(IReadOnlyList<string> expected, bool atStatementStart)
    {
        if (atStatementStart || expected.Count == 0)
            return "a statement ('-', '" + string.Join("', '", ListingGrammar.StatementKeywordsAsWritten.Take(ListingGrammar.StatementKeywordsAsWritten.Length - 1))
                + "' or '" + ListingGrammar.StatementKeywordsAsWritten[ListingGrammar.StatementKeywordsAsWritten.Length - 1] + "')";
        // Name at most a handful of alternatives, and always say when a new statement would do.
        const string newStatement = "a new statement";
        const int shown = 7;
        var others = expected.Where(e => e != newStatement).ToList();
        var items = others.Take(shown).ToList();
        if (others.Count > shown)
            items.Add("another clause");
        if (expected.Contains(newStatement))
            items.Add(newStatement);
        return items.Count == 1
            ? items[0]
            : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[items.Count - 1];
    }

    /// <summary>
    /// Skips to the first line, at or after the error, whose first token opens a statement; the
    /// statement that failed is abandoned, the rest of the file is still read.
    /// </summary>
    private static IInput Recover(IInput statementStart, IInput failure)
    {
        var input = statementStart;
        var lineStart = true;
        while (!input.AtEnd)
        {
            if (lineStart && input.Position > statementStart.Position)
            {
                var first = SkipSpaces(input);
                if (first.Position >= failure.Position && ListingGrammar.StartsStatement(first))
                    return first;
            }
            lineStart = input.Current == '\n';
            input = input.Advance();
        }
        return input;
    }

    private static IInput SkipSpaces(IInput input)
    {
        while (!input.AtEnd && (input.Current == ' ' || input.Current == '\t' || input.Current == '\r'))
            input = input.Advance();
        return input;
    }
}
