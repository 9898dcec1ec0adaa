namespace Detente.Nlp.Events.Evaluation;

/// <summary>Accumulates (gold, predicted) label pairs and reports accuracy and macro-F1 over the gold labels.</summary>
public sealed class LabelScore
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _counts = new(StringComparer.Ordinal);

    /// <summary>Number of items scored.</summary>
    public int Count { get; private set; }

    /// <summary>Number of items whose predicted label equals the gold one.</summary>
    public int Correct { get; private set; }

    /// <summary>Share of items predicted right.</summary>
    public double Accuracy => Count == 0 ? 0 : (double)Correct / Count;

    /// <summary>Records one item.</summary>
    public void Add(string gold, string predicted)
    {
        Count++;
        if (gold == predicted)
        {
            Correct++;
            Bump(gold, tp: 1);
            return;
        }

        Bump(gold, fn: 1);
        Bump(predicted, fp: 1);
    }

    /// <summary>Unweighted mean of per-label F1 over the labels that occur in the gold data.</summary>
    public double MacroF1()
    {
        var f1s = new List<double>();
        foreach (var (_, c) in _counts)
        {
            if (c.Tp + c.Fn == 0)
            {
                continue;
            }

            f1s.Add(new EventScore(c.Tp, c.Fp, c.Fn).F1);
        }

        return f1s.Count == 0 ? 0 : f1s.Average();
    }

    private void Bump(string label, int tp = 0, int fp = 0, int fn = 0)
    {
        _counts.TryGetValue(label, out var c);
        _counts[label] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
    }
}
