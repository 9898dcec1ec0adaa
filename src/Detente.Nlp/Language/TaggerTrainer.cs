namespace Detente.Nlp.Language;

/// <summary>Trains a <see cref="Tagger"/> on treebank sentences (shuffled each epoch with a seed).</summary>
public static class TaggerTrainer
{
    /// <summary>Default settings for the tagger.</summary>
    public static TrainingOptions Defaults { get; } = new(Epochs: 8, Seed: 1, MinCount: 2, Prune: 0.02f);

    /// <summary>Words seen at least this often get an ambiguity class.</summary>
    public const int DictionaryMinCount = 5;

    /// <summary>The joint class name of word <paramref name="i"/> of <paramref name="s"/>.</summary>
    public static string JointTag(ConlluSentence s, int i) => s.Upos[i] + " " + s.Xpos[i];

    /// <summary>Trains on <paramref name="train"/>; <paramref name="log"/> receives one line per epoch.</summary>
    public static Tagger Train(IReadOnlyList<ConlluSentence> train, TrainingOptions options, Action<string> log)
    {
        var tags = LabelSet.FromValues(train.SelectMany(s => Enumerable.Range(0, s.Length).Select(i => JointTag(s, i))));
        var gold = train.Select(s => Enumerable.Range(0, s.Length).Select(i => tags.IdOf(JointTag(s, i))).ToArray()).ToArray();
        var dictionary = TagDictionary.Build(train, gold, DictionaryMinCount);
        var ambiguity = train.Select(s => { var k = new WordKeys(); k.Load(s.Forms); return dictionary.Lookup(k); }).ToArray();
        var keys = new WordKeys();
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<int> rows = stackalloc int[TaggerFeatures.Max];
        var counts = new Dictionary<ulong, int>();
        for (int si = 0; si < train.Count; si++)
        {
            keys.Load(train[si].Forms);
            for (int i = 0; i < train[si].Length; i++)
            {
                int n = TaggerFeatures.Extract(keys, ambiguity[si], i, i > 0 ? gold[si][i - 1] : -1, i > 1 ? gold[si][i - 2] : -1, features);
                AveragedPerceptron.Count(counts, features[..n]);
            }
        }

        var perceptron = new AveragedPerceptron(tags.Count, counts, options.MinCount);
        counts = null;
        log(FormattableString.Invariant($"tagger: {perceptron.Features} features, {tags.Count} tags"));
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(options.Seed);
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
                    int n = TaggerFeatures.Extract(keys, ambiguity[si], i, i > 0 ? predicted[i - 1] : -1, i > 1 ? predicted[i - 2] : -1, features);
                    perceptron.Rows(features[..n], rows);
                    perceptron.Score(rows[..n], scores);
                    int guess = Tagger.ArgMax(scores);
                    int truth = gold[si][i];
                    perceptron.Update(rows[..n], truth, guess);
                    perceptron.Tick();
                    predicted[i] = guess;
                    correct += guess == truth ? 1 : 0;
                    total++;
                }
            }

            log(FormattableString.Invariant($"tagger epoch {epoch + 1}/{options.Epochs}: train accuracy {100.0 * correct / total:F2}"));
        }

        return new Tagger(perceptron.Average(options.Prune), tags, dictionary);
    }

    /// <summary>
    /// Penn tags for every sentence of <paramref name="train"/> as a tagger trained without that sentence predicts
    /// them (k-fold jackknifing), so a parser trained on them sees tagging errors like those it meets in use.
    /// </summary>
    public static string[][] Jackknife(IReadOnlyList<ConlluSentence> train, int folds, TrainingOptions options, Action<string> log)
    {
        var result = new string[train.Count][];
        for (int fold = 0; fold < folds; fold++)
        {
            var rest = train.Where((_, i) => i % folds != fold).ToList();
            var tagger = Train(rest, options, _ => { });
            for (int i = fold; i < train.Count; i += folds)
            {
                result[i] = tagger.Tag(train[i].Forms).Xpos;
            }

            log(FormattableString.Invariant($"jackknife fold {fold + 1}/{folds} tagged"));
        }

        return result;
    }
}
