namespace Detente.Storage;

/// <summary>The period a dyad time series is bucketed by.</summary>
public enum SeriesInterval
{
    /// <summary>Calendar days (events with day-precision dates).</summary>
    Day,

    /// <summary>Weeks (events with day-precision dates).</summary>
    Week,

    /// <summary>Calendar months (events with at least month-precision dates).</summary>
    Month,

    /// <summary>Calendar years (events with at least year-precision dates).</summary>
    Year,
}
