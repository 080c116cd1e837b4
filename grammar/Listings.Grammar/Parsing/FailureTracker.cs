using System.Collections.Generic;
using Listings.Grammar.Diagnostics;
using Sprache;

namespace Listings.Grammar.Parsing;

/// <summary>
/// Remembers the furthest point any token parser reached and what it expected there. Sprache's own
/// failures report where an alternative started; an editor needs where the text went wrong, which is
/// the furthest point the grammar could read (the usual PEG error-reporting rule).
/// </summary>
internal sealed class FailureTracker
{
    private readonly List<string> _expected = new();

    public IInput? Furthest { get; private set; }

    /// <summary>A specific diagnostic (bad date, unterminated string) that wins over "expected …".</summary>
    public ListingDiagnostic? Specific { get; private set; }

    public IReadOnlyList<string> Expected => _expected;

    public void Reset()
    {
        Furthest = null;
        Specific = null;
        _expected.Clear();
    }

    public void Expect(IInput at, string what)
    {
        if (Furthest is null || at.Position > Furthest.Position)
        {
            Furthest = at;
            Specific = null;
            _expected.Clear();
        }
        if (at.Position == Furthest.Position && !_expected.Contains(what))
            _expected.Add(what);
    }

    public void Report(IInput at, ListingDiagnostic diagnostic)
    {
        if (Furthest is null || at.Position >= Furthest.Position)
        {
            if (Furthest is null || at.Position > Furthest.Position)
                _expected.Clear();
            Furthest = at;
            Specific ??= diagnostic;
        }
    }
}
