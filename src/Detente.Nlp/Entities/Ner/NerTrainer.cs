namespace Detente.Nlp.Entities.Ner;

/// <summary>Trains a <see cref="NerModel"/>: averaged perceptron, greedy decoding, fixed shuffling seed (reproducible).</summary>
public static class NerTrainer
{
    /// <summary>Trains for <paramref name="epochs"/> passes over <paramref name="sentences"/>; reports each epoch's token accuracy.</summary>
    public static NerModel Train(IReadOnlyList<NerSentence> sentences, int epochs, int buckets, Action<int, double>? progress = null)
    {
        int labels = NerModel.Labels.Count;
        var index = NerModel.Labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var weights = new float[buckets * labels];
        var totals = new double[buckets * labels];
        var stamps = new int[buckets * labels];
        int mask = buckets - 1;
        int clock = 1;
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(17);
        Span<uint> features = stackalloc uint[NerFeatures.Max];
        Span<float> scores = stackalloc float[labels];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var s in order)
            {
                var sentence = sentences[s];
                var words = sentence.Words;
                var predicted = new int[words.Length];
                for (int i = 0; i < words.Length; i++)
                {
                    int gold = index[sentence.Tags[i]];

                    // Features use the model's own previous decisions, as at run time.
                    int p1 = i > 0 ? predicted[i - 1] : 7;
                    int p2 = i > 1 ? predicted[i - 2] : 7;
                    int n = NerFeatures.Extract(words, i, p1, p2, features);
                    NerModel.Score(weights, mask, features[..n], scores);
                    int guess = NerModel.Best(scores, p1);
                    predicted[i] = guess;
                    total++;
                    if (guess == gold)
                    {
                        correct++;
                    }
                    else
                    {
                        foreach (var f in features[..n])
                        {
                            int row = (int)(f & (uint)mask) * labels;
                            Update(row + gold, 1f);
                            Update(row + guess, -1f);
                        }
                    }

                    clock++;
                }
            }

            progress?.Invoke(epoch, (double)correct / total);
        }

        for (int k = 0; k < weights.Length; k++)
        {
            totals[k] += (double)(clock - stamps[k]) * weights[k];
            weights[k] = (float)(totals[k] / clock);
        }

        return new NerModel(weights, buckets);

        void Update(int k, float delta)
        {
            totals[k] += (double)(clock - stamps[k]) * weights[k];
            stamps[k] = clock;
            weights[k] += delta;
        }
    }
}
