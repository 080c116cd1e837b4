using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;
using Listings.Runtime;
using Sprache;

namespace Listings.Grammar.Parsing;

/// <summary>
/// The lexical layer: each parser skips leading white space and comments, reads one token, and on
/// failure leaves the input unconsumed and tells the <see cref="FailureTracker"/> what it expected.
/// These are written as raw Sprache parsers (delegates over <see cref="IInput"/>) because keywords
/// compare without case or accents, which Sprache's character combinators cannot express.
/// </summary>
internal sealed class Tokens
{
    private static readonly string[] MonthNames =
    {
        "janvier", "fevrier", "mars", "avril", "mai", "juin",
        "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    };

    private readonly string _path;
    private readonly FailureTracker _tracker;

    // Each parser is made once per file: the grammar names a keyword where the text is read (inside
    // Sprache's query lambdas), which would otherwise fold it and build its failure at every attempt.
    private readonly Dictionary<string, Parser<string>> _keywords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Parser<string>> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<char, Parser<char>> _punctuation = new();

    public Tokens(string path, FailureTracker tracker)
    {
        _path = path;
        _tracker = tracker;
    }

    public static bool IsWordStart(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || c == 'µ';

    public static bool IsWordPart(char c) =>
        IsWordStart(c) || c == '-' || c == '\'' || c == '\u2019'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>Skips white space and <c>#</c> comments.</summary>
    public static IInput SkipTrivia(IInput input)
    {
        while (!input.AtEnd)
        {
            var c = input.Current;
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                input = input.Advance();
            }
            else if (c == '#')
            {
                while (!input.AtEnd && input.Current != '\n')
                    input = input.Advance();
            }
            else
            {
                break;
            }
        }
        return input;
    }

    public SourceSpan Span(IInput start, IInput end) =>
        new(_path, start.Line, start.Column, start.Position, end.Position - start.Position);

    /// <summary>Runs <paramref name="parser"/> and gives its value with the span it covered.</summary>
    public Parser<(T Value, SourceSpan Span)> Spanned<T>(Parser<T> parser) => input =>
    {
        var start = SkipTrivia(input);
        var result = parser(start);
        return result.WasSuccessful
            ? Result.Success((result.Value, Span(start, result.Remainder)), result.Remainder)
            : Result.Failure<(T, SourceSpan)>(input, result.Message, result.Expectations);
    };

    private IResult<T> Fail<T>(IInput input, IInput at, string expected)
    {
        _tracker.Expect(at, expected);
        return Result.Failure<T>(input, "expected " + expected, new[] { expected });
    }

    private static (string? Word, IInput After) ReadWord(IInput input)
    {
        if (input.AtEnd || !IsWordStart(input.Current))
            return (null, input);
        var builder = new StringBuilder();
        while (!input.AtEnd && IsWordPart(input.Current))
        {
            builder.Append(input.Current);
            input = input.Advance();
        }
        return (builder.ToString(), input);
    }

    /// <summary>The word at <paramref name="input"/> (after trivia), normalised, or null.</summary>
    public static string? PeekWord(IInput input) => ReadWord(SkipTrivia(input)).Word is { } w ? TextFolding.Fold(w) : null;

    /// <summary>A keyword, compared without case or accents: <c>arrêté</c> matches <c>arrete</c>.</summary>
    /// <remarks>
    /// The grammar tries many keywords where one is written, so a keyword that does not match allocates
    /// nothing but its failure (message and expectations made once): the word is folded and compared
    /// one character at a time, and its string is made only when it matches.
    /// </remarks>
    public Parser<string> Keyword(string keyword) =>
        _keywords.TryGetValue(keyword, out var parser) ? parser : _keywords[keyword] = NewKeyword(keyword);

    private Parser<string> NewKeyword(string keyword)
    {
        var normalized = TextFolding.Fold(keyword);
        var expected = "'" + keyword + "'";
        var message = "expected " + expected;
        var expectations = new[] { expected };
        return input =>
        {
            var start = SkipTrivia(input);
            var end = MatchFolded(start, normalized);
            if (end is null)
            {
                _tracker.Expect(start, expected);
                return Result.Failure<string>(input, message, expectations);
            }
            return Result.Success(start.Source.Substring(start.Position, end.Position - start.Position), end);
        };
    }

    /// <summary>Where the word at <paramref name="input"/> ends if, folded, it is <paramref name="normalized"/>; else null.</summary>
    private static IInput? MatchFolded(IInput input, string normalized)
    {
        if (input.AtEnd || !IsWordStart(input.Current))
            return null;
        var matched = 0;
        while (!input.AtEnd && IsWordPart(input.Current))
        {
            var count = TextFolding.FoldChar(input.Current, out var first, out var second);
            if (count > 0 && (matched >= normalized.Length || normalized[matched++] != first))
                return null;
            if (count > 1 && (matched >= normalized.Length || normalized[matched++] != second))
                return null;
            input = input.Advance();
        }
        return matched == normalized.Length ? input : null;
    }

    /// <summary>Several keywords in a row, as the act words them: <c>sauf exception expresse</c>.</summary>
    public Parser<string> Phrase(string phrase) =>
        _phrases.TryGetValue(phrase, out var parser) ? parser : _phrases[phrase] = NewPhrase(phrase);

    private Parser<string> NewPhrase(string phrase)
    {
        Parser<string>? parser = null;
        foreach (var word in phrase.Split(' '))
        {
            var next = Keyword(word);
            parser = parser is null ? next : parser.Then(_ => next);
        }
        return parser!.Return(phrase);
    }

    /// <summary>Any word but the given ones (a qualifier such as <c>dextrogyre</c>).</summary>
    public Parser<string> WordExcept(string description, params string[] excluded) => input =>
    {
        var start = SkipTrivia(input);
        var (word, rest) = ReadWord(start);
        if (word is null || Array.IndexOf(excluded, TextFolding.Fold(word)) >= 0)
            return Fail<string>(input, start, description);
        return Result.Success(word, rest);
    };

    /// <summary>A list or act identifier: a letter, then letters, digits, <c>-</c> and <c>_</c>.</summary>
    private Parser<string>? _identifier;

    public Parser<string> Identifier => _identifier ??= input =>
    {
        var start = SkipTrivia(input);
        if (start.AtEnd || !char.IsLetter(start.Current))
            return Fail<string>(input, start, "an identifier");
        var builder = new StringBuilder();
        var rest = start;
        while (!rest.AtEnd && (char.IsLetterOrDigit(rest.Current) || rest.Current == '-' || rest.Current == '_'))
        {
            builder.Append(rest.Current);
            rest = rest.Advance();
        }
        return Result.Success(builder.ToString(), rest);
    };

    /// <summary>A diagnostic id: <c>LST</c> and four digits.</summary>
    private Parser<string>? _diagnosticId;

    public Parser<string> DiagnosticId => _diagnosticId ??= input =>
    {
        var start = SkipTrivia(input);
        var (word, rest) = ReadWord(start);
        if (word is not null && word.Length == 7 && word.StartsWith("LST", StringComparison.Ordinal) && IsDigits(word.Substring(3)))
            return Result.Success(word, rest);
        return Fail<string>(input, start, "a diagnostic id such as LST2006");
    };

    /// <summary>An annex or part number: a Roman numeral (<c>IV</c>) or digits (<c>2</c>).</summary>
    private Parser<string>? _annexId;

    public Parser<string> AnnexId => _annexId ??= input =>
    {
        var start = SkipTrivia(input);
        var (word, rest) = ReadWord(start);
        if (word is not null && (IsRoman(word) || IsDigits(word)))
            return Result.Success(word, rest);
        return Fail<string>(input, start, "an annex number (I, II, … or 1, 2, …)");
    };

    private static bool IsRoman(string word)
    {
        foreach (var c in word)
            if ("IVXLC".IndexOf(c) < 0)
                return false;
        return word.Length > 0;
    }

    private static bool IsDigits(string word)
    {
        foreach (var c in word)
            if (c < '0' || c > '9')
                return false;
        return word.Length > 0;
    }

    public Parser<char> Punctuation(char c) =>
        _punctuation.TryGetValue(c, out var parser) ? parser : _punctuation[c] = NewPunctuation(c);

    private Parser<char> NewPunctuation(char c)
    {
        var expected = "'" + c + "'";
        return input =>
        {
            var start = SkipTrivia(input);
            return !start.AtEnd && start.Current == c
                ? Result.Success(c, start.Advance())
                : Fail<char>(input, start, expected);
        };
    }

    /// <summary>An entry's bullet: <c>-</c> or <c>•</c>, not the start of a word.</summary>
    private Parser<char>? _bullet;

    public Parser<char> Bullet => _bullet ??= input =>
    {
        var start = SkipTrivia(input);
        if (IsBulletAt(start))
            return Result.Success(start.Current, start.Advance());
        return Fail<char>(input, start, "'-'");
    };

    public static bool IsBulletAt(IInput start)
    {
        if (start.AtEnd || (start.Current != '-' && start.Current != '•'))
            return false;
        var next = start.Advance();
        return next.AtEnd || !IsWordStart(next.Current);
    }

    /// <summary>A string: <c>"…"</c> with <c>\"</c> and <c>\\</c> escapes, or <c>« … »</c>.</summary>
    private Parser<Quoted>? _string;

    public Parser<Quoted> String => _string ??= input =>
    {
        var start = SkipTrivia(input);
        if (start.AtEnd || (start.Current != '"' && start.Current != '«'))
            return Fail<Quoted>(input, start, "a string");
        var guillemets = start.Current == '«';
        var close = guillemets ? '»' : '"';
        var builder = new StringBuilder();
        var rest = start.Advance();
        while (true)
        {
            if (rest.AtEnd || rest.Current == '\n' || rest.Current == '\r')
            {
                _tracker.Report(rest, SyntaxDiagnostics.UnterminatedString(Span(start, rest)));
                return Result.Failure<Quoted>(input, "unterminated string", new[] { "'" + close + "'" });
            }
            var c = rest.Current;
            if (c == close)
            {
                rest = rest.Advance();
                break;
            }
            if (!guillemets && c == '\\')
            {
                var escaped = rest.Advance();
                if (!escaped.AtEnd && (escaped.Current == '"' || escaped.Current == '\\'))
                {
                    builder.Append(escaped.Current);
                    rest = escaped.Advance();
                    continue;
                }
            }
            builder.Append(c);
            rest = rest.Advance();
        }
        var value = guillemets ? builder.ToString().Trim() : builder.ToString();
        return Result.Success(new Quoted(value, Span(start, rest)), rest);
    };

    /// <summary>A provenance mark: <c>(13)</c>.</summary>
    private Parser<(int Mark, SourceSpan Span)>? _mark;

    public Parser<(int Mark, SourceSpan Span)> Mark => _mark ??= input =>
    {
        var start = SkipTrivia(input);
        if (start.AtEnd || start.Current != '(')
            return Fail<(int, SourceSpan)>(input, start, "a mark such as (13)");
        var rest = SkipSpaces(start.Advance());
        var digits = new StringBuilder();
        while (!rest.AtEnd && rest.Current >= '0' && rest.Current <= '9')
        {
            digits.Append(rest.Current);
            rest = rest.Advance();
        }
        rest = SkipSpaces(rest);
        if (digits.Length == 0 || digits.Length > 6 || rest.AtEnd || rest.Current != ')')
            return Fail<(int, SourceSpan)>(input, start, "a mark such as (13)");
        rest = rest.Advance();
        return Result.Success((int.Parse(digits.ToString(), CultureInfo.InvariantCulture), Span(start, rest)), rest);
    };

    private static IInput SkipSpaces(IInput input)
    {
        while (!input.AtEnd && (input.Current == ' ' || input.Current == '\t'))
            input = input.Advance();
        return input;
    }

    private static (string Digits, IInput After) ReadDigits(IInput input)
    {
        var builder = new StringBuilder();
        while (!input.AtEnd && input.Current >= '0' && input.Current <= '9')
        {
            builder.Append(input.Current);
            input = input.Advance();
        }
        return (builder.ToString(), input);
    }

    /// <summary>
    /// A date as the seed writes it (<c>22/02/1990</c>, <c>22 février 1990</c>, <c>1er juillet 2022</c>),
    /// or <c>inconnue</c>. A date that does not exist is reported, never silently accepted.
    /// </summary>
    private Parser<LegalDate>? _date;

    public Parser<LegalDate> Date => _date ??= input =>
    {
        var start = SkipTrivia(input);
        var (word, afterWord) = ReadWord(start);
        if (word is not null && (TextFolding.Fold(word) is "inconnue" or "inconnu"))
            return Result.Success(LegalDate.Unknown(Span(start, afterWord)), afterWord);

        var (dayText, rest) = ReadDigits(start);
        if (dayText.Length == 0)
            return Fail<LegalDate>(input, start, "a date such as 22/02/1990");
        int month;
        string yearText;
        if (!rest.AtEnd && rest.Current == '/')
        {
            var (monthText, afterMonth) = ReadDigits(rest.Advance());
            if (monthText.Length == 0 || afterMonth.AtEnd || afterMonth.Current != '/')
                return Fail<LegalDate>(input, start, "a date such as 22/02/1990");
            (yearText, rest) = ReadDigits(afterMonth.Advance());
            month = monthText.Length > 2 ? 0 : int.Parse(monthText, CultureInfo.InvariantCulture);
        }
        else
        {
            if (!rest.AtEnd && (rest.Current == 'e' || rest.Current == 'E'))
            {
                var (suffix, afterSuffix) = ReadWord(rest);
                if (suffix is not null && TextFolding.Fold(suffix) == "er" && dayText == "1")
                    rest = afterSuffix;
            }
            var monthStart = SkipSpaces(rest);
            var (monthWord, afterMonth) = ReadWord(monthStart);
            month = monthWord is null ? -1 : Array.IndexOf(MonthNames, TextFolding.Fold(monthWord)) + 1;
            if (month <= 0)
                return Fail<LegalDate>(input, start, "a date such as 22/02/1990");
            (yearText, rest) = ReadDigits(SkipSpaces(afterMonth));
        }
        var span = Span(start, rest);
        var text = span.Length > 0 ? Slice(start, rest) : dayText;
        if (yearText.Length != 4)
        {
            _tracker.Report(start, SyntaxDiagnostics.InvalidDate(span, text, "write the year with four digits"));
            return Result.Failure<LegalDate>(input, "invalid date", Array.Empty<string>());
        }
        // Lengths are checked before parsing: a hostile "01/123456789012/1990" must not overflow an int.
        var day = dayText.Length > 2 ? 0 : int.Parse(dayText, CultureInfo.InvariantCulture);
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            _tracker.Report(start, SyntaxDiagnostics.InvalidDate(span, text, "no such day in the calendar"));
            return Result.Failure<LegalDate>(input, "invalid date", Array.Empty<string>());
        }
        return Result.Success(new LegalDate(true, year, month, day, span), rest);
    };

    private static string Slice(IInput start, IInput end) =>
        start.Source.Substring(start.Position, end.Position - start.Position);

    /// <summary>A unit of mass (named once, by <see cref="Mass"/>) or a percentage, in any case.</summary>
    private static bool TryUnit(string text, out string unit)
    {
        if (text == "%")
        {
            unit = "%";
            return true;
        }
        return Mass.TryUnit(text, out unit) || Mass.TryUnit(text.ToLowerInvariant(), out unit);
    }

    /// <summary>An exact decimal and its unit: <c>2,5 mg</c>, <c>0.30 %</c>.</summary>
    private Parser<Quantity>? _quantity;

    public Parser<Quantity> Quantity => _quantity ??= input =>
    {
        var start = SkipTrivia(input);
        var (integer, rest) = ReadDigits(start);
        if (integer.Length == 0)
            return Fail<Quantity>(input, start, "a quantity such as 2,5 mg");
        var number = integer;
        if (!rest.AtEnd && (rest.Current == ',' || rest.Current == '.'))
        {
            var (fraction, afterFraction) = ReadDigits(rest.Advance());
            if (fraction.Length > 0)
            {
                number = integer + "." + fraction;
                rest = afterFraction;
            }
        }
        var unitStart = SkipSpaces(rest);
        string? unitText;
        IInput afterUnit;
        if (!unitStart.AtEnd && unitStart.Current == '%')
        {
            unitText = "%";
            afterUnit = unitStart.Advance();
        }
        else
        {
            (unitText, afterUnit) = ReadWord(unitStart);
        }
        if (unitText is null)
            return Fail<Quantity>(input, unitStart, "a unit (µg, mg, g, kg, %)");
        if (!TryUnit(unitText, out var unit))
        {
            _tracker.Report(unitStart, SyntaxDiagnostics.UnknownUnit(Span(unitStart, afterUnit), unitText));
            return Result.Failure<Quantity>(input, "unknown unit", Array.Empty<string>());
        }
        if (number.Length > 28)
            return Fail<Quantity>(input, start, "a quantity of at most 28 digits");
        var value = decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return Result.Success(new Quantity(value, unit, Slice(start, afterUnit), Span(start, afterUnit)), afterUnit);
    };

    /// <summary>The LST0002 diagnostic when a string opens at <paramref name="input"/> and does not close on its line.</summary>
    public ListingDiagnostic? UnterminatedStringAt(IInput input)
    {
        var start = SkipTrivia(input);
        if (start.AtEnd || (start.Current != '"' && start.Current != '«'))
            return null;
        var close = start.Current == '«' ? '»' : '"';
        var rest = start.Advance();
        while (!rest.AtEnd && rest.Current != '\n' && rest.Current != '\r')
        {
            if (rest.Current == close)
                return null;
            if (close == '"' && rest.Current == '\\')
            {
                rest = rest.Advance();
                if (rest.AtEnd)
                    break;
            }
            rest = rest.Advance();
        }
        return SyntaxDiagnostics.UnterminatedString(Span(start, rest));
    }

    /// <summary>What stands at <paramref name="input"/>, for "expected …, found …".</summary>
    public static string Describe(IInput input)
    {
        var at = SkipTrivia(input);
        if (at.AtEnd)
            return "end of file";
        var c = at.Current;
        if (c == '"' || c == '«')
        {
            var end = at.Source.IndexOfAny(new[] { '\n', '\r' }, at.Position);
            var text = end < 0 ? at.Source.Substring(at.Position) : at.Source.Substring(at.Position, end - at.Position);
            return "string " + Shorten(text);
        }
        var (word, _) = ReadWord(at);
        if (word is not null)
            return "'" + Shorten(word) + "'";
        if (char.IsControl(c) || char.IsSurrogate(c))
            return string.Format(CultureInfo.InvariantCulture, "character U+{0:X4}", (int)c);
        return "'" + c + "'";
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";
}
