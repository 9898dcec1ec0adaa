namespace Detente.Sources.Watch;

/// <summary>What one poll of a watched source found.</summary>
/// <param name="Source">The source as given.</param>
/// <param name="Unchanged">True when the source reported no change (HTTP 304, or no new or changed file or item).</param>
/// <param name="Items">Items handed on (articles and item problems).</param>
/// <param name="Error">Why the source itself could not be read, when it could not.</param>
public sealed record WatchPass(string Source, bool Unchanged, int Items, string? Error);
