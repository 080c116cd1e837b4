using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Listings.Analyzers;
using Listings.Compiler.Analysis;
using Listings.Compiler.Binding;
using Listings.Compiler.Emit;
using Listings.Compiler.Tables;
using Listings.Generator;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Parsing;
using Listings.Grammar.Syntax;
using Listings.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using DiagnosticSeverity = Listings.Grammar.Diagnostics.DiagnosticSeverity;

// This file is compiled twice: by tests/Listings.Tests (FuzzSmokeTests, FuzzRegressionTests) and by
// tests/Listings.Fuzz (the console fuzzer, through <Compile Include="../Listings.Tests/Hardening/FuzzCore.cs" />).
// It must therefore use nothing but the product assemblies and Roslyn: no xunit, no Shouldly.
namespace Listings.Fuzzing;

/// <summary>What the fuzzer is run with.</summary>
public sealed class FuzzOptions
{
    /// <summary>The repository root (the folder holding <c>listings/</c>); paths are shown relative to it.</summary>
    public string RepositoryRoot { get; init; } = "";

    /// <summary>Where an input that breaks an invariant is written (<c>&lt;hash&gt;.listing</c>); null: nowhere.</summary>
    public string? CrashDirectory { get; init; }

    /// <summary>
    /// How long the check of one input may run before it counts as a hang. Generous on purpose: it only
    /// catches inputs that never finish (an infinite loop, a runaway quadratic), not slowness, which
    /// varies with the machine's load (a 10 s budget was once met in 29 s on a loaded machine); speed
    /// is measured by tests/Listings.Benchmarks.
    /// </summary>
    public TimeSpan HangAfter { get; init; } = DefaultHangAfter;

    public static readonly TimeSpan DefaultHangAfter = TimeSpan.FromMinutes(5);

    /// <summary>Every how many iterations the input also goes through the real generator and analyzer in Roslyn (0: never).</summary>
    public int RoslynEvery { get; init; } = 25;

    /// <summary>Where violations and progress are written; null: nowhere.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>How many characters of a violating input are printed (the crash file has all of it).</summary>
    public int PrintLimit { get; init; } = 4000;
}

/// <summary>One broken invariant, with the input that broke it.</summary>
public sealed record FuzzViolation(string Invariant, string Detail, string Path, string Input)
{
    public override string ToString() => Invariant + " in " + Path + ": " + Detail;
}

/// <summary>The outcome of a fuzz run.</summary>
public sealed record FuzzReport(int Iterations, IReadOnlyList<FuzzViolation> Violations, long SlowestMilliseconds, string SlowestInput,
    IReadOnlyList<string> CrashFiles)
{
    public string Summary => string.Format(CultureInfo.InvariantCulture,
        "fuzz: {0} iterations, {1} violations, slowest {2} ms", Iterations, Violations.Count, SlowestMilliseconds);
}

/// <summary>The result of checking one input.</summary>
public sealed record FuzzCheck(IReadOnlyList<FuzzViolation> Violations, long PipelineMilliseconds);

/// <summary>
/// A mutation fuzzer over the real listings. Each iteration takes a real listing, applies one to four
/// random mutations (character and byte flips, token deletion and duplication, truncation, hostile
/// Unicode, 100k-character lines, 5000-fold clauses, 50-fold files, boundary numbers and dates, stray
/// keywords, line-end changes), puts it back among the other real listings, and runs the product over
/// the set: parse, bind, analyse, build the tables, emit the C#, build a classifier and ask it things.
/// Invariants: no exception escapes; no input hangs (<see cref="FuzzOptions.HangAfter"/>); every
/// diagnostic lies inside the file it names, at a line and column that match its offset; a file with a
/// syntax error gets at least one diagnostic located in it; the emitted C# parses and holds no raw
/// bidirectional control, line or paragraph separator, or unpaired surrogate. Every
/// <see cref="FuzzOptions.RoslynEvery"/> iterations the set also goes through the real source generator
/// and analyzer in a Roslyn compilation: no generator or analyzer failure, no internal-error
/// diagnostic, and the generated code compiles.
/// </summary>
public sealed class FuzzCore
{
    private static readonly string[] HostileUnicode =
    {
        "\uD800", "\uDC00", "\uDBFF", "\0", "\u202E", "\u202D", "\u2066", "\u2067", "\u2069", "\u200F", "\u061C",
        "\u2028", "\u2029", "\u0085", "\u000B", "\u000C", "\r", "\n", "\t", "\u0301", "\u0308\u0327", "\u20DD",
        "😀", "𝔸", "👨‍👩‍👧", "\uFEFF", "\u200B", "\u00AD", "\u00A0", "\u202F", "\uFFFF", "\uFFFE", "\uFFFD",
        "µ", "μ", "«", "»", "\"", "\\", "\\\"", "#", "’", "•", "-", "*", "(", ")", ",", ":", "ǅ", "İ", "ı", "ß", "œ",
        "Ⅳ", "٣", "５", "а", "ο", "\u0000\u0000", "*/", "/*", "#line 1", "#pragma warning disable", "//", "{", "}",
    };

    private static readonly string[] Keywords =
    {
        "liste", "acte", "annexe", "partie", "tableau", "groupe", "comprend", "astérisques inconnus", "-", "•", "- *",
        "amendement par", "ajoute à", "retire", "transfère", "modifie", "dérogation par", "autorise", "contre-ions",
        "sauf", "avec", "ou", "et", "de", "à", "du", ":", ",", "JO du", "JO inconnu", "en vigueur le", "en vigueur à une date inconnue",
        "texte", "défaut", "accepte LST2006", "accepte LST0001", "sic", "modifiée par", "autres que", "renfermant par unité",
        "renfermant par comprimé", "au plus", "au moins", "en base", "préparations", "injectables", "orales",
        "autres qu'injectables", "isomère", "isomères", "stéréo-isomères", "esters", "éthers", "sels", "racémate",
        "(13)", "(0)", "(999999)", "(1234567)", "( 13 )", "\"x\"", "« y »", "\"\"", "«»", "2,5 mg", "0,30 %", "3 furlongs",
        "9999999999999999999999999999 kg", "0,0000000000000000000000000001 g", "22/02/1990", "31/12/9999", "29/02/2023",
        "1er juillet 2022", "inconnue", "stupefiants annexe I", "stupefiants annexe inconnue", "psychotropes partie 2",
        "si teneur en \"x\" au plus", "inscrite au catalogue", "relevant d'un autre classement", "reçues de",
        "dans tous les cas où ils peuvent exister", "désignation chimique", "en comprimés", "la", "les", "ses",
    };

    private static readonly string[] BoundaryNumbers =
    {
        "0", "00", "1", "9", "13", "31", "32", "99", "0000", "1000", "9999", "10000", "2147483647", "2147483648",
        "99999999999999999999", "9999999999999999999999999999", "99999999999999999999999999999", "123456789012",
    };

    private static readonly string[] BoundaryDates =
    {
        "31/12/9999", "01/01/0001", "00/00/0000", "29/02/2023", "29/02/2024", "31/04/2000", "1/1/1", "99/99/99",
        "01/123456789012/1990", "31 décembre 9999", "1er janvier 0001", "30 février 2020", "inconnue",
    };

    private static readonly string[] Repeated =
    {
        " sauf préparations", " (13)", " ou \"x\"", " et \"y\"", ", ses sels", " texte \"t\"", " sic \"s\"", " (", "\"", " «",
        " sauf préparations orales renfermant par unité au plus 2,5 mg de \"x\"", " avec ses isomères", " - ", " #",
        " autres que \"z\"", " modifiée par (13)", " sauf son isomère ou \"w\"",
    };

    private static readonly string[] BoundaryQuantities =
    {
        "9999999999999999999999999999 kg", "9999999999999999999999999999 g", "99999999999999999999999999 kg",
        "79228162514264337593543950335 µg", "0,0000000000000000000000000001 mg", "0 mg", "0,000 g", "2,5 furlongs",
        "2,5 MG", "2,5 Mg", "2500 μg", "2,5 %", "0,30 mg", "1000000 %", ",5 mg", "2, mg", "2,5", "2,5 mg mg",
    };

    private static readonly Regex Quantities = new(@"[0-9]+(?:[,.][0-9]+)? ?(?:µg|μg|ug|mg|kg|g|%)", RegexOptions.CultureInvariant);
    private static readonly Regex Digits = new("[0-9]+", RegexOptions.CultureInvariant);
    private static readonly Regex Dates = new("[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}", RegexOptions.CultureInvariant);

    private readonly FuzzOptions _options;
    private readonly IReadOnlyList<(string Path, string Text)> _listings;
    private readonly Dictionary<string, ParseResult> _parsed;

    public FuzzCore(FuzzOptions options)
    {
        _options = options;
        var folder = Path.Combine(options.RepositoryRoot, "listings");
        _listings = Directory.EnumerateFiles(folder, "*.listing", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(options.RepositoryRoot, p).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllText(Path.Combine(options.RepositoryRoot, p))))
            .ToList();
        if (_listings.Count == 0)
            throw new InvalidOperationException("No .listing file under " + folder);
        // The files a mutation leaves alone are parsed once.
        _parsed = _listings.ToDictionary(l => l.Path, l => ListingParser.Parse(l.Path, l.Text), StringComparer.Ordinal);
    }

    /// <summary>The real listings the fuzzer mutates, by path relative to the repository.</summary>
    public IReadOnlyList<(string Path, string Text)> Listings => _listings;

    public FuzzReport Run(int iterations, int seed)
    {
        var master = new Random(seed);
        var violations = new List<FuzzViolation>();
        var crashFiles = new List<string>();
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        long slowest = -1;
        var slowestInput = "";
        for (var i = 0; i < iterations; i++)
        {
            var iterationSeed = master.Next();
            var random = new Random(iterationSeed);
            var (path, original) = _listings[random.Next(_listings.Count)];
            var applied = new List<string>();
            var text = Mutate(random, original, applied);
            var roslyn = _options.RoslynEvery > 0 && i % _options.RoslynEvery == _options.RoslynEvery - 1;
            var check = Check(path, text, roslyn);
            var description = string.Format(CultureInfo.InvariantCulture, "iteration {0} (seed {1}) {2}: {3}",
                i, iterationSeed, path, string.Join(", ", applied));
            if (check.PipelineMilliseconds > slowest)
            {
                slowest = check.PipelineMilliseconds;
                slowestInput = description + string.Format(CultureInfo.InvariantCulture, " [{0} chars]", text.Length);
            }
            if (check.Violations.Count == 0)
                continue;
            violations.AddRange(check.Violations);
            // One crash file per distinct failure (invariant and the first frame it names): the first input that shows it.
            var fresh = check.Violations.Select(Signature).Where(signatures.Add).ToList();
            var crash = fresh.Count > 0 ? WriteCrash(path, text, description, check.Violations) : null;
            if (crash is not null)
                crashFiles.Add(crash);
            Print(description, path, text, check.Violations, crash);
        }
        return new FuzzReport(iterations, violations, Math.Max(0, slowest), slowestInput, crashFiles);
    }

    /// <summary>What makes two violations the same bug: the invariant, and the first stack frame or the message's first line.</summary>
    public static string Signature(FuzzViolation violation)
    {
        var lines = violation.Detail.Split('\n');
        // The first frame of the product, not of the framework that threw for it (System.Decimal, System.DateTime).
        var frames = lines.Select(l => l.Trim()).Where(l => l.StartsWith("at ", StringComparison.Ordinal)).ToList();
        var frame = frames.FirstOrDefault(f => !f.StartsWith("at System.", StringComparison.Ordinal)) ?? frames.FirstOrDefault();
        var first = Regex.Replace(lines[0], "[0-9]+", "#");
        return violation.Invariant + " | " + (frame ?? (first.Length > 60 ? first.Substring(0, 60) : first));
    }

    // ---- mutations ------------------------------------------------------------------------------

    /// <summary>One to four random mutations of <paramref name="text"/>; <paramref name="applied"/> names them.</summary>
    public static string Mutate(Random random, string text, List<string> applied)
    {
        var count = random.Next(1, 5);
        var heavy = false;
        for (var m = 0; m < count; m++)
        {
            var roll = random.Next(100);
            // At most one heavy mutation per input: a 50-fold file of 100k-character lines proves nothing more.
            if (roll >= 91 && heavy)
                roll = random.Next(91);
            switch (roll)
            {
                case < 10: text = FlipChar(random, text, applied); break;
                case < 16: text = FlipByte(random, text, applied); break;
                case < 26: text = DeleteToken(random, text, applied); break;
                case < 34: text = DuplicateToken(random, text, applied); break;
                case < 38: text = Truncate(random, text, applied); break;
                case < 52: text = InsertUnicode(random, text, applied); break;
                case < 64: text = InsertKeyword(random, text, applied); break;
                case < 67: text = ReplaceNumber(random, text, applied); break;
                case < 71: text = ReplaceQuantity(random, text, applied); break;
                case < 76: text = ReplaceDate(random, text, applied); break;
                case < 83: text = LineEdit(random, text, applied); break;
                case < 87: text = LineEnds(random, text, applied); break;
                case < 91: text = SwapTokens(random, text, applied); break;
                case < 95: heavy = true; text = LongLine(random, text, applied); break;
                case < 98: heavy = true; text = DeepRepetition(random, text, applied); break;
                default: heavy = true; text = HugeFile(text, applied); break;
            }
        }
        return text;
    }

    private static int Position(Random random, string text) => text.Length == 0 ? 0 : random.Next(text.Length + 1);

    private static string FlipChar(Random random, string text, List<string> applied)
    {
        if (text.Length == 0)
            return text;
        var at = random.Next(text.Length);
        var flipped = (char)(text[at] ^ (1 << random.Next(16)));
        applied.Add($"flip char {at} U+{(int)text[at]:X4}→U+{(int)flipped:X4}");
        return text.Substring(0, at) + flipped + text.Substring(at + 1);
    }

    private static string FlipByte(Random random, string text, List<string> applied)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0)
            return text;
        var at = random.Next(bytes.Length);
        bytes[at] ^= (byte)(1 << random.Next(8));
        applied.Add($"flip byte {at}");
        // What a reader decoding damaged UTF-8 leniently sees (U+FFFD for the broken sequence).
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Maximal runs of non-white-space characters.</summary>
    private static List<(int Start, int Length)> TokensOf(string text)
    {
        var tokens = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
                i++;
            if (i > start)
                tokens.Add((start, i - start));
        }
        return tokens;
    }

    private static string DeleteToken(Random random, string text, List<string> applied)
    {
        var tokens = TokensOf(text);
        if (tokens.Count == 0)
            return text;
        var (start, length) = tokens[random.Next(tokens.Count)];
        applied.Add($"delete token '{Preview(text.Substring(start, length), 30)}' at {start}");
        return text.Remove(start, length);
    }

    private static string DuplicateToken(Random random, string text, List<string> applied)
    {
        var tokens = TokensOf(text);
        if (tokens.Count == 0)
            return text;
        var (start, length) = tokens[random.Next(tokens.Count)];
        var token = text.Substring(start, length);
        applied.Add($"duplicate token '{Preview(token, 30)}' at {start}");
        return text.Insert(start + length, " " + token);
    }

    private static string SwapTokens(Random random, string text, List<string> applied)
    {
        var tokens = TokensOf(text);
        if (tokens.Count < 2)
            return text;
        var a = random.Next(tokens.Count);
        var b = random.Next(tokens.Count);
        if (a == b)
            return text;
        if (a > b)
            (a, b) = (b, a);
        var (sa, la) = tokens[a];
        var (sb, lb) = tokens[b];
        applied.Add($"swap tokens at {sa} and {sb}");
        return text.Substring(0, sa) + text.Substring(sb, lb) + text.Substring(sa + la, sb - sa - la) + text.Substring(sa, la) + text.Substring(sb + lb);
    }

    private static string Truncate(Random random, string text, List<string> applied)
    {
        var at = Position(random, text);
        applied.Add($"truncate at {at}");
        return text.Substring(0, Math.Min(at, text.Length));
    }

    private static string InsertUnicode(Random random, string text, List<string> applied)
    {
        var what = HostileUnicode[random.Next(HostileUnicode.Length)];
        var at = InsertionPoint(random, text);
        applied.Add($"insert {Escape(what)} at {at}");
        return text.Insert(at, what);
    }

    /// <summary>Half the time just inside a string (after an opening quote), else anywhere.</summary>
    private static int InsertionPoint(Random random, string text)
    {
        if (random.Next(2) == 0)
        {
            var quotes = new List<int>();
            for (var i = 0; i < text.Length; i++)
                if (text[i] is '"' or '«')
                    quotes.Add(i + 1);
            if (quotes.Count > 0)
                return quotes[random.Next(quotes.Count)];
        }
        return Position(random, text);
    }

    private static string InsertKeyword(Random random, string text, List<string> applied)
    {
        var keyword = Keywords[random.Next(Keywords.Length)];
        // At a token boundary, so the keyword is read as a word: before a token, or at the start of a line.
        var tokens = TokensOf(text);
        int at;
        string inserted;
        if (tokens.Count > 0 && random.Next(3) > 0)
        {
            at = tokens[random.Next(tokens.Count)].Start;
            inserted = keyword + " ";
        }
        else
        {
            at = LineStarts(text)[random.Next(LineStarts(text).Count)];
            inserted = keyword + (random.Next(2) == 0 ? "\n" : " ");
        }
        applied.Add($"insert keyword '{keyword}' at {at}");
        return text.Insert(at, inserted);
    }

    private static string ReplaceNumber(Random random, string text, List<string> applied)
    {
        var matches = Digits.Matches(text);
        if (matches.Count == 0)
            return text;
        var match = matches[random.Next(matches.Count)];
        var number = BoundaryNumbers[random.Next(BoundaryNumbers.Length)];
        applied.Add($"number {match.Value}→{number} at {match.Index}");
        return text.Substring(0, match.Index) + number + text.Substring(match.Index + match.Length);
    }

    private static string ReplaceQuantity(Random random, string text, List<string> applied)
    {
        var matches = Quantities.Matches(text);
        if (matches.Count == 0)
            return ReplaceNumber(random, text, applied);
        var match = matches[random.Next(matches.Count)];
        var quantity = BoundaryQuantities[random.Next(BoundaryQuantities.Length)];
        applied.Add($"quantity {match.Value}→{quantity} at {match.Index}");
        return text.Substring(0, match.Index) + quantity + text.Substring(match.Index + match.Length);
    }

    private static string ReplaceDate(Random random, string text, List<string> applied)
    {
        var matches = Dates.Matches(text);
        if (matches.Count == 0)
            return ReplaceNumber(random, text, applied);
        var match = matches[random.Next(matches.Count)];
        var date = BoundaryDates[random.Next(BoundaryDates.Length)];
        applied.Add($"date {match.Value}→{date} at {match.Index}");
        return text.Substring(0, match.Index) + date + text.Substring(match.Index + match.Length);
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n')
                starts.Add(i + 1);
        return starts;
    }

    private static string LineEdit(Random random, string text, List<string> applied)
    {
        var lines = text.Split('\n').ToList();
        var at = random.Next(lines.Count);
        switch (random.Next(3))
        {
            case 0:
                applied.Add($"duplicate line {at + 1}");
                lines.Insert(at, lines[at]);
                break;
            case 1:
                applied.Add($"delete line {at + 1}");
                lines.RemoveAt(at);
                break;
            default:
                var other = random.Next(lines.Count);
                applied.Add($"swap lines {at + 1} and {other + 1}");
                (lines[at], lines[other]) = (lines[other], lines[at]);
                break;
        }
        return string.Join("\n", lines);
    }

    private static string LineEnds(Random random, string text, List<string> applied)
    {
        switch (random.Next(4))
        {
            case 0:
                applied.Add("LF→CRLF");
                return text.Replace("\r\n", "\n").Replace("\n", "\r\n");
            case 1:
                applied.Add("LF→CR");
                return text.Replace("\r\n", "\n").Replace('\n', '\r');
            case 2:
                applied.Add("LF→U+2028");
                return text.Replace('\n', '\u2028');
            default:
                applied.Add("BOM");
                return "\uFEFF" + text;
        }
    }

    private static string LongLine(Random random, string text, List<string> applied)
    {
        const int length = 100_000;
        string line;
        switch (random.Next(6))
        {
            case 0: line = "# " + new string('a', length); break;
            case 1: line = "- \"" + new string('x', length) + "\""; break;
            case 2: line = "- \"" + new string('x', length); break;
            case 3: line = string.Concat(Enumerable.Repeat("mot ", length / 4)); break;
            case 4: line = "- « " + string.Concat(Enumerable.Repeat("é\u0301", length / 2)) + " »"; break;
            default: line = new string('-', length); break;
        }
        var starts = LineStarts(text);
        var at = starts[random.Next(starts.Count)];
        applied.Add($"100k line '{Preview(line, 12)}…' at {at}");
        return text.Insert(at, line + "\n");
    }

    private static string DeepRepetition(Random random, string text, List<string> applied)
    {
        var clause = Repeated[random.Next(Repeated.Length)];
        var repeated = string.Concat(Enumerable.Repeat(clause, 5000));
        // At the end of an entry line when there is one.
        var entryEnds = new List<int>();
        var starts = LineStarts(text);
        foreach (var start in starts)
        {
            if (start < text.Length && text[start] == '-')
            {
                var end = text.IndexOf('\n', start);
                entryEnds.Add(end < 0 ? text.Length : end);
            }
        }
        var at = entryEnds.Count > 0 ? entryEnds[random.Next(entryEnds.Count)] : text.Length;
        applied.Add($"'{clause.Trim()}' x5000 at {at}");
        return text.Insert(at, repeated);
    }

    private static string HugeFile(string text, List<string> applied)
    {
        applied.Add("file x50");
        var builder = new StringBuilder(text.Length * 50 + 50);
        for (var i = 0; i < 50; i++)
            builder.Append(text).Append('\n');
        return builder.ToString();
    }

    // ---- invariants ---------------------------------------------------------------------------

    /// <summary>
    /// Runs the product over the real listings with <paramref name="path"/> replaced by <paramref name="text"/>
    /// (or added, when it is not one of them) and checks every invariant. The check runs on a thread of
    /// its own: one still running after <see cref="FuzzOptions.HangAfter"/> is reported as a hang and
    /// left behind (a background thread: it does not keep the process alive).
    /// </summary>
    public FuzzCheck Check(string path, string text, bool roslyn)
    {
        var check = Task.Factory.StartNew(() => CheckInvariants(path, text, roslyn), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        bool finished;
        try
        {
            finished = check.Wait(_options.HangAfter);
        }
        catch (AggregateException)
        {
            finished = true; // rethrown below as it was thrown
        }
        if (finished)
            return check.GetAwaiter().GetResult();
        var hang = new FuzzViolation("hang", string.Format(CultureInfo.InvariantCulture,
            "the check of {0} chars was still running after {1} s", text.Length, _options.HangAfter.TotalSeconds), path, text);
        return new FuzzCheck(new[] { hang }, (long)_options.HangAfter.TotalMilliseconds);
    }

    private FuzzCheck CheckInvariants(string path, string text, bool roslyn)
    {
        var violations = new List<FuzzViolation>();
        void Violate(string invariant, string detail) => violations.Add(new FuzzViolation(invariant, detail, path, text));

        var files = _listings.Where(l => l.Path != path).Append((Path: path, Text: text))
            .OrderBy(l => l.Path, StringComparer.Ordinal).ToList();
        var texts = files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);

        var stopwatch = Stopwatch.StartNew();
        ParseResult? parsedOrNull = null;
        Stage(Violate, "parse", () => parsedOrNull = ListingParser.Parse(path, text));
        if (parsedOrNull is not { } parsed)
            return new FuzzCheck(violations, stopwatch.ElapsedMilliseconds);
        var results = files.Select(f => f.Path == path ? parsed : _parsed[f.Path]).ToList();
        var documents = results.Select(r => r.Document).ToList();
        BindResult? bound = null;
        Stage(Violate, "bind", () => bound = ListingBinder.Bind(documents));
        IReadOnlyList<ListingDiagnostic> findings = Array.Empty<ListingDiagnostic>();
        ClassifierTables? tables = null;
        string? source = null;
        if (bound is { } model)
        {
            Stage(Violate, "analyse", () => findings = ListingAnalysis.Analyze(documents, model).ToList());
            Stage(Violate, "tables", () => tables = TableBuilder.Build(model.Model));
            if (tables is { } built)
                Stage(Violate, "emit", () => source = ClassifierEmitter.Emit(built, EmitOptions.Default, files.Count));
        }
        var elapsed = stopwatch.ElapsedMilliseconds; // reported (the slowest input), never asserted

        // Diagnostics: every one inside the file it names, its line and column those of its offset.
        var all = parsed.Diagnostics.Concat(bound?.Diagnostics ?? default).Concat(findings).ToList();
        var lineStarts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var diagnostic in all)
        {
            if (LocationProblem(diagnostic, texts, lineStarts) is { } problem)
                Violate("diagnostic outside its file", problem + ": " + Show(diagnostic));
            if (diagnostic.Message.Contains("internal error", StringComparison.OrdinalIgnoreCase))
                Violate("internal error", Show(diagnostic));
        }
        foreach (var diagnostic in all)
            foreach (var span in diagnostic.AdditionalSpans)
                if (LocationProblem(diagnostic with { Span = span }, texts, lineStarts) is { } problem)
                    Violate("additional location outside its file", problem + ": " + Show(diagnostic));
        var errors = parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0 && !errors.Any(d => d.Span.Path == path && LocationProblem(d, texts, lineStarts) is null))
            Violate("error without a location", "the file has syntax errors but none is located in it: " + string.Join(" | ", errors.Select(Show)));

        if (source is not null)
            CheckEmitted(source, Violate);
        if (tables is { } asked)
            Stage(Violate, "classify", () => AskClassifier(asked));
        if (roslyn)
            Stage(Violate, "roslyn", () => CheckRoslyn(files, Violate));
        return new FuzzCheck(violations, elapsed);
    }

    private static void Stage(Action<string, string> violate, string stage, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            violate("exception in " + stage, e.ToString());
        }
    }

    private static string Show(ListingDiagnostic d) => Preview(d.ToString(), 300);

    /// <summary>Why the diagnostic's span is not a place in the file it names, or null when it is.</summary>
    public static string? LocationProblem(ListingDiagnostic diagnostic, IReadOnlyDictionary<string, string> texts) =>
        LocationProblem(diagnostic, texts, new Dictionary<string, List<int>>(StringComparer.Ordinal));

    private static string? LocationProblem(ListingDiagnostic diagnostic, IReadOnlyDictionary<string, string> texts,
        Dictionary<string, List<int>> lineStarts)
    {
        var span = diagnostic.Span;
        if (span is null)
            return "no span";
        if (string.IsNullOrEmpty(span.Path) || !texts.TryGetValue(span.Path, out var text))
            return $"path '{span.Path}' is none of the files";
        if (span.Line < 1 || span.Column < 1)
            return $"line {span.Line}, column {span.Column} is not 1-based";
        if (span.Offset < 0 || span.Length < 0 || span.Offset + span.Length > text.Length)
            return $"offset {span.Offset}+{span.Length} outside a text of {text.Length} chars";
        // The parser counts lines at '\n' and columns in UTF-16 code units, from 1.
        if (!lineStarts.TryGetValue(span.Path, out var starts))
            lineStarts[span.Path] = starts = LineStarts(text);
        var index = starts.BinarySearch(span.Offset);
        if (index < 0)
            index = ~index - 1;
        var line = index + 1;
        var column = span.Offset - starts[index] + 1;
        if (span.Line != line || span.Column != column)
            return $"({span.Line},{span.Column}) but offset {span.Offset} is at ({line},{column})";
        return null;
    }

    /// <summary>The characters the emitted C# must never hold raw: they make code read otherwise than it compiles.</summary>
    public static string? RawHazard(string source)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
                return $"an unpaired surrogate U+{(int)c:X4} at {i}";
            if (c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C')
                return $"a bidirectional control U+{(int)c:X4} at {i}";
            if (c is '\u2028' or '\u2029' or '\u0085' or '\0')
                return $"a line-breaking or NUL character U+{(int)c:X4} at {i}";
        }
        return null;
    }

    private static void CheckEmitted(string source, Action<string, string> violate)
    {
        if (RawHazard(source) is { } hazard)
            violate("raw character in emitted C#", hazard);
        var tree = CSharpSyntaxTree.ParseText(source);
        var errors = tree.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0)
            violate("emitted C# does not parse", string.Join(" | ", errors.Select(e => e.ToString())));
    }

    /// <summary>Asks the classifier built from the tables about its own entries, on odd dates and as preparations.</summary>
    private static void AskClassifier(ClassifierTables tables)
    {
        var classifier = new Classifier(tables);
        var names = tables.EntryTitles.Take(20).Concat(tables.NameKeys.Take(20))
            .Concat(new[] { "", " ", "\uD800", "chlorhydrate de ", "dextro", "ester de", "racémate de" });
        var dates = new[] { new DateTime(2024, 1, 1), DateTime.MinValue, DateTime.MaxValue };
        foreach (var name in names)
        {
            foreach (var on in dates)
                classifier.Classify(new ClassificationQuery(name, on));
            var query = new ClassificationQuery(name, dates[0]) { Route = QueryRoute.Oral, ThcPercent = 0.3m, CatalogueVariety = true };
            query.PerUnit[name] = 2.5m;
            classifier.Classify(query);
        }
    }

    // ---- Roslyn: the real generator and analyzer ------------------------------------------------

    private const string RoslynRoot = "/fuzz/";

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll"
                or "System.Collections.dll" or "System.Linq.dll")
            .Append(typeof(Classifier).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    private static void CheckRoslyn(IReadOnlyList<(string Path, string Text)> files, Action<string, string> violate)
    {
        var additional = files.Select(f => (AdditionalText)new FuzzText(RoslynRoot + f.Path, f.Text)).ToImmutableArray();
        var options = new FuzzOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.ListingsSourceRoot"] = RoslynRoot,
            ["build_property.ListingsNamespace"] = "Fuzz.Listings",
            ["build_property.ListingsClassName"] = "FuzzListings",
        });
        var compilation = CSharpCompilation.Create("FuzzConsumer",
            new[] { CSharpSyntaxTree.ParseText("public static class FuzzConsumer { }", path: "FuzzConsumer.cs") },
            References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new ListingsGenerator().AsSourceGenerator() },
            additional, parseOptions: null, optionsProvider: options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        foreach (var d in generatorDiagnostics)
        {
            if (d.Id is "CS8784" or "CS8785" || d.GetMessage(CultureInfo.InvariantCulture).Contains("internal error", StringComparison.OrdinalIgnoreCase))
                violate("generator failure", d.ToString());
        }
        var compileErrors = output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Take(5).ToList();
        if (compileErrors.Count > 0)
            violate("generated code does not compile", string.Join(" | ", compileErrors.Select(e => e.ToString())));

        var analyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new ListingsAnalyzer(), new AcceptedFindingsSuppressor()),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(additional, options), onAnalyzerException: null,
                concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
        foreach (var d in analyzers.GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult())
        {
            if (d.Id is "AD0001" or "LST2000")
                violate("analyzer failure", d.ToString());
        }
    }

    private sealed class FuzzText : AdditionalText
    {
        private readonly SourceText _text;

        public FuzzText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class FuzzOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public FuzzOptionsProvider(Dictionary<string, string> values) => _global = new Options(values);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }

    // ---- crash files ----------------------------------------------------------------------------

    /// <summary>
    /// Writes the input to <c>&lt;hash&gt;.listing</c> (UTF-8), with <c>&lt;hash&gt;.txt</c> saying which file it replaced,
    /// how it was made and what it broke. An input UTF-8 cannot hold (an unpaired surrogate) is also written
    /// exactly, as UTF-16LE, to <c>&lt;hash&gt;.utf16</c>, which the regression test reads in its place.
    /// </summary>
    private string? WriteCrash(string path, string text, string description, IReadOnlyList<FuzzViolation> violations)
    {
        if (_options.CrashDirectory is null)
            return null;
        Directory.CreateDirectory(_options.CrashDirectory);
        var hash = Hash(text);
        var file = Path.Combine(_options.CrashDirectory, hash + ".listing");
        File.WriteAllText(file, text, new UTF8Encoding(false));
        if (!RoundTripsThroughUtf8(text))
            File.WriteAllBytes(Path.Combine(_options.CrashDirectory, hash + ".utf16"), Encoding.Unicode.GetBytes(text));
        var info = new StringBuilder();
        info.Append("path: ").Append(path).Append('\n');
        info.Append("made by: ").Append(description).Append('\n');
        foreach (var v in violations)
            info.Append("violation: ").Append(v.Invariant).Append(": ").Append(WithoutMachinePaths(v.Detail).Replace("\n", "\n    ")).Append('\n');
        File.WriteAllText(Path.Combine(_options.CrashDirectory, hash + ".txt"), info.ToString(), new UTF8Encoding(false));
        return file;
    }

    /// <summary>
    /// A stack trace names each frame's source file by its full path on the machine that built it; a crash
    /// file is committed, so it keeps the path from the repository's top folders down.
    /// </summary>
    public static string WithoutMachinePaths(string detail) =>
        Regex.Replace(detail, @" in (?:[A-Za-z]:)?[^\s:]*?[/\\](?=(?:compiler|grammar|analyzers|generated|tests)[/\\])", " in ");

    public static string Hash(string text)
    {
        using var sha = SHA256.Create();
        var bytes = sha.ComputeHash(Encoding.Unicode.GetBytes(text));
        return string.Concat(bytes.Take(8).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    private static bool RoundTripsThroughUtf8(string text)
    {
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads a crash file back: the exact UTF-16 twin when there is one, else the UTF-8 file; and the path
    /// of the real listing it replaced (from the <c>.txt</c> beside it), or null.
    /// </summary>
    public static (string Text, string? ReplacedPath) ReadCrash(string listingFile)
    {
        var stem = Path.Combine(Path.GetDirectoryName(listingFile)!, Path.GetFileNameWithoutExtension(listingFile));
        var text = File.Exists(stem + ".utf16")
            ? Encoding.Unicode.GetString(File.ReadAllBytes(stem + ".utf16"))
            : File.ReadAllText(listingFile, new UTF8Encoding(false));
        string? replaced = null;
        if (File.Exists(stem + ".txt"))
        {
            var line = File.ReadLines(stem + ".txt").FirstOrDefault(l => l.StartsWith("path: ", StringComparison.Ordinal));
            replaced = line?.Substring("path: ".Length).Trim();
        }
        return (text, replaced);
    }

    private void Print(string description, string path, string text, IReadOnlyList<FuzzViolation> violations, string? crash)
    {
        var log = _options.Log;
        if (log is null)
            return;
        log.WriteLine("VIOLATION " + description);
        foreach (var v in violations)
            log.WriteLine("  " + v.Invariant + ": " + v.Detail.Replace("\n", "\n    "));
        if (crash is not null)
            log.WriteLine("  input written to " + crash);
        log.WriteLine("  input (" + text.Length + " chars, non-printable characters escaped):");
        log.WriteLine("  | " + Escape(Preview(text, _options.PrintLimit)).Replace("\\n", "\n  | "));
    }

    private static string Preview(string text, int limit) => text.Length <= limit ? text : text.Substring(0, limit) + "…";

    /// <summary>Non-printable and non-ASCII-visible characters as <c>\uXXXX</c>; line ends as <c>\n</c>.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\n')
                builder.Append("\\n");
            else if (c < 0x20 || c is (>= '\u007F' and < '\u00A0') || char.IsSurrogate(c)
                || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator
                    or UnicodeCategory.ParagraphSeparator or UnicodeCategory.NonSpacingMark or UnicodeCategory.OtherNotAssigned)
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else
                builder.Append(c);
        }
        return builder.ToString();
    }
}
