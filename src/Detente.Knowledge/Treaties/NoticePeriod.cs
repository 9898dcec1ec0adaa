using System.Globalization;

namespace Detente.Knowledge.Treaties;

/// <summary>A length of time written as an ISO 8601 period of years, months and days ("P6M", "P150D", "P10Y").</summary>
public readonly record struct NoticePeriod(int Years, int Months, int Days)
{
    /// <summary>Parses "PnYnMnD" with any of the parts present.</summary>
    public static bool TryParse(string text, out NoticePeriod period)
    {
        period = default;
        if (text.Length < 3 || text[0] != 'P')
        {
            return false;
        }

        int years = 0, months = 0, days = 0, start = 1;
        for (int i = 1; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            if (i == start || !int.TryParse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out int n))
            {
                return false;
            }

            switch (text[i])
            {
                case 'Y': years = n; break;
                case 'M': months = n; break;
                case 'D': days = n; break;
                default: return false;
            }

            start = i + 1;
        }

        if (start != text.Length)
        {
            return false;
        }

        period = new NoticePeriod(years, months, days);
        return true;
    }

    /// <summary>The day the period ends when it starts on <paramref name="date"/>.</summary>
    public DateOnly After(DateOnly date) => date.AddYears(Years).AddMonths(Months).AddDays(Days);

    /// <summary>ISO 8601 text.</summary>
    public override string ToString()
    {
        var parts = "P";
        if (Years != 0) parts += Years.ToString(CultureInfo.InvariantCulture) + "Y";
        if (Months != 0) parts += Months.ToString(CultureInfo.InvariantCulture) + "M";
        if (Days != 0 || parts.Length == 1) parts += Days.ToString(CultureInfo.InvariantCulture) + "D";
        return parts;
    }
}
