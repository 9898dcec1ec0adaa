namespace Detente.Knowledge.Treaties;

/// <summary>Where one party stands with one agreement on a date, and why.</summary>
/// <param name="Treaty">The agreement's id.</param>
/// <param name="Party">The state holding the seat on the date (RUS for the USSR's seat after 1991).</param>
/// <param name="Status">The status.</param>
/// <param name="Since">When the status began, when known.</param>
/// <param name="NoticeGiven">When a pending notice of withdrawal was given, if one is pending.</param>
/// <param name="NoticeEffective">When that pending withdrawal takes effect, when known.</param>
/// <param name="Basis">The lifecycle event that set the status, when any.</param>
public sealed record PartyStatus(
    string Treaty,
    string Party,
    TreatyStatus Status,
    PartialDate? Since,
    PartialDate? NoticeGiven,
    PartialDate? NoticeEffective,
    LifecycleEvent? Basis)
{
    /// <summary>One line: "suspended since 2019-02-02 (notice given 2019-02-02, effective 2019-08-02)".</summary>
    public string Describe()
    {
        var text = Status.Code();
        if (Since is { } s)
        {
            text += " since " + s;
        }

        if (NoticeGiven is { } n)
        {
            text += " (notice given " + n + (NoticeEffective is { } e ? ", effective " + e : "") + ")";
        }

        return text;
    }
}
