namespace Detente.Nlp.Events.Typing;

/// <summary>One training item for the typer: its features, and the labels it may take (one for a typed item, several for a coarse one).</summary>
/// <param name="Features">The hashed features of the event.</param>
/// <param name="Allowed">The acceptable labels; the first is the gold label when there is exactly one.</param>
/// <param name="Group">Items of one group (one sentence) stay in the same cross-validation fold.</param>
public sealed record TypingExample(ulong[] Features, IReadOnlyList<string> Allowed, string Group);
