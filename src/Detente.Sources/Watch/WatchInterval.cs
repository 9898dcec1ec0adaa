using System.Globalization;

namespace Detente.Sources.Watch;

/// <summary>Parses watch intervals written as a number and a unit: "90s", "15m", "2h", "1d".</summary>
public static class WatchInterval
{
    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">Not a positive number followed by s, m, h or d.</exception>
    public static TimeSpan Parse(string text)
    {
        var t = text.Trim();
        if (t.Length >= 2 && int.TryParse(t[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0)
        {
            switch (t[^1])
            {
                case 's': return TimeSpan.FromSeconds(n);
                case 'm': return TimeSpan.FromMinutes(n);
                case 'h': return TimeSpan.FromHours(n);
                case 'd': return TimeSpan.FromDays(n);
            }
        }

        throw new FormatException($"'{text}' is not an interval (expected a number and s, m, h or d, e.g. 15m)");
    }
}
