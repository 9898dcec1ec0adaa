namespace Detente.Knowledge.Treaties;

/// <summary>One line of an agreement's timeline: a recorded lifecycle event or an action reported in an article.</summary>
/// <param name="Date">When, when known.</param>
/// <param name="Kind">The event or action kind.</param>
/// <param name="Parties">The parties, as held on the date ("USA", "SUN", "*" for the agreement itself).</param>
/// <param name="Effective">When it takes effect, when that differs from the date.</param>
/// <param name="Origin">"kb" for recorded events, otherwise the article id.</param>
/// <param name="Detail">Source URLs for recorded events; the evidence text for reported actions.</param>
/// <param name="Status">For reported actions: consistent, new or conflict.</param>
public sealed record TimelineEntry(PartialDate? Date, string Kind, string Parties, PartialDate? Effective, string Origin, string Detail, string? Status);
