namespace Detente.Nlp.Temporal;

/// <summary>A point the text has moved to: the first day of the period last mentioned, and its granularity.</summary>
/// <param name="Date">First day of the period.</param>
/// <param name="Granularity">How precise the mention was.</param>
/// <param name="Sentence">Index of the sentence that set it.</param>
/// <param name="Explicit">True when the text named the year itself ("February 2019"), not a relative phrase.</param>
internal readonly record struct NarrativeTime(DateOnly Date, TimeUnit Granularity, int Sentence, bool Explicit = false);
