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
/// compare without case or accents, which Sprache's character combinators cannot express. They read
/// the text by index and take the positions, trivia and words <see cref="ListingInput"/> keeps, so a
/// token tried by several alternatives is read once.
/// </summary>
internal sealed class Tokens
{
    private static readonly string[] MonthNames =
    {
        "janvier", "fevrier", "mars", "avril", "mai", "juin",
        "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    };

    private string _path;
    private readonly FailureTracker _tracker;

    // Each parser is made once: the grammar may name a keyword where the text is read (inside
    // Sprache's query lambdas), which would otherwise fold it and build its failure at every attempt.
    private readonly Dictionary<string, Parser<string>> _keywords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Parser<string>> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<char, Parser<string>> _punctuation = new();

    public Tokens(string path, FailureTracker tracker)
    {
        _path = path;
        _tracker = tracker;
    }

    public FailureTracker Tracker => _tracker;

    /// <summary>The path the spans of the file read next name: the parsers are made once per thread, not per file.</summary>
    public string Path
    {
        get => _path;
        set => _path = value;
    }

    public static bool IsWordStart(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || c == 'µ';

    public static bool IsWordPart(char c) =>
        IsWordStart(c) || c == '-' || c == '\'' || c == '\u2019'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>Skips white space and <c>#</c> comments (read once per position, <see cref="ListingInput.AfterTrivia"/>).</summary>
    public static IInput SkipTrivia(IInput input) => ((ListingInput)input).AfterTrivia;

    private static ListingInput Start(IInput input) => ((ListingInput)input).AfterTrivia;

    public SourceSpan Span(IInput start, IInput end) =>
        new(_path, start.Line, start.Column, start.Position, end.Position - start.Position);

    /// <summary>Runs <paramref name="parser"/> and gives its value with the span it covered.</summary>
    /// <remarks>
    /// The value and its span are an object (<see cref="Located{T}"/>), not a value tuple: the code the
    /// runtime compiles for a generic parser or result over reference types is shared by all of them,
    /// where each value type gets its own, compiled again when a compiler loads the grammar.
    /// </remarks>
    public Parser<Located<T>> Spanned<T>(Parser<T> parser) => input =>
    {
        var start = SkipTrivia(input);
        var result = parser(start);
        return result.WasSuccessful
            ? Result.Success(new Located<T>(result.Value, Span(start, result.Remainder)), result.Remainder)
            : Failure<Located<T>>.Instance;
    };

    private const string AnIdentifier = "an identifier";
    private const string ADiagnosticId = "a diagnostic id such as LST2006";
    private const string AnAnnexId = "an annex number (I, II, … or 1, 2, …)";
    private const string ABullet = "'-'";
    private const string AString = "a string";
    private const string AMark = "a mark such as (13)";
    private const string ADate = "a date such as 22/02/1990";
    private const string AQuantity = "a quantity such as 2,5 mg";
    private const string AUnit = "a unit (µg, mg, g, kg, %)";
    private const string AtMost28Digits = "a quantity of at most 28 digits";

    private IResult<T> Fail<T>(IInput at, string expected)
    {
        _tracker.Expect(at, expected);
        return Failure<T>.Instance;
    }

    private static (string? Word, IInput After) ReadWord(IInput input)
    {
        var at = (ListingInput)input;
        return (at.Word, at.AfterWord);
    }

    /// <summary>The word at <paramref name="input"/> (after trivia), normalised, or null.</summary>
    public static string? PeekWord(IInput input) => Start(input).FoldedWord;

    /// <summary>A keyword, compared without case or accents: <c>arrêté</c> matches <c>arrete</c>.</summary>
    /// <remarks>
    /// The grammar tries many keywords where one is written: the word at a position is read and folded
    /// once (<see cref="ListingInput.FoldedWord"/>), then each keyword tried there compares one string.
    /// </remarks>
    public Parser<string> Keyword(string keyword) =>
        _keywords.TryGetValue(keyword, out var parser) ? parser : _keywords[keyword] = NewKeyword(keyword);

    private Parser<string> NewKeyword(string keyword)
    {
        var normalized = TextFolding.Fold(keyword);
        var expected = "'" + keyword + "'";
        return input =>
        {
            var start = Start(input);
            return string.Equals(start.FoldedWord, normalized, StringComparison.Ordinal)
                ? Result.Success(start.Word!, (IInput)start.AfterWord)
                : Fail<string>(start, expected);
        };
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
    public Parser<string> WordExcept(string description, params string[] excluded)
    {
        var expected = description;
        return input =>
        {
            var start = Start(input);
            if (start.Word is not { } word || Array.IndexOf(excluded, start.FoldedWord) >= 0)
                return Fail<string>(start, expected);
            return Result.Success(word, (IInput)start.AfterWord);
        };
    }

    private Parser<string>? _identifier;

    /// <summary>A list or act identifier: a letter, then letters, digits, <c>-</c> and <c>_</c>.</summary>
    public Parser<string> Identifier => _identifier ??= input =>
    {
        var start = Start(input);
        var source = start.Source;
        var end = start.Position;
        if (end == source.Length || !char.IsLetter(source[end]))
            return Fail<string>(start, AnIdentifier);
        while (end < source.Length && (char.IsLetterOrDigit(source[end]) || source[end] == '-' || source[end] == '_'))
            end++;
        return Result.Success(source.Substring(start.Position, end - start.Position), (IInput)start.At(end));
    };

    private Parser<string>? _diagnosticId;

    /// <summary>A diagnostic id: <c>LST</c> and four digits.</summary>
    public Parser<string> DiagnosticId => _diagnosticId ??= input =>
    {
        var start = Start(input);
        if (start.Word is { Length: 7 } word && word.StartsWith("LST", StringComparison.Ordinal) && IsDigits(word, 3))
            return Result.Success(word, (IInput)start.AfterWord);
        return Fail<string>(start, ADiagnosticId);
    };

    private Parser<string>? _annexId;

    /// <summary>An annex or part number: a Roman numeral (<c>IV</c>) or digits (<c>2</c>).</summary>
    public Parser<string> AnnexId => _annexId ??= input =>
    {
        var start = Start(input);
        if (start.Word is { } word && (IsRoman(word) || IsDigits(word, 0)))
            return Result.Success(word, (IInput)start.AfterWord);
        return Fail<string>(start, AnAnnexId);
    };

    private static bool IsRoman(string word)
    {
        foreach (var c in word)
            if ("IVXLC".IndexOf(c) < 0)
                return false;
        return word.Length > 0;
    }

    private static bool IsDigits(string word, int from)
    {
        for (var i = from; i < word.Length; i++)
            if (word[i] < '0' || word[i] > '9')
                return false;
        return word.Length > from;
    }

    /// <summary>A punctuation mark; its value is the mark as a string (a reference type, see <see cref="Spanned{T}"/>).</summary>
    public Parser<string> Punctuation(char c) =>
        _punctuation.TryGetValue(c, out var parser) ? parser : _punctuation[c] = NewPunctuation(c);

    private Parser<string> NewPunctuation(char c)
    {
        var expected = "'" + c + "'";
        var value = c.ToString();
        return input =>
        {
            var start = Start(input);
            return start.Position < start.Source.Length && start.Source[start.Position] == c
                ? Result.Success(value, (IInput)start.At(start.Position + 1))
                : Fail<string>(start, expected);
        };
    }

    private Parser<string>? _bullet;

    /// <summary>An entry's bullet: <c>-</c> or <c>•</c>, not the start of a word.</summary>
    public Parser<string> Bullet => _bullet ??= input =>
    {
        var start = Start(input);
        if (IsBulletAt(start))
            return Result.Success(start.Current == '-' ? "-" : "•", (IInput)start.At(start.Position + 1));
        return Fail<string>(start, ABullet);
    };

    public static bool IsBulletAt(IInput start)
    {
        var source = start.Source;
        var at = start.Position;
        if (at == source.Length || (source[at] != '-' && source[at] != '•'))
            return false;
        return at + 1 == source.Length || !IsWordStart(source[at + 1]);
    }

    private Parser<Quoted>? _string;

    /// <summary>A string: <c>"…"</c> with <c>\"</c> and <c>\\</c> escapes, or <c>« … »</c>.</summary>
    public Parser<Quoted> String => _string ??= input =>
    {
        var start = Start(input);
        var source = start.Source;
        var at = start.Position;
        if (at == source.Length || (source[at] != '"' && source[at] != '«'))
            return Fail<Quoted>(start, AString);
        var guillemets = source[at] == '«';
        var close = guillemets ? '»' : '"';
        StringBuilder? escaped = null;
        var contentStart = at + 1;
        var rest = contentStart;
        while (true)
        {
            if (rest == source.Length || source[rest] == '\n' || source[rest] == '\r')
            {
                var end = start.At(rest);
                _tracker.Report(end, SyntaxDiagnostics.UnterminatedString(Span(start, end)));
                return Failure<Quoted>.Instance;
            }
            var c = source[rest];
            if (c == close)
                break;
            if (!guillemets && c == '\\' && rest + 1 < source.Length && (source[rest + 1] == '"' || source[rest + 1] == '\\'))
            {
                // Escapes are rare: the value is copied only from the first one on.
                escaped ??= new StringBuilder().Append(source, contentStart, rest - contentStart);
                escaped.Append(source[rest + 1]);
                rest += 2;
                continue;
            }
            escaped?.Append(c);
            rest++;
        }
        var value = escaped?.ToString() ?? source.Substring(contentStart, rest - contentStart);
        if (guillemets)
            value = value.Trim();
        var after = start.At(rest + 1);
        return Result.Success(new Quoted(value, Span(start, after)), (IInput)after);
    };

    private Parser<Located<int>>? _mark;

    /// <summary>A provenance mark: <c>(13)</c>.</summary>
    public Parser<Located<int>> Mark => _mark ??= input =>
    {
        var start = Start(input);
        var source = start.Source;
        var at = start.Position;
        if (at == source.Length || source[at] != '(')
            return Fail<Located<int>>(start, AMark);
        var digitsStart = SkipSpaces(source, at + 1);
        var digitsEnd = Digits(source, digitsStart);
        var rest = SkipSpaces(source, digitsEnd);
        var length = digitsEnd - digitsStart;
        if (length == 0 || length > 6 || rest == source.Length || source[rest] != ')')
            return Fail<Located<int>>(start, AMark);
        var mark = 0;
        for (var i = digitsStart; i < digitsEnd; i++)
            mark = mark * 10 + (source[i] - '0');
        var after = start.At(rest + 1);
        return Result.Success(new Located<int>(mark, Span(start, after)), (IInput)after);
    };

    /// <summary>The first position at or after <paramref name="at"/> that is not a space or a tab.</summary>
    private static int SkipSpaces(string source, int at)
    {
        while (at < source.Length && (source[at] == ' ' || source[at] == '\t'))
            at++;
        return at;
    }

    /// <summary>Where the ASCII digits from <paramref name="at"/> end.</summary>
    private static int Digits(string source, int at)
    {
        while (at < source.Length && source[at] >= '0' && source[at] <= '9')
            at++;
        return at;
    }

    private Parser<LegalDate>? _date;

    /// <summary>
    /// A date as the seed writes it (<c>22/02/1990</c>, <c>22 février 1990</c>, <c>1er juillet 2022</c>),
    /// or <c>inconnue</c>. A date that does not exist is reported, never silently accepted.
    /// </summary>
    public Parser<LegalDate> Date => _date ??= input =>
    {
        var start = Start(input);
        if (start.FoldedWord is "inconnue" or "inconnu")
            return Result.Success(LegalDate.Unknown(Span(start, start.AfterWord)), (IInput)start.AfterWord);

        var source = start.Source;
        var dayEnd = Digits(source, start.Position);
        if (dayEnd == start.Position)
            return Fail<LegalDate>(start, ADate);
        var dayText = source.Substring(start.Position, dayEnd - start.Position);
        var rest = dayEnd;
        int month;
        string yearText;
        if (rest < source.Length && source[rest] == '/')
        {
            var monthEnd = Digits(source, rest + 1);
            if (monthEnd == rest + 1 || monthEnd == source.Length || source[monthEnd] != '/')
                return Fail<LegalDate>(start, ADate);
            var monthLength = monthEnd - (rest + 1);
            month = monthLength > 2 ? 0 : int.Parse(source.Substring(rest + 1, monthLength), CultureInfo.InvariantCulture);
            rest = Digits(source, monthEnd + 1);
            yearText = source.Substring(monthEnd + 1, rest - (monthEnd + 1));
        }
        else
        {
            if (rest < source.Length && (source[rest] == 'e' || source[rest] == 'E'))
            {
                var suffix = start.At(rest);
                if (suffix.FoldedWord == "er" && dayText == "1")
                    rest = suffix.AfterWord.Position;
            }
            var monthStart = start.At(SkipSpaces(source, rest));
            month = monthStart.FoldedWord is { } monthWord ? Array.IndexOf(MonthNames, monthWord) + 1 : -1;
            if (month <= 0)
                return Fail<LegalDate>(start, ADate);
            var yearStart = SkipSpaces(source, monthStart.AfterWord.Position);
            rest = Digits(source, yearStart);
            yearText = source.Substring(yearStart, rest - yearStart);
        }
        var restInput = start.At(rest);
        var span = Span(start, restInput);
        var text = span.Length > 0 ? Slice(start, restInput) : dayText;
        if (yearText.Length != 4)
        {
            _tracker.Report(start, SyntaxDiagnostics.InvalidDate(span, text, "write the year with four digits"));
            return Failure<LegalDate>.Instance;
        }
        // Lengths are checked before parsing: a hostile "01/123456789012/1990" must not overflow an int.
        var day = dayText.Length > 2 ? 0 : int.Parse(dayText, CultureInfo.InvariantCulture);
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            _tracker.Report(start, SyntaxDiagnostics.InvalidDate(span, text, "no such day in the calendar"));
            return Failure<LegalDate>.Instance;
        }
        return Result.Success(new LegalDate(true, year, month, day, span), (IInput)restInput);
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

    private Parser<Quantity>? _quantity;

    /// <summary>An exact decimal and its unit: <c>2,5 mg</c>, <c>0.30 %</c>.</summary>
    public Parser<Quantity> Quantity => _quantity ??= input =>
    {
        var start = Start(input);
        var source = start.Source;
        var integerEnd = Digits(source, start.Position);
        if (integerEnd == start.Position)
            return Fail<Quantity>(start, AQuantity);
        var number = source.Substring(start.Position, integerEnd - start.Position);
        var rest = integerEnd;
        if (rest < source.Length && (source[rest] == ',' || source[rest] == '.'))
        {
            var fractionEnd = Digits(source, rest + 1);
            if (fractionEnd > rest + 1)
            {
                number = number + "." + source.Substring(rest + 1, fractionEnd - (rest + 1));
                rest = fractionEnd;
            }
        }
        var unitStart = start.At(SkipSpaces(source, rest));
        string? unitText;
        ListingInput afterUnit;
        if (!unitStart.AtEnd && unitStart.Current == '%')
        {
            unitText = "%";
            afterUnit = unitStart.At(unitStart.Position + 1);
        }
        else
        {
            unitText = unitStart.Word;
            afterUnit = unitStart.AfterWord;
        }
        if (unitText is null)
            return Fail<Quantity>(unitStart, AUnit);
        if (!TryUnit(unitText, out var unit))
        {
            _tracker.Report(unitStart, SyntaxDiagnostics.UnknownUnit(Span(unitStart, afterUnit), unitText));
            return Failure<Quantity>.Instance;
        }
        if (number.Length > 28)
            return Fail<Quantity>(start, AtMost28Digits);
        var value = decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return Result.Success(new Quantity(value, unit, Slice(start, afterUnit), Span(start, afterUnit)), (IInput)afterUnit);
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

/// <summary>A value the grammar read and the span it covered (<see cref="Tokens.Spanned{T}"/>).</summary>
internal sealed class Located<T>
{
    public Located(T value, SourceSpan span)
    {
        Value = value;
        Span = span;
    }

    public T Value { get; }

    public SourceSpan Span { get; }
}
