using System.Globalization;

namespace Detente.Nlp.Temporal;

/// <summary>Reads calendar TIMEX3 values back into the days they cover.</summary>
public static class TimexValue
{
    /// <summary>
    /// The first and last day of a calendar value (2019, 2019-02, 2019-02-02, 2019-02-02T10:00, 2017-W15,
    /// 2017-W15-WE, 2019-Q3, 2019-H1, 2019-SU, 199 for a decade, 19 for a century). False for durations,
    /// PAST_REF-style values and values with unknown digits.
    /// </summary>
    public static bool TryGetSpan(string value, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        var inv = CultureInfo.InvariantCulture;
        var v = value.AsSpan();
        int t = v.IndexOf('T');
        if (t > 0)
        {
            v = v[..t];
        }

        if (v.Length is 2 or 3 && int.TryParse(v, NumberStyles.None, inv, out int prefix))
        {
            int span = v.Length == 2 ? 100 : 10;
            int y0 = Math.Max(1, prefix * span);
            first = new DateOnly(y0, 1, 1);
            last = new DateOnly(Math.Min(9999, prefix * span + span - 1), 12, 31);
            return true;
        }

        if (v.Length < 4 || !int.TryParse(v[..4], NumberStyles.None, inv, out int year) || year < 1)
        {
            return false;
        }

        if (v.Length == 4)
        {
            first = new DateOnly(year, 1, 1);
            last = new DateOnly(year, 12, 31);
            return true;
        }

        if (v[4] != '-' || v.Length < 6)
        {
            return false;
        }

        var rest = v[5..];
        if (rest[0] == 'W' && rest.Length >= 2)
        {
            int dash = rest.IndexOf('-');
            var num = dash > 0 ? rest[1..dash] : rest[1..];
            if (!int.TryParse(num, NumberStyles.None, inv, out int week) || week < 1 || week > ISOWeek.GetWeeksInYear(year))
            {
                return false;
            }

            first = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            last = first.AddDays(6);
            if (dash > 0)
            {
                first = first.AddDays(5);
            }

            return true;
        }

        if (rest.Length == 2 && rest[0] is 'Q' or 'H' && char.IsAsciiDigit(rest[1]))
        {
            int n = rest[1] - '0';
            int months = rest[0] == 'Q' ? 3 : 6;
            if (n < 1 || n > 12 / months)
            {
                return false;
            }

            first = new DateOnly(year, (n - 1) * months + 1, 1);
            last = first.AddMonths(months).AddDays(-1);
            return true;
        }

        int season = rest switch
        {
            "SP" => 3,
            "SU" => 6,
            "FA" => 9,
            "WI" => 12,
            _ => 0,
        };
        if (season > 0)
        {
            first = new DateOnly(year, season, 1);
            last = first.AddMonths(3).AddDays(-1);
            return true;
        }

        if (rest.Length >= 2 && int.TryParse(rest[..2], NumberStyles.None, inv, out int month) && month is >= 1 and <= 12)
        {
            if (rest.Length == 2)
            {
                first = new DateOnly(year, month, 1);
                last = first.AddMonths(1).AddDays(-1);
                return true;
            }

            if (rest.Length == 5 && rest[2] == '-' && int.TryParse(rest[3..], NumberStyles.None, inv, out int day) && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                first = last = new DateOnly(year, month, day);
                return true;
            }
        }

        return false;
    }
}
