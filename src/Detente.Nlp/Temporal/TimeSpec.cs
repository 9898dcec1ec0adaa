using Detente.Core.Model;

namespace Detente.Nlp.Temporal;

/// <summary>
/// What the grammar understood of a time expression, before it is resolved against the reference date and the
/// narrative time: either a fixed value, calendar fields, a shift from a base, or a weekday.
/// </summary>
internal sealed record TimeSpec
{
    /// <summary>TIMEX3 type.</summary>
    public TimexType Type { get; init; } = TimexType.Date;

    /// <summary>A value that needs no resolution (durations, PAST_REF, sets).</summary>
    public string? Literal { get; init; }

    /// <summary>Explicit year.</summary>
    public int? Year { get; init; }

    /// <summary>Explicit month.</summary>
    public int? Month { get; init; }

    /// <summary>Explicit day of month.</summary>
    public int? Day { get; init; }

    /// <summary>Quarter 1-4.</summary>
    public int? Quarter { get; init; }

    /// <summary>Half 1-2.</summary>
    public int? Half { get; init; }

    /// <summary>Season code.</summary>
    public string? Season { get; init; }

    /// <summary>Part of day code, appended as "T" + code.</summary>
    public string? DayPart { get; init; }

    /// <summary>Clock hour 0-24.</summary>
    public int? Hour { get; init; }

    /// <summary>Clock minute.</summary>
    public int? Minute { get; init; }

    /// <summary>Decade as its three leading digits (199 for the 1990s).</summary>
    public int? Decade { get; init; }

    /// <summary>Century as its two leading digits (19 for the 20th century).</summary>
    public int? Century { get; init; }

    /// <summary>ISO weekday 1-7 when the expression names one.</summary>
    public int Weekday { get; init; }

    /// <summary>-1 for "last", +1 for "next", 0 to decide by tense (weekdays, months, seasons).</summary>
    public int Direction { get; init; }

    /// <summary>What missing fields or shifts are taken from.</summary>
    public SpecBase Base { get; init; }

    /// <summary>Unit of the shift from the base.</summary>
    public TimeUnit ShiftUnit { get; init; }

    /// <summary>Size of the shift from the base.</summary>
    public int Shift { get; init; }

    /// <summary>Granularity of the resolved value for shifted expressions.</summary>
    public TimeUnit Granularity { get; init; }

    /// <summary>True for "then": the value is the narrative time itself, at its own granularity.</summary>
    public bool SameAsNarrative { get; init; }

    /// <summary>True for "a year ago" style shifts, which follow a quarter the text is reporting on.</summary>
    public bool FollowsQuarter { get; init; }

    /// <summary>A fixed value.</summary>
    public static TimeSpec Of(TimexType type, string value) => new() { Type = type, Literal = value };

    /// <summary>A shift of <paramref name="shift"/> units from a base, at the granularity of <paramref name="granularity"/>.</summary>
    public static TimeSpec Relative(SpecBase from, TimeUnit unit, int shift, TimeUnit granularity) =>
        new() { Base = from, ShiftUnit = unit, Shift = shift, Granularity = granularity };
}
