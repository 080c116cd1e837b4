using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Listings.Runtime;
using Sprache;

namespace Listings.Grammar.Parsing;

/// <summary>
/// Sprache's input over one listing's text, as <see cref="Input"/> reads it (same positions, lines and
/// columns), and the token layer in front of the grammar. There is one object per position the
/// grammar reaches, made the first time and shared by every alternative that reaches it again; the
/// token parsers (<see cref="Tokens"/>) scan the text by index and make one only where a token ends,
/// not at every character (Sprache's own <see cref="Input"/> makes an object and a memo dictionary at
/// every character read, again at every re-read after a failed alternative).
/// </summary>
/// <remarks>
/// Each position also remembers, once read, where the trivia after it ends and the word that starts
/// at it with its folded form: a keyword tried by many alternatives at one place compares one string,
/// instead of reading and folding the text again at each attempt.
/// </remarks>
internal sealed class ListingInput : IInput
{
    private readonly Text _text;
    private readonly int _position;
    private readonly int _line;
    private readonly int _column;
    private IDictionary<object, object>? _memos;
    private ListingInput? _afterTrivia;
    private int _wordEnd = -1;
    private string? _word;
    private string? _foldedWord;

    /// <summary>What every position of one text shares: the text, the positions made so far, where each line starts.</summary>
    private sealed class Text
    {
        public Text(string source)
        {
            Source = source;
            Chunks = new ListingInput?[(source.Length >> ChunkBits) + 1][];
            var lines = 1;
            foreach (var c in source)
                if (c == '\n')
                    lines++;
            LineStarts = new int[lines];
            var line = 1;
            for (var i = 0; i < source.Length; i++)
                if (source[i] == '\n')
                    LineStarts[line++] = i + 1;
        }

        public string Source { get; }

        /// <summary>
        /// The positions made so far, in chunks of 4,096 made as the grammar reaches them: one array as
        /// long as the text would be a large-object allocation for every file of a large listing set.
        /// </summary>
        public ListingInput?[]?[] Chunks { get; }

        /// <summary>The position of each line's first character (line 1 at index 0).</summary>
        public int[] LineStarts { get; }

        /// <summary>Chunks before this one have been let go (<see cref="ForgetBefore"/>).</summary>
        public int Forgotten { get; set; }

        /// <summary>The line (from 0) of the position made last: the grammar mostly reads forward.</summary>
        public int LastLine { get; set; }

        public int LineOf(int position)
        {
            var starts = LineStarts;
            var line = LastLine;
            if (position >= starts[line])
            {
                while (line + 1 < starts.Length && starts[line + 1] <= position)
                    line++;
            }
            else
            {
                line = Array.BinarySearch(starts, 0, line, position);
                if (line < 0)
                    line = ~line - 1;
            }
            LastLine = line;
            return line;
        }
    }

    private const int ChunkBits = 12;

    private ListingInput(Text text, int position, int line, int column)
    {
        _text = text;
        _position = position;
        _line = line;
        _column = column;
    }

    /// <summary>The start of <paramref name="text"/>.</summary>
    public static ListingInput Start(string source) => new ListingInput(new Text(source), 0, 1, 1).At(0);

    /// <summary>The input at <paramref name="position"/> of the same text (made once).</summary>
    public ListingInput At(int position)
    {
        var chunk = _text.Chunks[position >> ChunkBits]
            ??= new ListingInput?[Math.Min(1 << ChunkBits, _text.Source.Length + 1 - (position & ~((1 << ChunkBits) - 1)))];
        var at = chunk[position & ((1 << ChunkBits) - 1)];
        if (at is not null)
            return at;
        var line = _text.LineOf(position);
        at = new ListingInput(_text, position, line + 1, position - _text.LineStarts[line] + 1);
        chunk[position & ((1 << ChunkBits) - 1)] = at;
        return at;
    }

    /// <summary>
    /// Lets go of the positions made in the chunks wholly before this one. The parser calls it at each
    /// statement's start: no alternative goes back before it, so those positions would only be kept
    /// alive (and copied from one collection's generation to the next) for nothing. A position asked
    /// for again is made again, the same.
    /// </summary>
    public void ForgetBefore()
    {
        var chunks = _text.Chunks;
        var upTo = _position >> ChunkBits;
        for (var i = _text.Forgotten; i < upTo; i++)
            chunks[i] = null;
        if (upTo > _text.Forgotten)
            _text.Forgotten = upTo;
    }

    public IInput Advance()
    {
        if (AtEnd)
            throw new InvalidOperationException("The input is already at the end of the source.");
        return At(_position + 1);
    }

    public string Source => _text.Source;

    public char Current => _text.Source[_position];

    public bool AtEnd => _position == _text.Source.Length;

    public int Position => _position;

    public int Line => _line;

    public int Column => _column;

    /// <summary>Made only if a parser memoizes (the grammar does not).</summary>
    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    /// <summary>Where the white space and <c>#</c> comments from here end (here if there are none).</summary>
    public ListingInput AfterTrivia => _afterTrivia ??= At(SkipTrivia(_text.Source, _position));

    /// <summary>The word that starts here, as written (letters, digits, <c>-</c>, apostrophes, marks), or null.</summary>
    public string? Word
    {
        get
        {
            ReadWord();
            return _word;
        }
    }

    /// <summary><see cref="Word"/> folded (no case, no accents), or null.</summary>
    public string? FoldedWord
    {
        get
        {
            ReadWord();
            return _foldedWord;
        }
    }

    /// <summary>Where <see cref="Word"/> ends (here if there is none).</summary>
    public ListingInput AfterWord
    {
        get
        {
            ReadWord();
            return At(_wordEnd);
        }
    }

    private void ReadWord()
    {
        if (_wordEnd >= 0)
            return;
        var source = _text.Source;
        var end = _position;
        if (end < source.Length && Tokens.IsWordStart(source[end]))
        {
            while (end < source.Length && Tokens.IsWordPart(source[end]))
                end++;
            _word = source.Substring(_position, end - _position);
            _foldedWord = TextFolding.Fold(_word);
        }
        _wordEnd = end;
    }

    /// <summary>The first position at or after <paramref name="position"/> that is neither white space nor in a <c>#</c> comment.</summary>
    public static int SkipTrivia(string source, int position)
    {
        while (position < source.Length)
        {
            var c = source[position];
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                position++;
            }
            else if (c == '#')
            {
                while (position < source.Length && source[position] != '\n')
                    position++;
            }
            else
            {
                break;
            }
        }
        return position;
    }

    public bool Equals(IInput? other) =>
        other is not null && (ReferenceEquals(_text.Source, other.Source) || string.Equals(_text.Source, other.Source, StringComparison.Ordinal)) && _position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => unchecked(RuntimeHelpers.GetHashCode(_text.Source) * 397 ^ _position);

    public override string ToString() => $"Line {_line}, Column {_column}";
}
