namespace Detente.Nlp.Entities.Ner;

/// <summary>Span-level precision, recall and F1 per entity type and overall (exact type and boundaries, as conlleval).</summary>
public sealed class NerEvaluation
{
    private readonly Dictionary<string, (int Gold, int Predicted, int Correct)> _counts = new(StringComparer.Ordinal);

    /// <summary>Scores <paramref name="model"/> on gold sentences with their UPOS tags.</summary>
    public static NerEvaluation Of(NerModel model, IEnumerable<(NerSentence Sentence, string[]? Upos)> gold)
    {
        var eval = new NerEvaluation();
        foreach (var (s, upos) in gold)
        {
            eval.Add(s.Tags, model.Tag(s.Words, upos));
        }

        return eval;
    }

    /// <summary>Overall F1.</summary>
    public double F1 => Rows().Last().F1;

    /// <summary>Adds one sentence's gold and predicted tags.</summary>
    public void Add(string[] gold, string[] predicted)
    {
        var g = Spans(gold);
        var p = Spans(predicted);
        foreach (var s in g)
        {
            Bump(s.Type, 1, 0, p.Contains(s) ? 1 : 0);
        }

        foreach (var s in p)
        {
            Bump(s.Type, 0, 1, 0);
        }
    }

    /// <summary>The types seen, then "overall".</summary>
    public IEnumerable<(string Type, int Gold, int Predicted, double Precision, double Recall, double F1)> Rows()
    {
        foreach (var type in _counts.Keys.Order(StringComparer.Ordinal))
        {
            yield return Row(type, _counts[type]);
        }

        var all = _counts.Values.Aggregate((0, 0, 0), (a, c) => (a.Item1 + c.Gold, a.Item2 + c.Predicted, a.Item3 + c.Correct));
        yield return Row("overall", all);
    }

    private static (string, int, int, double, double, double) Row(string type, (int Gold, int Predicted, int Correct) c)
    {
        double p = c.Predicted == 0 ? 0 : (double)c.Correct / c.Predicted;
        double r = c.Gold == 0 ? 0 : (double)c.Correct / c.Gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (type, c.Gold, c.Predicted, p, r, f);
    }

    private void Bump(string type, int gold, int predicted, int correct)
    {
        var c = _counts.GetValueOrDefault(type);
        _counts[type] = (c.Gold + gold, c.Predicted + predicted, c.Correct + correct);
    }

    /// <summary>The entity spans of an IOB2 sequence.</summary>
    public static HashSet<(int Start, int End, string Type)> Spans(string[] tags)
    {
        var spans = new HashSet<(int, int, string)>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Length; i++)
        {
            var t = i < tags.Length ? tags[i] : "O";
            bool continues = t.StartsWith("I-", StringComparison.Ordinal) && type == t[2..];
            if (!continues && type is not null)
            {
                spans.Add((start, i, type));
                type = null;
            }

            if (t.StartsWith("B-", StringComparison.Ordinal) || (t.StartsWith("I-", StringComparison.Ordinal) && !continues))
            {
                start = i;
                type = t[2..];
            }
        }

        return spans;
    }
}
