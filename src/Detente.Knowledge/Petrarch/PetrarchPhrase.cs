namespace Detente.Knowledge.Petrarch;

/// <summary>A phrase of a PETRARCH dictionary entry.</summary>
/// <param name="Text">The words, separated by spaces ("FOREIGN MINISTER").</param>
/// <param name="Exact">True when written with a trailing "_": whole words only; otherwise the last word may match as a stem.</param>
public sealed record PetrarchPhrase(string Text, bool Exact);
