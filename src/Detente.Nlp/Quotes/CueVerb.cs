namespace Detente.Nlp.Quotes;

/// <summary>A verb of speech or cognition that can introduce reported content.</summary>
/// <param name="Lemma">The base form ("say", "point out").</param>
/// <param name="Flags">How it reports speech.</param>
/// <param name="Words">Number of words in the form that matched (2 for "pointed out").</param>
public sealed record CueVerb(string Lemma, CueFlags Flags, int Words = 1);
