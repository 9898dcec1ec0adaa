namespace Detente.Knowledge.Petrarch;

/// <summary>One CAMEO code of a PETRARCH actor, with the period it applies to.</summary>
/// <param name="Code">The code ("RUSGOV"), or null for "---" (no code).</param>
/// <param name="From">First day ("&gt;DATE" or the start of "DATE-DATE"), when restricted.</param>
/// <param name="To">Last day ("&lt;DATE" or the end of "DATE-DATE"), when restricted.</param>
public sealed record PetrarchCode(string? Code, DateOnly? From, DateOnly? To);
