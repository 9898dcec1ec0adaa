using Detente.Sources.Html;

namespace Detente.Sources.Tests.Html;

public sealed class ShingleScoreTests
{
    [Fact]
    public void Identical_texts_score_one_whatever_the_whitespace()
    {
        var s = ShingleScore.Compute("The envoy of Gondor arrived in Edoras today.", "The envoy  of\nGondor arrived, in Edoras today!");
        Assert.Equal(1.0, s.Precision);
        Assert.Equal(1.0, s.Recall);
    }

    [Fact]
    public void Extra_text_lowers_precision_but_not_recall()
    {
        var s = ShingleScore.Compute("one two three four five", "one two three four five six seven eight");
        Assert.Equal(1.0, s.Recall);
        Assert.Equal(2.0 / 5.0, s.Precision, 6);
    }

    [Fact]
    public void An_empty_extraction_counts_for_recall_only()
    {
        var scores = new[] { ShingleScore.Compute("a b c d e", string.Empty), ShingleScore.Compute("a b c d e", "a b c d e") };
        var (p, r, f1) = ShingleScore.Aggregate(scores);
        Assert.Equal(1.0, p);
        Assert.Equal(0.5, r);
        Assert.Equal(2 * 0.5 / 1.5, f1, 6);
    }
}
