namespace Detente.Nlp.Temporal;

/// <summary>Calendar units a time expression can count or shift by, coarse units last.</summary>
internal enum TimeUnit
{
    None,
    Second,
    Minute,
    Hour,
    Night,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    Millennium,
}
