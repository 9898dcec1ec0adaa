namespace Detente.Knowledge.Treaties;

/// <summary>A state whose treaty role passed to another on a date (the USSR to the Russian Federation).</summary>
/// <param name="Predecessor">ISO alpha-3 code of the state that ceased.</param>
/// <param name="Successor">ISO alpha-3 code of the state that took its role.</param>
/// <param name="Date">The first day the successor holds the role.</param>
public sealed record Succession(string Predecessor, string Successor, DateOnly Date);
