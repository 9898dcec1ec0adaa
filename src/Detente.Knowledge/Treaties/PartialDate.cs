using System.Globalization;

namespace Detente.Knowledge.Treaties;

/// <summary>A calendar date known to the year, the month or the day ("2019", "2019-02", "2019-02-02").</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month 1..12, or null when only the year is known.</param>
/// <param name="Day">The day of the month, or null when not known.</param>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    /// <summary>The first day the date can mean.</summary>
    public DateOnly First => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean.</summary>
    public DateOnly Last => Day is not null ? First
        : Month is { } m ? new DateOnly(Year, m, DateTime.DaysInMonth(Year, m))
        : new DateOnly(Year, 12, 31);

    /// <summary>True when the day is known.</summary>
    public bool IsExact => Day is not null;

    /// <summary>A date known to the day.</summary>
    public static PartialDate From(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a longer ISO value such as "2019-02-02T10:00" keeps its date part).</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(text) || text.Length < 4 || !TryNumber(text, 0, 4, out int year))
        {
            return false;
        }

        if (text.Length == 4 || text[4] != '-')
        {
            date = new PartialDate(year);
            return text.Length == 4 || !char.IsAsciiDigit(text[4]);
        }

        if (text.Length < 7 || !TryNumber(text, 5, 2, out int month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7 || text[7] != '-')
        {
            date = new PartialDate(year, month);
            return true;
        }

        if (text.Length < 10 || !TryNumber(text, 8, 2, out int day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>True when the two dates can mean the same day (one is a prefix of the other).</summary>
    public bool Overlaps(PartialDate other) => First <= other.Last && other.First <= Last;

    /// <inheritdoc />
    public int CompareTo(PartialDate other)
    {
        int c = First.CompareTo(other.First);
        return c != 0 ? c : Last.CompareTo(other.Last);
    }

    /// <summary>ISO 8601 text of the known part.</summary>
    public override string ToString() => Day is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{d:D2}")
        : Month is { } m
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}")
            : Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Orders by first day.</summary>
    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;

    /// <summary>Orders by first day.</summary>
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;

    /// <summary>Orders by first day.</summary>
    public static bool operator <=(PartialDate a, PartialDate b) => a.CompareTo(b) <= 0;

    /// <summary>Orders by first day.</summary>
    public static bool operator >=(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0;

    private static bool TryNumber(string s, int start, int length, out int value) =>
        int.TryParse(s.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
