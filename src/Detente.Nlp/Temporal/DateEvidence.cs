namespace Detente.Nlp.Temporal;

/// <summary>One clue to an article's date: the reference date probably lies in one of the intervals.</summary>
/// <param name="Intervals">Alternative day ranges, inclusive.</param>
/// <param name="Weight">How much the clue counts.</param>
/// <param name="Reason">What in the text gave the clue, for the explanation.</param>
internal sealed record DateEvidence(IReadOnlyList<(DateOnly First, DateOnly Last)> Intervals, double Weight, string Reason)
{
    /// <summary>True when <paramref name="day"/> lies in one of the intervals.</summary>
    public bool Covers(DateOnly day)
    {
        foreach (var (first, last) in Intervals)
        {
            if (day >= first && day <= last)
            {
                return true;
            }
        }

        return false;
    }
}
