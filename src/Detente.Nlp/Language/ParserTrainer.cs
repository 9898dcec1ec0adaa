namespace Detente.Nlp.Language;

/// <summary>
/// Trains a <see cref="Parser"/> with the arc-hybrid dynamic oracle: after the first epoch the parser follows its
/// own prediction nine times in ten (error exploration), and every mistake updates towards the best zero-cost
/// transition. Training uses the tags the tagger predicts, so training and use see the same input.
/// </summary>
public static class ParserTrainer
{
    /// <summary>Default settings for the parser.</summary>
    public static TrainingOptions Defaults { get; } = new(Epochs: 10, Seed: 1, MinCount: 2, Prune: 0.05f);

    /// <summary>Probability of following the model's own prediction after the first epoch.</summary>
    public const double Exploration = 0.9;

    /// <summary>
    /// Trains on <paramref name="train"/> whose Penn tags (as predicted) are <paramref name="tags"/>;
    /// <paramref name="report"/>, when given, is called with the averaged parser after each epoch and its text logged.
    /// </summary>
    public static Parser Train(
        IReadOnlyList<ConlluSentence> train,
        IReadOnlyList<string[]> tags,
        TrainingOptions options,
        Action<string> log,
        Func<Parser, string>? report = null)
    {
        var relations = LabelSet.FromValues(train.SelectMany(s => s.Relations));
        if (relations.Count > 126)
        {
            throw new InvalidOperationException("too many relations for the parser's class encoding");
        }

        int classes = 1 + (2 * relations.Count);
        var shape = new Parser(new LinearModel(classes, [], []), relations);
        int root = relations.IdOf("root");
        var words = new WordKeys();
        var st = new ParseState();
        var features = new ulong[ParserFeatures.Max];
        var rows = new int[ParserFeatures.Max];
        var scores = new float[classes];
        var golds = train.Select(s => s.Heads.Select(h => h < 0 ? s.Length : h).ToArray()).ToArray();
        var goldLabelIds = train.Select(s => s.Relations.Select(relations.IdOf).ToArray()).ToArray();

        // First pass: count the features of the configurations on a gold path.
        var counts = new Dictionary<ulong, int>();
        for (int si = 0; si < train.Count; si++)
        {
            words.Load(train[si].Forms);
            var tagKeys = Parser.TagKeys(tags[si]);
            st.Reset(train[si].Length);
            while (!st.IsTerminal)
            {
                int k = ParserFeatures.Extract(st, words, tagKeys, features);
                AveragedPerceptron.Count(counts, features.AsSpan(0, k));
                var (cs, cl, cr) = ArcHybridOracle.Costs(st, golds[si]);
                int min = Math.Min(cs, Math.Min(cl, cr));
                int kind = cl == min ? ParseState.Left : cr == min ? ParseState.Right : ParseState.Shift;
                int s0 = st.Stack(0);
                int label = kind == ParseState.Shift ? -1 : kind == ParseState.Left && st.Buffer == st.Length ? root : goldLabelIds[si][s0];
                st.Apply(kind, label == root && !(kind == ParseState.Left && st.Buffer == st.Length) ? 0 : label);
            }
        }

        var perceptron = new AveragedPerceptron(classes, counts, options.MinCount);
        counts = null;
        log(FormattableString.Invariant($"parser: {perceptron.Features} features, {relations.Count} relations"));
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(options.Seed);
        Parser? current = null;
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long steps = 0, errors = 0;
            foreach (int si in order)
            {
                var s = train[si];
                int n = s.Length;
                words.Load(s.Forms);
                var tagKeys = Parser.TagKeys(tags[si]);
                var gold = golds[si];
                var goldLabels = goldLabelIds[si];

                st.Reset(n);
                while (!st.IsTerminal)
                {
                    int k = ParserFeatures.Extract(st, words, tagKeys, features);
                    var fs = rows.AsSpan(0, k);
                    perceptron.Rows(features.AsSpan(0, k), fs);
                    perceptron.Score(fs, scores);
                    var (cs, cl, cr) = ArcHybridOracle.Costs(st, gold);
                    int min = Math.Min(cs, Math.Min(cl, cr));
                    int s0 = st.Stack(0);
                    int want = s0 >= 0 ? goldLabels[s0] : -1;
                    int predicted = shape.BestValid(st, scores);
                    int best = -1;
                    for (int c = 0; c < scores.Length; c++)
                    {
                        if (IsGold(shape, st, c, cs, cl, cr, min, want, root) && (best < 0 || scores[c] > scores[best]))
                        {
                            best = c;
                        }
                    }

                    if (best != predicted)
                    {
                        perceptron.Update(fs, best, predicted);
                        errors++;
                    }

                    perceptron.Tick();
                    steps++;
                    int next = epoch > 0 && random.NextDouble() < Exploration ? predicted : best;
                    st.Apply(shape.KindOf(next), shape.LabelOf(next));
                }
            }

            string line = FormattableString.Invariant($"parser epoch {epoch + 1}/{options.Epochs}: {100.0 * errors / Math.Max(1, steps):F2}% transitions corrected");
            if (report is not null)
            {
                current = new Parser(perceptron.Average(options.Prune), relations);
                line += "; " + report(current);
            }

            log(line);
        }

        return report is not null && current is not null ? current : new Parser(perceptron.Average(options.Prune), relations);
    }

    private static bool IsGold(Parser shape, ParseState st, int c, int cs, int cl, int cr, int min, int want, int root)
    {
        if (!shape.IsValid(st, c))
        {
            return false;
        }

        int kind = shape.KindOf(c);
        int label = shape.LabelOf(c);
        return kind switch
        {
            ParseState.Shift => cs == min,
            ParseState.Left => cl == min && (label == want || st.Buffer == st.Length || want == root),
            _ => cr == min && (label == want || want == root),
        };
    }
}
