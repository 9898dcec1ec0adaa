namespace Detente.Sources;

/// <summary>Limits and defaults for reading inputs.</summary>
public sealed record ReadOptions
{
    /// <summary>Largest input file accepted, in bytes (default 20 MB).</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Largest single article text accepted, in characters (default 2 million).</summary>
    public int MaxArticleChars { get; init; } = 2_000_000;

    /// <summary>Reference date given on the command line for articles without one.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>How standard input is read: "text" (one article) or "jsonl".</summary>
    public string StdinFormat { get; init; } = "auto";
}
