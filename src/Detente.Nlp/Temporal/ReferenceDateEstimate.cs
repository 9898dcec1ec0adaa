namespace Detente.Nlp.Temporal;

/// <summary>The date an article was probably written, as inferred from its content.</summary>
/// <param name="Date">The estimate (the middle of the most likely period), or null when nothing dates the text.</param>
/// <param name="Precision">"day", "month" or "year": how much of <paramref name="Date"/> is meant.</param>
/// <param name="Confidence">Confidence in [0, 1].</param>
/// <param name="Reasons">The clues that agree with the estimate.</param>
public sealed record ReferenceDateEstimate(DateOnly? Date, string? Precision, double Confidence, IReadOnlyList<string> Reasons);
