using System.Collections.Immutable;

namespace Detente.Knowledge.Treaties;

/// <summary>One event in the life of an agreement, as recorded in the knowledge base.</summary>
/// <param name="Treaty">The agreement's id.</param>
/// <param name="Date">When the event happened (or was announced).</param>
/// <param name="Kind">The event kind (see <see cref="TreatyActionKinds"/>).</param>
/// <param name="Parties">ISO alpha-3 codes of the parties that acted; empty when the event concerns the agreement itself.</param>
/// <param name="Effective">When the event takes effect, when that differs from <paramref name="Date"/>.</param>
/// <param name="Sources">URLs of the sources.</param>
/// <param name="Origin">Where the event is written ("inf.treaty:17").</param>
public sealed record LifecycleEvent(
    string Treaty,
    PartialDate Date,
    string Kind,
    ImmutableArray<string> Parties,
    PartialDate? Effective,
    ImmutableArray<string> Sources,
    string Origin)
{
    /// <summary>The date the event changes the agreement's status.</summary>
    public PartialDate TakesEffect => Effective ?? Date;

    /// <summary>True when the event concerns the agreement as a whole rather than some parties.</summary>
    public bool IsTreatyLevel => Parties.IsEmpty;
}
