namespace Detente.Nlp.Language;

/// <summary>Trains a <see cref="Tagger"/> on treebank sentences (shuffled each epoch with a seed).</summary>
public static class TaggerTrainer
{
    /// <summary>Default settings for the tagger.</summary>
    public static TrainingOptions Defaults { get; } = new(Epochs: 8, Seed: 1, Bits: 19, Prune: 0.02f);

    /// <summary>The joint class name of word <paramref name="i"/> of <paramref name="s"/>.</summary>
    public static string JointTag(ConlluSentence s, int i) => s.Upos[i] + " " + s.Xpos[i];

    /// <summary>Trains on <paramref name="train"/>; <paramref name="log"/> receives one line per epoch.</summary>
    public static Tagger Train(IReadOnlyList<ConlluSentence> train, TrainingOptions options, Action<string> log)
    {
        var tags = LabelSet.FromValues(train.SelectMany(s => Enumerable.Range(0, s.Length).Select(i => JointTag(s, i))));
        var gold = train.Select(s => Enumerable.Range(0, s.Length).Select(i => tags.IdOf(JointTag(s, i))).ToArray()).ToArray();
        var perceptron = new AveragedPerceptron(tags.Count, options.Bits);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(options.Seed);
        var keys = new WordKeys();
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[tags.Count];
        var predicted = new int[256];
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (int si in order)
            {
                var s = train[si];
                keys.Load(s.Forms);
                if (predicted.Length < s.Length)
                {
                    predicted = new int[s.Length * 2];
                }

                for (int i = 0; i < s.Length; i++)
                {
                    int n = TaggerFeatures.Extract(keys, i, i > 0 ? predicted[i - 1] : -1, i > 1 ? predicted[i - 2] : -1, features);
                    perceptron.Score(features[..n], scores);
                    int guess = Tagger.ArgMax(scores);
                    int truth = gold[si][i];
                    perceptron.Update(features[..n], truth, guess);
                    perceptron.Tick();
                    predicted[i] = guess;
                    correct += guess == truth ? 1 : 0;
                    total++;
                }
            }

            log(FormattableString.Invariant($"tagger epoch {epoch + 1}/{options.Epochs}: train accuracy {100.0 * correct / total:F2}"));
        }

        return new Tagger(perceptron.Average(options.Prune), tags);
    }
}
