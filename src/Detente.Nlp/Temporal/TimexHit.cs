namespace Detente.Nlp.Temporal;

/// <summary>A recognised time expression: the token after its last one, what it means, and the rule that matched.</summary>
/// <param name="End">Index one past the expression's last token.</param>
/// <param name="Spec">Its meaning before resolution.</param>
/// <param name="Rule">Name of the rule that recognised it.</param>
internal readonly record struct TimexHit(int End, TimeSpec Spec, string Rule)
{
    /// <summary>Index of the expression's first token, once known.</summary>
    public int Start { get; init; }
}
