namespace Detente.Nlp.Temporal;

/// <summary>Everything the lexicon knows about one word; a word may belong to several classes ("past", "night").</summary>
internal readonly record struct TemporalWord
{
    /// <summary>Month number 1-12, or 0.</summary>
    public int Month { get; init; }

    /// <summary>ISO weekday 1 (Monday) to 7 (Sunday), or 0.</summary>
    public int Weekday { get; init; }

    /// <summary>Cardinal value, or -1.</summary>
    public int Number { get; init; }

    /// <summary>Ordinal value, or 0.</summary>
    public int Ordinal { get; init; }

    /// <summary>Calendar unit named by the word.</summary>
    public TimeUnit Unit { get; init; }

    /// <summary>True when the unit word is plural ("years").</summary>
    public bool Plural { get; init; }

    /// <summary>TIMEX3 season code (SP, SU, FA, WI), or null.</summary>
    public string? Season { get; init; }

    /// <summary>TIMEX3 part-of-day code (MO, AF, EV, NI, MI, MN), or null.</summary>
    public string? DayPart { get; init; }

    /// <summary>Offset in days from the reference date ("yesterday" = -1), or null.</summary>
    public int? DayRef { get; init; }

    /// <summary>PAST_REF, PRESENT_REF or FUTURE_REF, or null.</summary>
    public string? Ref { get; init; }

    /// <summary>The unit a frequency adverb repeats ("daily" = day).</summary>
    public TimeUnit SetUnit { get; init; }

    /// <summary>The function word.</summary>
    public Cue Cue { get; init; }

    /// <summary>True when the word points to the future ("will", "next").</summary>
    public bool Future { get; init; }

    /// <summary>True when the word announces a plan ("planned", "expected"), making a nearby weekday or month future.</summary>
    public bool Plan { get; init; }

    /// <summary>True for a word the lexicon lists.</summary>
    public bool Known { get; init; }

    /// <summary>A word with no class.</summary>
    public static TemporalWord Empty { get; } = new() { Number = -1 };
}
