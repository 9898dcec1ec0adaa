namespace Detente.Knowledge.Model;

/// <summary>One dated role: a person held an office of a state or organisation from a day to a day.</summary>
/// <param name="PersonId">Knowledge-base id of the person.</param>
/// <param name="Of">ISO alpha-3 code of the state, or organisation id ("igo:nato").</param>
/// <param name="Office">Office id ("president", "foreign-minister").</param>
/// <param name="Start">First day in office.</param>
/// <param name="End">Day the tenure ended, or null when still in office.</param>
/// <param name="Source">Where the fact comes from.</param>
public sealed record Tenure(string PersonId, string Of, string Office, DateOnly Start, DateOnly? End, string Source)
{
    /// <summary>True when the office was held on <paramref name="date"/> (the end day itself belongs to the successor).</summary>
    public bool Covers(DateOnly date) => date >= Start && (End is null || date < End.Value);

    /// <summary>True when the tenure ended on or before <paramref name="date"/>.</summary>
    public bool EndedBy(DateOnly date) => End is { } e && e <= date;
}
