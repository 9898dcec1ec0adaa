namespace Detente.Sources.Dedup;

/// <summary>How an article relates to those seen before.</summary>
public enum DuplicateKind
{
    /// <summary>Not a copy of anything seen.</summary>
    Unique,

    /// <summary>The same text after normalisation (case, spacing, typography).</summary>
    Exact,

    /// <summary>A copy with edits: shares most of its word shingles with an earlier article, or is a cut of it.</summary>
    Near,
}
