namespace Detente.Nlp.Entities.Ner;

/// <summary>
/// Trains a <see cref="NerModel"/>: averaged structured perceptron with Viterbi decoding (update on the words whose
/// label or previous label differs from the gold sequence), shuffled each epoch with a fixed seed, single-threaded,
/// so the same data and options give the same model.
/// </summary>
public static class NerTrainer
{
    /// <summary>
    /// Trains over <paramref name="sentences"/> (each with its UPOS tags, or null) as <paramref name="options"/> say;
    /// after each epoch reports the token accuracy and, when <paramref name="afterEpoch"/> is given, hands it the
    /// averaged model so far (to score a development set).
    /// </summary>
    public static NerModel Train(
        IReadOnlyList<(NerSentence Sentence, string[]? Upos)> sentences,
        NerTrainingOptions options,
        Action<int, double>? progress = null,
        Action<int, NerModel>? afterEpoch = null)
    {
        const int L = 7;
        var index = NerModel.Labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var features = new NerFeatures(options.Gazetteer, options.Clusters, options.Bits);
        int size = (1 << options.Bits) * L;
        var weights = new float[size];
        var totals = new double[size];
        var stamps = new int[size];
        int clock = 1;
        var encoded = new (int[] Rows, ulong[] Shapes, int[] Gold)[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            var (sentence, upos) = sentences[s];
            var (rows, shapes) = features.Encode(sentence.Words, upos);
            encoded[s] = (rows, shapes, [.. sentence.Tags.Select(t => index[t])]);
        }

        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var s in order)
            {
                var (rows, shapes, gold) = encoded[s];
                var predicted = new int[gold.Length];
                NerModel.Viterbi(weights, features, rows, shapes, predicted);
                for (int i = 0; i < gold.Length; i++)
                {
                    total++;
                    correct += predicted[i] == gold[i] ? 1 : 0;
                    int goldPrevious = i == 0 ? NerModel.Start : gold[i - 1];
                    int predictedPrevious = i == 0 ? NerModel.Start : predicted[i - 1];
                    if (predicted[i] == gold[i] && goldPrevious == predictedPrevious)
                    {
                        continue;
                    }

                    if (predicted[i] != gold[i])
                    {
                        for (int k = 0; k < NerFeatures.PerWord; k++)
                        {
                            int row = rows[(i * NerFeatures.PerWord) + k] * L;
                            Update(row + gold[i], 1f);
                            Update(row + predicted[i], -1f);
                        }
                    }

                    var (goldAlone, goldShape) = features.TransitionRows(goldPrevious, shapes[i]);
                    var (predictedAlone, predictedShape) = features.TransitionRows(predictedPrevious, shapes[i]);
                    Update((goldAlone * L) + gold[i], 1f);
                    Update((goldShape * L) + gold[i], 1f);
                    Update((predictedAlone * L) + predicted[i], -1f);
                    Update((predictedShape * L) + predicted[i], -1f);
                }

                clock++;
            }

            progress?.Invoke(epoch, (double)correct / total);
            if (afterEpoch is not null && epoch < options.Epochs)
            {
                afterEpoch(epoch, new NerModel(Averaged(), options.Bits, options.Gazetteer, options.Clusters));
            }
        }

        var model = new NerModel(Averaged(), options.Bits, options.Gazetteer, options.Clusters);
        afterEpoch?.Invoke(options.Epochs, model);
        return model;

        float[] Averaged()
        {
            var averaged = new float[size];
            for (int k = 0; k < size; k++)
            {
                double sum = totals[k] + ((double)(clock - stamps[k]) * weights[k]);
                averaged[k] = (float)(sum / clock);
            }

            return averaged;
        }

        void Update(int k, float delta)
        {
            totals[k] += (double)(clock - stamps[k]) * weights[k];
            stamps[k] = clock;
            weights[k] += delta;
        }
    }
}
