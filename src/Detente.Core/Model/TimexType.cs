namespace Detente.Core.Model;

/// <summary>TIMEX3 types.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period (2019, 2019-02, 2019-02-02, 2017-W15, PAST_REF).</summary>
    Date,

    /// <summary>A time of day.</summary>
    Time,

    /// <summary>A length of time (P18M).</summary>
    Duration,

    /// <summary>A recurring time (every week).</summary>
    Set,
}
