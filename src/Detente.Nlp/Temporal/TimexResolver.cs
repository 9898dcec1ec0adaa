using System.Globalization;
using Detente.Core.Model;

namespace Detente.Nlp.Temporal;

/// <summary>Turns a <see cref="TimeSpec"/> into a TIMEX3 value, given the reference date and the narrative time.</summary>
internal static class TimexResolver
{
    /// <summary>How much farther a future date may be than a past one before a bare month is read as past.</summary>
    private const double FutureWeight = 2.0;

    /// <summary>
    /// Resolves <paramref name="spec"/>. <paramref name="future"/> is true when the sentence speaks of the future.
    /// Returns the value and, for calendar values, the point the narrative moves to.
    /// </summary>
    public static (string Value, NarrativeTime? Point, bool UsedReference) Resolve(TimeSpec spec, DateOnly reference, NarrativeTime? narrative, bool future, int sentence)
    {
        var (value, point) = Resolve(spec, reference, narrative, future, sentence, out bool usedReference);
        return (value, point, usedReference);
    }

    private static (string Value, NarrativeTime? Point) Resolve(TimeSpec spec, DateOnly reference, NarrativeTime? narrative, bool future, int sentence, out bool usedReference)
    {
        usedReference = false;
        if (spec.Literal is { } literal)
        {
            return (literal, null);
        }

        if (spec.Century is { } century)
        {
            return (century.ToString("00", CultureInfo.InvariantCulture), null);
        }

        if (spec.Decade is { } decade)
        {
            return (decade.ToString("000", CultureInfo.InvariantCulture), null);
        }

        if (spec.SameAsNarrative)
        {
            return narrative is { } now ? (Format(now.Date, now.Granularity), null) : ("PAST_REF", null);
        }

        DateOnly date;
        TimeUnit granularity;
        if (spec.Weekday != 0 && spec.Month is null)
        {
            date = ResolveWeekday(spec.Weekday, spec.Direction, reference, future);
            usedReference = true;
            granularity = spec.Granularity == TimeUnit.None ? TimeUnit.Day : spec.Granularity;
        }
        else if (spec.Granularity != TimeUnit.None)
        {
            var from = spec.Base == SpecBase.Narrative && narrative is { } n ? n.Date : reference;
            usedReference = !(spec.Base == SpecBase.Narrative && narrative is { Explicit: true });
            granularity = spec.Granularity;
            if (spec.FollowsQuarter && spec.ShiftUnit == TimeUnit.Year && narrative is { Granularity: TimeUnit.Quarter } q && sentence - q.Sentence <= 3)
            {
                // "a year ago" in a report on a quarter means the same quarter a year before
                from = q.Date;
                granularity = TimeUnit.Quarter;
            }

            date = Shift(from, spec.ShiftUnit, spec.Shift);
        }
        else
        {
            (date, granularity) = ResolveCalendar(spec, reference, narrative, future, sentence);
            usedReference = spec.Year is null && !(narrative is { Explicit: true } && (spec.Base == SpecBase.Narrative
                || (spec.Base == SpecBase.Absolute && spec.Direction == 0 && spec.Day is null && narrative.Value.Granularity <= TimeUnit.Month && sentence - narrative.Value.Sentence <= 2)));
            if (granularity == TimeUnit.None)
            {
                return ("XXXX", null);
            }
        }

        var value = Format(date, granularity, spec);
        if (spec.Hour is { } hour)
        {
            value += "T" + hour.ToString("00", CultureInfo.InvariantCulture) + ":" + (spec.Minute ?? 0).ToString("00", CultureInfo.InvariantCulture);
        }
        else if (spec.DayPart is { } part)
        {
            value += "T" + part;
        }

        return (value, new NarrativeTime(date, granularity, sentence, spec.Year is not null || spec.Base == SpecBase.Narrative && narrative is { Explicit: true }));
    }

    /// <summary>Moves <paramref name="date"/> by <paramref name="n"/> units (units below a day leave it unchanged).</summary>
    public static DateOnly Shift(DateOnly date, TimeUnit unit, int n)
    {
        long days = unit switch
        {
            TimeUnit.Day or TimeUnit.Night => n,
            TimeUnit.Week or TimeUnit.Weekend => 7L * n,
            TimeUnit.Fortnight => 14L * n,
            _ => 0,
        };
        long months = unit switch
        {
            TimeUnit.Month => n,
            TimeUnit.Season or TimeUnit.Quarter => 3L * n,
            TimeUnit.Half => 6L * n,
            TimeUnit.Year => 12L * n,
            TimeUnit.Decade => 120L * n,
            TimeUnit.Century => 1200L * n,
            TimeUnit.Millennium => 12000L * n,
            _ => 0,
        };
        long dayNumber = date.DayNumber + days;
        long monthIndex = date.Year * 12L + date.Month - 1 + months;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber || monthIndex < 12 || monthIndex >= 12L * 10000)
        {
            return date;
        }

        return months != 0 ? date.AddMonths((int)months) : DateOnly.FromDayNumber((int)dayNumber);
    }

    /// <summary>The TIMEX3 value of the period of <paramref name="granularity"/> that contains <paramref name="date"/>.</summary>
    public static string Format(DateOnly date, TimeUnit granularity) => Format(date, granularity, null);

    private static string Format(DateOnly date, TimeUnit granularity, TimeSpec? spec)
    {
        var inv = CultureInfo.InvariantCulture;
        return granularity switch
        {
            TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Day or TimeUnit.Night => date.ToString("yyyy-MM-dd", inv),
            TimeUnit.Week or TimeUnit.Fortnight => IsoWeek(date),
            TimeUnit.Weekend => IsoWeek(date) + "-WE",
            TimeUnit.Month => date.ToString("yyyy-MM", inv),
            TimeUnit.Season => date.Year.ToString("0000", inv) + "-" + (spec?.Season ?? SeasonOf(date.Month)),
            TimeUnit.Quarter => date.Year.ToString("0000", inv) + "-Q" + ((date.Month + 2) / 3).ToString(inv),
            TimeUnit.Half => date.Year.ToString("0000", inv) + "-H" + (date.Month <= 6 ? "1" : "2"),
            TimeUnit.Year => date.Year.ToString("0000", inv),
            TimeUnit.Decade => (date.Year / 10).ToString("000", inv),
            TimeUnit.Century or TimeUnit.Millennium => (date.Year / 100).ToString("00", inv),
            _ => "XXXX",
        };
    }

    private static string IsoWeek(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return ISOWeek.GetYear(dt).ToString("0000", CultureInfo.InvariantCulture) + "-W" + ISOWeek.GetWeekOfYear(dt).ToString("00", CultureInfo.InvariantCulture);
    }

    private static string SeasonOf(int month) => month switch
    {
        >= 3 and <= 5 => "SP",
        >= 6 and <= 8 => "SU",
        >= 9 and <= 11 => "FA",
        _ => "WI",
    };

    private static int SeasonStart(string season) => season switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };

    private static DateOnly ResolveWeekday(int weekday, int direction, DateOnly reference, bool future)
    {
        int today = reference.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)reference.DayOfWeek;
        int back = (today - weekday + 7) % 7;
        int ahead = (weekday - today + 7) % 7;
        return direction switch
        {
            < 0 => reference.AddDays(-(back == 0 ? 7 : back)),
            > 0 => reference.AddDays(ahead == 0 ? 7 : ahead),
            _ => future ? reference.AddDays(ahead) : reference.AddDays(-back),
        };
    }

    private static (DateOnly Date, TimeUnit Granularity) ResolveCalendar(TimeSpec spec, DateOnly reference, NarrativeTime? narrative, bool future, int sentence)
    {
        int? year = spec.Year;
        int month = spec.Month ?? (spec.Quarter is { } q ? (q - 1) * 3 + 1 : spec.Half is { } h ? (h - 1) * 6 + 1 : spec.Season is { } s ? SeasonStart(s) : 0);
        if (year is null)
        {
            if (month == 0)
            {
                return (reference, TimeUnit.None);
            }

            year = ChooseYear(spec, month, reference, narrative, future, sentence);
        }

        int y = Math.Clamp(year.Value, 1, 9999);
        if (spec.Month is { } m)
        {
            if (spec.Day is { } d)
            {
                return (new DateOnly(y, m, Math.Min(d, DateTime.DaysInMonth(y, m))), TimeUnit.Day);
            }

            return (new DateOnly(y, m, 1), TimeUnit.Month);
        }

        if (spec.Quarter is not null)
        {
            return (new DateOnly(y, month, 1), TimeUnit.Quarter);
        }

        if (spec.Half is not null)
        {
            return (new DateOnly(y, month, 1), TimeUnit.Half);
        }

        if (spec.Season is not null)
        {
            return (new DateOnly(y, month, 1), TimeUnit.Season);
        }

        return (new DateOnly(y, 1, 1), TimeUnit.Year);
    }

    private static int ChooseYear(TimeSpec spec, int month, DateOnly reference, NarrativeTime? narrative, bool future, int sentence)
    {
        if (spec.Base == SpecBase.Narrative)
        {
            return (narrative?.Date ?? reference).Year + spec.Shift;
        }

        if (spec.Base == SpecBase.Reference && spec.Direction == 0)
        {
            return reference.Year + spec.Shift;
        }

        if (spec.Direction < 0)
        {
            return month < reference.Month ? reference.Year : reference.Year - 1;
        }

        if (spec.Direction > 0)
        {
            return month > reference.Month ? reference.Year : reference.Year + 1;
        }

        if (spec.Day is null && narrative is { Explicit: true } n && n.Granularity <= TimeUnit.Month && sentence - n.Sentence <= 2)
        {
            return n.Date.Year;
        }

        // The nearest year, leaning to the past unless the sentence speaks of the future. A quarter, half or season
        // is placed at its middle, so a quarter that ended weeks ago is nearer than the same quarter next year.
        int day = Math.Min(spec.Day ?? 15, 28);
        int toMiddle = spec.Month is not null ? 0 : spec.Quarter is not null || spec.Season is not null ? 1 : spec.Half is not null ? 3 : 0;
        int best = reference.Year;
        double bestDistance = double.MaxValue;
        for (int y = reference.Year - 1; y <= reference.Year + 1; y++)
        {
            var candidate = new DateOnly(y, month, day).AddMonths(toMiddle);
            double distance = candidate.DayNumber - reference.DayNumber;
            distance = distance < 0 ? (future ? -3 * distance : -distance) : (future ? distance : FutureWeight * distance);
            if (distance < bestDistance)
            {
                best = y;
                bestDistance = distance;
            }
        }

        return best;
    }
}
