namespace Detente.Nlp.Entities.Ner;

/// <summary>
/// Trains a <see cref="NerModel"/>: averaged structured perceptron with Viterbi decoding (update on the words whose
/// label or previous label differs from the gold sequence), shuffled each epoch with a fixed seed, single-threaded,
/// so the same data and options give the same model. With several runs (seeds seed, seed+1, ...) the model is the
/// mean of the runs' averaged weights.
/// </summary>
public static class NerTrainer
{
    private const int L = 7;

    /// <summary>
    /// Trains over <paramref name="sentences"/> (each with its UPOS tags, or null) as <paramref name="options"/> say;
    /// after each epoch of each run reports (run, epoch, token accuracy) and, when <paramref name="afterEpoch"/> is
    /// given, hands it that run's averaged model so far (to score a development set).
    /// </summary>
    public static NerModel Train(
        IReadOnlyList<(NerSentence Sentence, string[]? Upos)> sentences,
        NerTrainingOptions options,
        Action<int, int, double>? progress = null,
        Action<int, int, NerModel>? afterEpoch = null)
    {
        var index = NerModel.Labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var tagged = sentences.Select(s => s.Sentence).ToList();
        var gazetteer = options.Folds > 1 ? options.Gazetteer.With(tagged) : options.Gazetteer;
        var foldLists = Enumerable.Range(0, Math.Max(options.Folds, 1))
            .Select(k => options.Folds > 1 ? options.Gazetteer.With(tagged.Where((_, i) => Fold(i) != k)) : gazetteer)
            .ToArray();
        var features = new NerFeatures(gazetteer, options.Clusters, options.Bits);
        var encoded = new (int[] Rows, ulong[] Shapes, int[] Gold)[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            var (sentence, upos) = sentences[s];
            var (rows, shapes) = features.Encode(sentence.Words, upos, foldLists[Fold(s)]);
            encoded[s] = (rows, shapes, [.. sentence.Tags.Select(t => index[t])]);
        }

        int runs = Math.Max(options.Runs, 1);
        var mean = new float[(1 << options.Bits) * L];
        for (int run = 1; run <= runs; run++)
        {
            int current = run;
            var weights = Run(encoded, features, options, options.Seed + run - 1,
                (epoch, accuracy) => progress?.Invoke(current, epoch, accuracy),
                afterEpoch is null ? null : (epoch, w) => afterEpoch(current, epoch, new NerModel(w, options.Bits, gazetteer, options.Clusters)));
            for (int k = 0; k < mean.Length; k++)
            {
                mean[k] += weights[k] / runs;
            }
        }

        return new NerModel(mean, options.Bits, gazetteer, options.Clusters);

        // Folds are runs of consecutive sentences, so a document's names stay in one fold.
        int Fold(int sentence) => options.Folds > 1 ? (int)((long)sentence * options.Folds / sentences.Count) : 0;
    }

    private static float[] Run(
        (int[] Rows, ulong[] Shapes, int[] Gold)[] encoded,
        NerFeatures features,
        NerTrainingOptions options,
        int seed,
        Action<int, double> progress,
        Action<int, float[]>? afterEpoch)
    {
        int size = (1 << options.Bits) * L;
        var weights = new float[size];
        var totals = new double[size];
        var stamps = new int[size];
        int clock = 1;
        var order = Enumerable.Range(0, encoded.Length).ToArray();
        var random = new Random(seed);
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

            progress(epoch, (double)correct / total);
            afterEpoch?.Invoke(epoch, Averaged());
        }

        return Averaged();

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
