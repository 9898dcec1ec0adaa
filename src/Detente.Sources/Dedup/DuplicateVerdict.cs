namespace Detente.Sources.Dedup;

/// <summary>The duplicate check of one article.</summary>
/// <param name="Kind">Unique, exact copy or near copy.</param>
/// <param name="OriginalId">The first-seen article this one copies (the root of a chain of copies), when a copy.</param>
/// <param name="Jaccard">Estimated shingle Jaccard similarity with the original (1 for exact copies).</param>
/// <param name="Containment">Estimated share of the shorter text's shingles found in the other.</param>
public sealed record DuplicateVerdict(DuplicateKind Kind, string? OriginalId, double Jaccard, double Containment)
{
    /// <summary>A verdict for an article that copies nothing.</summary>
    public static DuplicateVerdict Unique { get; } = new(DuplicateKind.Unique, null, 0, 0);
}
