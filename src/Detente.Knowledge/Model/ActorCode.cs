namespace Detente.Knowledge.Model;

/// <summary>A dated CAMEO code of a person, for people known by code rather than office (PETRARCH imports).</summary>
/// <param name="PersonId">Knowledge-base id of the person.</param>
/// <param name="Code">CAMEO actor code ("RUSELI").</param>
/// <param name="From">First day it applies, when restricted.</param>
/// <param name="To">Last day it applies, when restricted.</param>
/// <param name="Source">Where it comes from.</param>
public sealed record ActorCode(string PersonId, string Code, DateOnly? From, DateOnly? To, string Source)
{
    /// <summary>True when the code applies on <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => (From is null || date >= From.Value) && (To is null || date <= To.Value);
}
