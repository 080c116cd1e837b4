using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Sprache;

namespace Listings.Grammar.Parsing;

/// <summary>
/// Sprache's input over one listing's text, as <see cref="Input"/> reads it (same positions, lines and
/// columns), with one object per position, made the first time the grammar reaches it and shared by
/// every alternative that reaches it again. Sprache's own <see cref="Input"/> makes a new object and a
/// new memo dictionary at every character read, again at every re-read after a failed alternative:
/// most of what parsing allocated (gigabytes for 100,000 entries). The grammar is unchanged.
/// </summary>
internal sealed class ListingInput : IInput
{
    private readonly ListingInput?[] _at;
    private readonly string _source;
    private readonly int _position;
    private readonly int _line;
    private readonly int _column;
    private IDictionary<object, object>? _memos;

    private ListingInput(string source, ListingInput?[] at, int position, int line, int column)
    {
        _source = source;
        _at = at;
        _position = position;
        _line = line;
        _column = column;
    }

    /// <summary>The start of <paramref name="text"/>.</summary>
    public static ListingInput Start(string text)
    {
        var at = new ListingInput?[text.Length + 1];
        return at[0] = new ListingInput(text, at, 0, 1, 1);
    }

    public IInput Advance()
    {
        if (AtEnd)
            throw new InvalidOperationException("The input is already at the end of the source.");
        var next = _at[_position + 1];
        if (next is null)
        {
            var newLine = _source[_position] == '\n';
            next = new ListingInput(_source, _at, _position + 1, newLine ? _line + 1 : _line, newLine ? 1 : _column + 1);
            _at[_position + 1] = next;
        }
        return next;
    }

    public string Source => _source;

    public char Current => _source[_position];

    public bool AtEnd => _position == _source.Length;

    public int Position => _position;

    public int Line => _line;

    public int Column => _column;

    /// <summary>Made only if a parser memoizes (the grammar does not).</summary>
    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public bool Equals(IInput? other) =>
        other is not null && (ReferenceEquals(_source, other.Source) || string.Equals(_source, other.Source, StringComparison.Ordinal)) && _position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => unchecked(RuntimeHelpers.GetHashCode(_source) * 397 ^ _position);

    public override string ToString() => $"Line {_line}, Column {_column}";
}
