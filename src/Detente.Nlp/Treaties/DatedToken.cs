using Detente.Knowledge.Treaties;

namespace Detente.Nlp.Treaties;

/// <summary>A date found in a sentence and the token it starts at.</summary>
/// <param name="Date">The date.</param>
/// <param name="Token">Document-level index of its first token.</param>
/// <param name="Source">"time" when it came from the time-expression layer, "text" when read by the fallback.</param>
public readonly record struct DatedToken(PartialDate Date, int Token, string Source);
