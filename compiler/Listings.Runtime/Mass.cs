using System;
using System.Globalization;

namespace Listings.Runtime;

/// <summary>
/// A mass, held exactly in milligrams (a decimal, so that a threshold compares exactly at its
/// boundary). The one place where mass units are named and converted: the grammar reads units with
/// <see cref="TryUnit"/>, the binder converts an act's quantities with <see cref="TryCreate"/>, the
/// CLI reads a query's amounts with <see cref="TryParse"/>.
/// </summary>
public readonly struct Mass : IEquatable<Mass>, IComparable<Mass>
{
    private Mass(decimal milligrams) => Milligrams = milligrams;

    /// <summary>The mass in milligrams (what <see cref="ClassificationQuery.PerUnit"/> takes).</summary>
    public decimal Milligrams { get; }

    /// <summary>A mass of <paramref name="milligrams"/> mg.</summary>
    public static Mass FromMilligrams(decimal milligrams) => new(milligrams);

    /// <summary>The units of mass, each with its spellings and its size in milligrams.</summary>
    private static readonly (string Unit, string[] Spellings, decimal Milligrams)[] Units =
    {
        ("µg", new[] { "µg", "μg", "ug" }, 0.001m),
        ("mg", new[] { "mg" }, 1m),
        ("g", new[] { "g" }, 1000m),
        ("kg", new[] { "kg" }, 1000000m),
    };

    /// <summary>The unit a spelling names ("μg" and "ug" are "µg"); false for anything that is not a unit of mass.</summary>
    public static bool TryUnit(string spelling, out string unit)
    {
        foreach (var (name, spellings, _) in Units)
            foreach (var s in spellings)
                if (string.Equals(s, spelling, StringComparison.Ordinal))
                {
                    unit = name;
                    return true;
                }
        unit = "";
        return false;
    }

    /// <summary>A value in a unit of mass; false for another unit, or a mass too large for a decimal once in milligrams.</summary>
    public static bool TryCreate(decimal value, string unit, out Mass mass)
    {
        mass = default;
        if (!TryUnit(unit, out var canonical))
            return false;
        foreach (var (name, _, factor) in Units)
        {
            if (name != canonical)
                continue;
            // A value too large for a decimal once converted is not a mass anyone can hold: refuse it.
            if (factor > 1m && Math.Abs(value) > decimal.MaxValue / factor)
                return false;
            mass = new Mass(value * factor);
            return true;
        }
        return false;
    }

    /// <summary>"2.5 mg", "2,5 mg", "0.0025 g", "25 µg"; false for anything else (never a silent zero).</summary>
    public static bool TryParse(string text, out Mass mass)
    {
        mass = default;
        var s = text.Trim();
        var i = 0;
        while (i < s.Length && (char.IsDigit(s[i]) || s[i] == ',' || s[i] == '.'))
            i++;
        if (i == 0)
            return false;
        var number = s.Substring(0, i).Replace(',', '.');
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return false;
        return TryCreate(value, s.Substring(i).Trim(), out mass);
    }

    /// <summary>Equal masses (<c>1 g</c> equals <c>1000 mg</c>).</summary>
    public bool Equals(Mass other) => Milligrams == other.Milligrams;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Mass other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Milligrams.GetHashCode();

    /// <summary>Compares by milligrams.</summary>
    public int CompareTo(Mass other) => Milligrams.CompareTo(other.Milligrams);

    /// <summary><c>2.5 mg</c>.</summary>
    public override string ToString() => Milligrams.ToString(CultureInfo.InvariantCulture) + " mg";
}
