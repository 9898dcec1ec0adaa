namespace Detente.Knowledge.Model;

/// <summary>A state's membership of an organisation over a period.</summary>
/// <param name="Organisation">Organisation id.</param>
/// <param name="State">ISO alpha-3 code.</param>
/// <param name="From">Day of accession, when known.</param>
/// <param name="To">Day membership ended, or null.</param>
public sealed record Membership(string Organisation, string State, DateOnly? From, DateOnly? To)
{
    /// <summary>True when the state was a member on <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => (From is null || date >= From.Value) && (To is null || date < To.Value);
}
