// The table format shared with the compiler: public because the compiler's model is, hidden from
// IntelliSense, documented where it is written (the binder, TableBuilder), not here.
#pragma warning disable CS1591
using System;
using System.Globalization;

namespace Listings.Runtime;

/// <summary>
/// A day of the calendar as the tables hold it, <c>yyyymmdd</c> in one int, so that days compare as
/// numbers. <see cref="Unknown"/> (0) is before every day: an entry dated from an act whose date is
/// unknown is in force from the beginning. <see cref="Forever"/> is after every day: a version no
/// act has ended. The one place where <c>yyyymmdd</c> is written and read.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public readonly struct CalendarDay : IEquatable<CalendarDay>, IComparable<CalendarDay>
{
    public CalendarDay(int yyyymmdd) => Value = yyyymmdd;

    /// <summary><c>yyyymmdd</c>; 0 for an unknown day, <see cref="int.MaxValue"/> for forever.</summary>
    public int Value { get; }

    public static readonly CalendarDay Unknown = new(0);

    public static readonly CalendarDay Forever = new(int.MaxValue);

    public static CalendarDay Of(int year, int month, int day) => new(year * 10000 + month * 100 + day);

    public static CalendarDay Of(DateTime date) => Of(date.Year, date.Month, date.Day);

    /// <summary>A real day (neither <see cref="Unknown"/> nor <see cref="Forever"/>).</summary>
    public bool IsKnown => Value > 0 && Value != int.MaxValue;

    public int Year => Value / 10000;

    public int Month => Value / 100 % 100;

    public int Day => Value % 100;

    /// <summary>The day as a <see cref="DateTime"/>; null for an unknown day or forever.</summary>
    public DateTime? ToDateTime() => IsKnown ? new DateTime(Year, Month, Day, 0, 0, 0, DateTimeKind.Unspecified) : null;

    /// <summary>The day after; the calendar's last day has none and stays itself (found by fuzzing).</summary>
    public CalendarDay Next()
    {
        if (!IsKnown || (Year == 9999 && Month == 12 && Day == 31))
            return this;
        return Of(new DateTime(Year, Month, Day).AddDays(1));
    }

    /// <summary>ISO 8601, <c>1990-02-22</c>; empty for an unknown day or forever.</summary>
    public string Iso => IsKnown ? string.Format(CultureInfo.InvariantCulture, "{0:0000}-{1:00}-{2:00}", Year, Month, Day) : "";

    /// <summary>As the acts and the seed write it, <c>22/02/1990</c>; empty for an unknown day or forever.</summary>
    public string French => IsKnown ? string.Format(CultureInfo.InvariantCulture, "{0:00}/{1:00}/{2:0000}", Day, Month, Year) : "";

    public bool Equals(CalendarDay other) => Value == other.Value;

    public override bool Equals(object? obj) => obj is CalendarDay other && Equals(other);

    public override int GetHashCode() => Value;

    public int CompareTo(CalendarDay other) => Value.CompareTo(other.Value);

    public static bool operator ==(CalendarDay a, CalendarDay b) => a.Value == b.Value;

    public static bool operator !=(CalendarDay a, CalendarDay b) => a.Value != b.Value;

    public static bool operator <(CalendarDay a, CalendarDay b) => a.Value < b.Value;

    public static bool operator >(CalendarDay a, CalendarDay b) => a.Value > b.Value;

    public static bool operator <=(CalendarDay a, CalendarDay b) => a.Value <= b.Value;

    public static bool operator >=(CalendarDay a, CalendarDay b) => a.Value >= b.Value;

    public static CalendarDay Min(CalendarDay a, CalendarDay b) => a <= b ? a : b;

    public static CalendarDay Max(CalendarDay a, CalendarDay b) => a >= b ? a : b;

    public override string ToString() => Value == 0 ? "unknown" : Value == int.MaxValue ? "forever" : Iso;
}
