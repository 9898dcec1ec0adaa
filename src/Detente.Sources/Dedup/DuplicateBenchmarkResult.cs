namespace Detente.Sources.Dedup;

/// <summary>The score of duplicate detection on a labelled corpus.</summary>
/// <param name="Originals">Files that copy nothing (including distinct stories on a topic already seen).</param>
/// <param name="Copies">Files that copy an earlier one.</param>
/// <param name="TruePositives">Copies linked to their right original.</param>
/// <param name="FalsePositives">Files linked to a wrong original, or originals linked to anything.</param>
/// <param name="OriginalsTaken">Originals wrongly taken for copies.</param>
/// <param name="Errors">One line per mistake.</param>
/// <param name="Elapsed">Time spent in the index.</param>
public sealed record DuplicateBenchmarkResult(int Originals, int Copies, int TruePositives, int FalsePositives, int OriginalsTaken, IReadOnlyList<string> Errors, TimeSpan Elapsed)
{
    /// <summary>The highest estimated Jaccard similarity between texts of different stories: the margin below the threshold.</summary>
    public double ClosestDistinctJaccard { get; init; }

    /// <summary>The highest estimated containment between texts of different stories.</summary>
    public double ClosestDistinctContainment { get; init; }

    /// <summary>Share of links made that are right.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of copies linked to their right original.</summary>
    public double Recall => Copies == 0 ? 1 : (double)TruePositives / Copies;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
