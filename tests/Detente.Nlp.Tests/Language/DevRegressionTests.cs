using System.Globalization;
using System.Text.RegularExpressions;
using Detente.Nlp.Language;
using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Language;

public sealed partial class DevRegressionTests(ShippedModelFixture fixture) : IClassFixture<ShippedModelFixture>
{
    [SkippableFact]
    public void Shipped_models_stay_within_one_point_of_the_dev_figures_in_BENCHMARKS()
    {
        Skip.If(TestPaths.SharedData is null, "../shared/data is not present");
        var dev = ConlluReader.ReadFile(Path.Combine(TestPaths.SharedData!, "nlp", "ud-ewt", "en_ewt-ud-dev.conllu"));
        var recorded = Recorded();
        var workspace = new LanguageWorkspace();

        var scores = UdEvaluator.Evaluate(dev, dev.Select(s => fixture.Models.Analyze(s.Forms, workspace)).ToList());

        var measured = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["UPOS"] = scores.F1(scores.Upos),
            ["XPOS"] = scores.F1(scores.Xpos),
            ["Lemma"] = scores.F1(scores.Lemma),
            ["UAS"] = scores.F1(scores.Uas),
            ["LAS"] = scores.F1(scores.Las),
        };
        foreach (var (metric, figure) in recorded)
        {
            Assert.True(measured[metric] >= figure - 1.0, $"dev {metric} {measured[metric]:F2} is more than one point below the recorded {figure:F2}");
        }
    }

    private static Dictionary<string, double> Recorded()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "BENCHMARKS.md"));
        var line = ReferenceLine().Match(text);
        Assert.True(line.Success, "BENCHMARKS.md has no 'Regression reference (dev, gold tokens)' line");
        var figures = Figure().Matches(line.Value).ToDictionary(
            m => m.Groups[1].Value, m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        Assert.Equal(5, figures.Count);
        return figures;
    }

    [GeneratedRegex(@"Regression reference \(dev, gold tokens\):[^\n]*")]
    private static partial Regex ReferenceLine();

    [GeneratedRegex(@"(UPOS|XPOS|Lemma|UAS|LAS) (\d+\.\d+)")]
    private static partial Regex Figure();
}
