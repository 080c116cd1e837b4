using System;
using System.Collections.Generic;

namespace Listings.Cli.Lsp;

/// <summary>Offsets in a text and LSP positions (0-based line, UTF-16 character), both ways.</summary>
public sealed class LineIndex
{
    private readonly List<int> _starts = new() { 0 };
    private readonly int _length;

    public LineIndex(string text)
    {
        _length = text.Length;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n')
                _starts.Add(i + 1);
    }

    public Position PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var line = _starts.BinarySearch(offset);
        if (line < 0)
            line = ~line - 1;
        return new Position(line, offset - _starts[line]);
    }

    public int OffsetOf(Position position)
    {
        if (position.Line < 0)
            return 0;
        if (position.Line >= _starts.Count)
            return _length;
        var end = position.Line + 1 < _starts.Count ? _starts[position.Line + 1] - 1 : _length;
        return Math.Clamp(_starts[position.Line] + Math.Max(0, position.Character), _starts[position.Line], end);
    }

    public Range RangeOf(int offset, int length) => new(PositionOf(offset), PositionOf(offset + length));

    public Range Whole => new(new Position(0, 0), PositionOf(_length));
}
