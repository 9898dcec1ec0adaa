using System.Text.RegularExpressions;

namespace Detente.Sources.Html;

/// <summary>
/// The article-extraction benchmark's score for one page: texts are split into \w+ tokens, counted as
/// 4-token shingles (a shorter text is one shorter shingle), and the matched, extra and missed shingle counts
/// are normalised to sum to one so that long pages weigh no more than short ones.
/// </summary>
/// <param name="TruePositive">Share of shingles in both texts.</param>
/// <param name="FalsePositive">Share of shingles only in the extraction.</param>
/// <param name="FalseNegative">Share of shingles only in the gold text.</param>
public readonly partial record struct ShingleScore(double TruePositive, double FalsePositive, double FalseNegative)
{
    /// <summary>Shingle length used by the benchmark.</summary>
    public const int ShingleLength = 4;

    /// <summary>Precision as the benchmark defines it (1 when nothing is extra or missed).</summary>
    public double Precision =>
        FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive == 0 && FalsePositive == 0 ? 0 : TruePositive / (TruePositive + FalsePositive);

    /// <summary>Recall as the benchmark defines it (1 when nothing is extra or missed).</summary>
    public double Recall =>
        FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive == 0 && FalseNegative == 0 ? 0 : TruePositive / (TruePositive + FalseNegative);

    /// <summary>True when the extraction produced at least one shingle (the page counts towards precision).</summary>
    public bool HasPrediction => TruePositive + FalsePositive > 0;

    /// <summary>True when the gold text has at least one shingle (the page counts towards recall).</summary>
    public bool HasGold => TruePositive + FalseNegative > 0;

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>.</summary>
    public static ShingleScore Compute(string gold, string predicted)
    {
        var goldCounts = Count(gold);
        var predCounts = Count(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, g) in goldCounts)
        {
            predCounts.TryGetValue(key, out int p);
            tp += Math.Min(g, p);
            fn += Math.Max(0, g - p);
        }

        foreach (var (key, p) in predCounts)
        {
            goldCounts.TryGetValue(key, out int g);
            fp += Math.Max(0, p - g);
        }

        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleScore(tp / sum, fp / sum, fn / sum) : new ShingleScore(0, 0, 0);
    }

    /// <summary>The benchmark's corpus figures: mean precision over pages with a prediction, mean recall over
    /// pages with gold text, and F1 as their harmonic mean.</summary>
    public static (double Precision, double Recall, double F1) Aggregate(IReadOnlyCollection<ShingleScore> scores)
    {
        var withPrediction = scores.Where(s => s.HasPrediction).ToList();
        var withGold = scores.Where(s => s.HasGold).ToList();
        double p = withPrediction.Count > 0 ? withPrediction.Average(s => s.Precision) : 0;
        double r = withGold.Count > 0 ? withGold.Average(s => s.Recall) : 0;
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }

    private static Dictionary<string, int> Count(string text)
    {
        var tokens = WordRegex().Matches(text).Select(m => m.Value).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = Math.Max(1, tokens.Count - ShingleLength + 1);
        for (int i = 0; i < n && i < Math.Max(tokens.Count, 1); i++)
        {
            var shingle = string.Join('\u0001', tokens.Skip(i).Take(ShingleLength));
            if (shingle.Length == 0)
            {
                continue;
            }

            counts[shingle] = counts.GetValueOrDefault(shingle) + 1;
        }

        return counts;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordRegex();
}
