using System.Globalization;
using System.Text.RegularExpressions;

namespace Detente.Sources.Web;

/// <summary>
/// Parses the date formats found in feeds and web-page metadata: ISO 8601 (with or without time, zone,
/// fraction), RFC 822/1123 (with named, numeric or military zones and English, German or French month names),
/// "February 2, 2019", "2 February 2019" and "20190202".
/// </summary>
public static partial class WebDate
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly Dictionary<string, int> ZoneMinutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0, ["WET"] = 0,
        ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300,
        ["MST"] = -420, ["MDT"] = -360, ["PST"] = -480, ["PDT"] = -420,
        ["AKST"] = -540, ["AKDT"] = -480, ["HST"] = -600,
        ["BST"] = 60, ["IST"] = 330, ["CET"] = 60, ["CEST"] = 120, ["MEZ"] = 60, ["MESZ"] = 120,
        ["EET"] = 120, ["EEST"] = 180, ["MSK"] = 180, ["WEST"] = 60,
        ["JST"] = 540, ["KST"] = 540, ["HKT"] = 480, ["SGT"] = 480, ["AWST"] = 480,
        ["ACST"] = 570, ["AEST"] = 600, ["AEDT"] = 660, ["NZST"] = 720, ["NZDT"] = 780,
    };

    /// <summary>Parses <paramref name="text"/>; the offset is the one written (zero when none or unknown).</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        return TryIso(s, out value) || TryRfc822(s, out value) || TryWritten(s, out value) || TryCompact(s, out value);
    }

    /// <summary>The calendar date as written by the publisher (the local date at the written offset).</summary>
    public static DateOnly? ParseDate(string? text) =>
        TryParse(text, out var v) ? DateOnly.FromDateTime(v.DateTime) : null;

    private static bool TryIso(string s, out DateTimeOffset value)
    {
        value = default;
        var m = IsoRegex().Match(s);
        if (!m.Success)
        {
            return false;
        }

        int hour = m.Groups["h"].Success ? Int(m.Groups["h"].Value) : 0;
        int minute = m.Groups["mi"].Success ? Int(m.Groups["mi"].Value) : 0;
        int second = m.Groups["s"].Success ? Int(m.Groups["s"].Value) : 0;
        int offset = 0;
        if (m.Groups["z"].Success && m.Groups["z"].Value is var z && z.Length > 1)
        {
            var digits = z[1..].Replace(":", string.Empty, StringComparison.Ordinal);
            offset = (Int(digits[..2]) * 60) + (digits.Length >= 4 ? Int(digits[2..4]) : 0);
            if (z[0] == '-')
            {
                offset = -offset;
            }
        }

        return TryBuild(Int(m.Groups["y"].Value), Int(m.Groups["mo"].Value), Int(m.Groups["d"].Value), hour, minute, second, offset, out value);
    }

    private static bool TryRfc822(string s, out DateTimeOffset value)
    {
        value = default;
        var m = RfcRegex().Match(s);
        if (!m.Success || !Months.TryGetValue(m.Groups["mon"].Value.TrimEnd('.'), out int month))
        {
            return false;
        }

        int year = Int(m.Groups["y"].Value);
        if (year < 100)
        {
            year += year < 50 ? 2000 : 1900;
        }

        int hour = m.Groups["h"].Success ? Int(m.Groups["h"].Value) : 0;
        int minute = m.Groups["mi"].Success ? Int(m.Groups["mi"].Value) : 0;
        int second = m.Groups["s"].Success ? Int(m.Groups["s"].Value) : 0;
        int offset = m.Groups["z"].Success ? ZoneOffset(m.Groups["z"].Value) : 0;
        return TryBuild(year, month, Int(m.Groups["d"].Value), hour, minute, second, offset, out value);
    }

    private static bool TryWritten(string s, out DateTimeOffset value)
    {
        value = default;
        var m = MonthFirstRegex().Match(s);
        if (m.Success && Months.TryGetValue(m.Groups["mon"].Value.TrimEnd('.'), out int month))
        {
            return TryBuild(Int(m.Groups["y"].Value), month, Int(m.Groups["d"].Value), 0, 0, 0, 0, out value);
        }

        return false;
    }

    private static bool TryCompact(string s, out DateTimeOffset value)
    {
        value = default;
        var m = CompactRegex().Match(s);
        return m.Success && TryBuild(Int(m.Groups["y"].Value), Int(m.Groups["mo"].Value), Int(m.Groups["d"].Value), 0, 0, 0, 0, out value);
    }

    /// <summary>Minutes east of UTC for a zone written as +hhmm, -hh:mm, a name (EST, CEST) or a military letter.</summary>
    public static int ZoneOffset(string zone)
    {
        var z = zone.Trim();
        if (z.Length >= 3 && (z[0] == '+' || z[0] == '-') && char.IsAsciiDigit(z[1]))
        {
            var digits = z[1..].Replace(":", string.Empty, StringComparison.Ordinal);
            int minutes = digits.Length >= 4
                ? (Int(digits[..2]) * 60) + Int(digits[2..4])
                : Int(digits[..Math.Min(2, digits.Length)]) * 60;
            return z[0] == '-' ? -minutes : minutes;
        }

        if (ZoneMinutes.TryGetValue(z, out int named))
        {
            return named;
        }

        if (z.Length == 1 && char.IsAsciiLetter(z[0]))
        {
            char c = char.ToUpperInvariant(z[0]);
            return c switch
            {
                >= 'A' and <= 'I' => (c - 'A' + 1) * 60,
                >= 'K' and <= 'M' => (c - 'K' + 10) * 60,
                >= 'N' and <= 'Y' => -(c - 'N' + 1) * 60,
                _ => 0,
            };
        }

        return 0;
    }

    private static bool TryBuild(int year, int month, int day, int hour, int minute, int second, int offsetMinutes, out DateTimeOffset value)
    {
        value = default;
        if (year < 1800 || year > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        if (Math.Abs(offsetMinutes) > 14 * 60)
        {
            offsetMinutes = 0; // an impossible zone (seen: "+3000") still leaves a usable date and time
        }

        value = new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), TimeSpan.FromMinutes(offsetMinutes));
        return true;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static Dictionary<string, int> BuildMonths()
    {
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string[][] names =
        [
            ["jan", "january", "januar", "janvier", "janv", "jänner"],
            ["feb", "february", "februar", "février", "fevrier", "févr", "fev"],
            ["mar", "march", "märz", "mär", "mrz", "mars"],
            ["apr", "april", "avril", "avr"],
            ["may", "mai"],
            ["jun", "june", "juni", "juin"],
            ["jul", "july", "juli", "juillet", "juil"],
            ["aug", "august", "août", "aout"],
            ["sep", "sept", "september", "septembre"],
            ["oct", "october", "okt", "oktober", "octobre"],
            ["nov", "november", "novembre"],
            ["dec", "december", "dez", "dezember", "déc", "décembre"],
        ];
        for (int i = 0; i < names.Length; i++)
        {
            foreach (var n in names[i])
            {
                d[n] = i + 1;
            }
        }

        return d;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,]\d+)?)?\s*(?<z>Z|[+-]\d{2}(?::?\d{2})?)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoRegex();

    [GeneratedRegex(@"^(?:\p{L}+\.?,?\s*)?(?<d>\d{1,2})\.?\s+(?<mon>\p{L}+\.?)\s+(?<y>\d{2,4})(?:,?\s+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?(?:\s*(?<z>[+-]\d{2}:?\d{2}|\p{L}{1,5}))?)?", RegexOptions.CultureInvariant)]
    private static partial Regex RfcRegex();

    [GeneratedRegex(@"^(?:\p{L}+,?\s+)?(?<mon>\p{L}+\.?)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirstRegex();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})(?<mo>[01]\d)(?<d>[0-3]\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactRegex();
}
