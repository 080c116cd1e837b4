using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Parsing;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;

namespace Listings.Compiler.Formatting;

/// <summary>What formatting a file gives: its text in the canonical layout, or the errors that stopped it.</summary>
public sealed record FormatResult(string? Text, IReadOnlyList<ListingDiagnostic> Errors)
{
    public bool Succeeded => Text is not null;
}

/// <summary>
/// The canonical layout of a listing (<c>listings format</c>, and the editor's "format document"), laid
/// out on the parser's own reading of the file — its statements and the spans of their strings, dates,
/// and quantities — not on a second parser:
/// <list type="bullet">
/// <item>each statement starts a line of its own, at the first column (one entry a line);</item>
/// <item>a statement written over several lines keeps its line breaks, and its continuation lines are
/// indented by four spaces;</item>
/// <item>within a line, tokens are separated by one space, none before <c>,</c> and <c>)</c> and none after
/// <c>(</c> (<c>- * "Nom", sauf …</c>, <c>(13)</c>, <c>("description")</c>);</item>
/// <item>keywords are written as the grammar writes them (<c>Arrete</c> becomes <c>arrêté</c>), keeping
/// the file's apostrophes (<c>qu'ils</c> or <c>qu’ils</c>, as the act prints it); identifiers, dates,
/// quantities and strings are kept character for character;</item>
/// <item>comments are kept, each where it was (a comment line before a statement at its column, a
/// comment at the end of a line at the end of that line); a run of blank lines becomes one; the file
/// ends with one line end, in the file's own line-end style.</item>
/// </list>
/// A file the parser rejects is not formatted. Formatting never changes what a file says: the text it
/// gives is parsed again and must read to the same document (<see cref="SyntaxNodes.SameMeaning"/>),
/// or the file is left as it is.
/// </summary>
public static class ListingFormatter
{
    /// <summary>The indentation of a statement's continuation line, and of a comment line that follows a statement indented.</summary>
    public const string ContinuationIndent = "    ";

    /// <summary>The indentation of a line that continues a clause begun on an earlier line (the second line of a <c>nomme</c> list).</summary>
    public const string ClauseContinuationIndent = "        ";

    /// <summary>Words after which an identifier (a list or act id) stands, which is never respelt as a keyword.</summary>
    private static readonly HashSet<string> BeforeIdentifier = new(StringComparer.Ordinal) { "liste", "acte", "de", "par", "a" };

    public static FormatResult Format(string path, string text)
    {
        var parsed = ListingParser.Parse(path, text);
        var errors = parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            return new FormatResult(null, errors);

        foreach (var respell in new[] { true, false })
        {
            var formatted = Layout(parsed.Document, text, respell);
            if (formatted == text)
                return new FormatResult(formatted, Array.Empty<ListingDiagnostic>());
            var again = ListingParser.Parse(path, formatted);
            if (!again.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) && SyntaxNodes.SameMeaning(parsed.Document, again.Document))
                return new FormatResult(formatted, Array.Empty<ListingDiagnostic>());
        }
        // Never reached on any file the tests know; if a layout would change what a file says, the file stays as written.
        return new FormatResult(text, Array.Empty<ListingDiagnostic>());
    }

    private enum Kind
    {
        Word,
        Atom,
        Punctuation,
        Comment,
    }

    private readonly record struct Token(Kind Kind, int Start, int End, string Text);

    private static string Layout(ListingDocument document, string text, bool respell)
    {
        var newline = text.Contains("\r\n") ? "\r\n" : "\n";
        var statements = SyntaxNodes.Statements(document);
        var atoms = new SortedDictionary<int, int>();
        foreach (var node in SyntaxNodes.Descendants<object>(document))
        {
            var span = node switch
            {
                Quoted q => q.Span,
                LegalDate d => d.Span,
                Quantity q => q.Span,
                _ => null,
            };
            if (span is { Length: > 0 } && (!atoms.TryGetValue(span.Offset, out var end) || end < span.Offset + span.Length))
                atoms[span.Offset] = span.Offset + span.Length;
        }

        var clauses = SyntaxNodes.Descendants<object>(document)
            .Select(node => node switch
            {
                EntryClauseSyntax c => c.Span,
                NoteSyntax n => n.Span,
                ConditionSyntax c => c.Span,
                _ => null,
            })
            .Where(span => span is not null)
            .Select(span => (Start: span!.Offset, End: span.Offset + span.Length))
            .ToList();

        var lines = new List<string>();
        var position = 0;
        var previousWasStatement = false;
        foreach (var statement in statements)
        {
            var start = statement.Span.Offset;
            var end = Math.Max(SyntaxNodes.End(statement), start);
            if (start < position)
                continue;
            Trivia(text, position, start, lines, previousWasStatement);
            var tokens = Tokenize(text, start, end, atoms);
            EmitStatement(text, tokens, lines, respell, clauses);
            position = end;
            previousWasStatement = true;
        }
        Trivia(text, position, text.Length, lines, previousWasStatement);
        while (lines.Count > 0 && lines[lines.Count - 1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        while (lines.Count > 0 && lines[0].Length == 0)
            lines.RemoveAt(0);
        return lines.Count == 0 ? "" : string.Join(newline, lines) + newline;
    }

    /// <summary>
    /// What lies between statements: white space and comments. A comment on the line where a statement
    /// ends stays at the end of that line; one on a line of its own starts at the first column; a run of
    /// blank lines is one.
    /// </summary>
    private static void Trivia(string text, int from, int to, List<string> lines, bool afterStatement)
    {
        var i = from;
        var firstLine = afterStatement;
        var blank = 0;
        var attached = afterStatement;
        while (i < to)
        {
            var lineEnd = text.IndexOf('\n', i);
            if (lineEnd < 0 || lineEnd > to)
                lineEnd = to;
            var content = text.Substring(i, lineEnd - i).Trim(' ', '\t', '\r', '\uFEFF', '\f', '\v');
            var endsLine = lineEnd < to || lineEnd == text.Length;
            if (firstLine)
            {
                if (content.Length > 0)
                {
                    var gap = text.Substring(i, text.IndexOf(content, i, StringComparison.Ordinal) - i);
                    lines[lines.Count - 1] += (gap.Length == 0 ? " " : gap.Replace("\t", " ")) + content;
                }
                firstLine = false;
            }
            else if (endsLine || content.Length > 0)
            {
                if (content.Length == 0)
                {
                    blank++;
                    attached = false;
                }
                else
                {
                    if (blank > 0 && lines.Count > 0 && lines[lines.Count - 1].Length > 0)
                        lines.Add("");
                    blank = 0;
                    // A comment indented right under a statement comments on it, and stays under it, indented.
                    var indented = i < text.Length && (text[i] == ' ' || text[i] == '\t');
                    lines.Add(attached && indented ? ContinuationIndent + content : content);
                    attached = attached && indented;
                }
            }
            i = lineEnd + 1;
        }
        if (blank > 0 && lines.Count > 0 && lines[lines.Count - 1].Length > 0)
            lines.Add("");
    }

    private static List<Token> Tokenize(string text, int start, int end, SortedDictionary<int, int> atoms)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (atoms.TryGetValue(i, out var atomEnd))
            {
                tokens.Add(new Token(Kind.Atom, i, atomEnd, text.Substring(i, atomEnd - i)));
                i = atomEnd;
            }
            else if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                i++;
            }
            else if (c == '#')
            {
                var lineEnd = text.IndexOf('\n', i);
                var stop = lineEnd < 0 ? text.Length : lineEnd;
                tokens.Add(new Token(Kind.Comment, i, stop, text.Substring(i, stop - i).TrimEnd()));
                i = stop;
            }
            else if (IsWordStart(c))
            {
                var j = i;
                while (j < end && IsWordPart(text[j]) && !atoms.ContainsKey(j))
                    j++;
                tokens.Add(new Token(Kind.Word, i, j, text.Substring(i, j - i)));
                i = j;
            }
            else
            {
                tokens.Add(new Token(Kind.Punctuation, i, i + 1, c.ToString()));
                i++;
            }
        }
        return tokens;
    }

    private static void EmitStatement(string text, List<Token> tokens, List<string> lines, bool respell, List<(int Start, int End)> clauses)
    {
        var line = new StringBuilder();
        var first = true;
        Token? previous = null;
        var blankLines = false;
        string? previousWord = null;
        for (var index = 0; index < tokens.Count; index++)
        {
            var token = tokens[index];
            if (previous is { } p)
            {
                var between = text.Substring(p.End, token.Start - p.End);
                var breaks = between.Count(ch => ch == '\n');
                if (breaks > 0 || p.Kind == Kind.Comment)
                {
                    lines.Add(line.ToString());
                    if (breaks > 1)
                        blankLines = true;
                    if (blankLines)
                        lines.Add("");
                    blankLines = false;
                    var insideClause = clauses.Any(c => c.Start < token.Start && token.Start < c.End);
                    line.Clear().Append(insideClause ? ClauseContinuationIndent : ContinuationIndent);
                    first = true;
                }
                else if (!first && NeedsSpace(p, token))
                {
                    line.Append(' ');
                }
            }
            if (token.Kind == Kind.Comment && !first)
                line.Append(' ');
            line.Append(token.Kind == Kind.Word && respell && (previousWord is null || !BeforeIdentifier.Contains(previousWord)) ? Respell(token.Text) : token.Text);
            previousWord = token.Kind == Kind.Word ? Runtime.TextFolding.Fold(token.Text) : token.Kind == Kind.Punctuation ? previousWord : null;
            previous = token;
            first = false;
        }
        lines.Add(line.ToString());
    }

    private static bool NeedsSpace(Token previous, Token token) =>
        !(token.Kind == Kind.Punctuation && token.Text is "," or ")")
        && !(previous.Kind == Kind.Punctuation && previous.Text == "(");

    /// <summary>A keyword in the grammar's spelling, with the word's own apostrophes; any other word as written.</summary>
    private static string Respell(string word)
    {
        if (ListingKeywords.Canonical(word) is not { } keyword)
            return word;
        var composed = word.Normalize(NormalizationForm.FormC);
        if (composed.Length != keyword.Length)
            return word;
        var builder = new StringBuilder(keyword.Length);
        for (var i = 0; i < keyword.Length; i++)
            builder.Append(composed[i] is '\'' or '\u2019' && keyword[i] is '\'' or '\u2019' ? composed[i] : keyword[i]);
        return builder.ToString();
    }

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == 'µ';

    private static bool IsWordPart(char c) =>
        IsWordStart(c) || c == '-' || c == '\'' || c == '\u2019'
        || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
