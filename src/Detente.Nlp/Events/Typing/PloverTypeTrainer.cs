using Detente.Nlp.Language;

namespace Detente.Nlp.Events.Typing;

/// <summary>
/// Trains a <see cref="PloverTypeModel"/>: multiclass averaged perceptron with a fixed shuffling seed (the same data and
/// options give the same model). An item with several acceptable labels (a cooperation/conflict-only set) is updated only
/// when the guess lies outside them, towards the best-scoring acceptable label.
/// </summary>
public static class PloverTypeTrainer
{
    /// <summary>The settings chosen by cross-validation on PLV train.</summary>
    public static TrainingOptions Defaults { get; } = new(Epochs: 12, Seed: 1, MinCount: 1, Prune: 0f);

    /// <summary>Trains on <paramref name="items"/>; the label space is every label that occurs alone as an item's gold label.</summary>
    public static PloverTypeModel Train(IReadOnlyList<TypingExample> items, TrainingOptions options)
    {
        var types = LabelSet.FromValues(items.Where(i => i.Allowed.Count == 1).Select(i => i.Allowed[0]));
        var counts = new Dictionary<ulong, int>();
        foreach (var item in items)
        {
            AveragedPerceptron.Count(counts, item.Features);
        }

        var perceptron = new AveragedPerceptron(types.Count, counts, options.MinCount);
        var allowed = items.Select(i => i.Allowed.Select(types.IdOf).Where(id => id >= 0).ToArray()).ToArray();
        var order = Enumerable.Range(0, items.Count).Where(i => allowed[i].Length > 0).ToArray();
        var random = new Random(options.Seed);
        var scores = new float[types.Count];
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var rows = new int[items[i].Features.Length];
                perceptron.Rows(items[i].Features, rows);
                perceptron.Score(rows, scores);
                int guess = ArgMax(scores, null);
                if (Array.IndexOf(allowed[i], guess) < 0)
                {
                    perceptron.Update(rows, ArgMax(scores, allowed[i]), guess);
                }

                perceptron.Tick();
            }
        }

        return new PloverTypeModel(types, perceptron.Average(options.Prune));
    }

    /// <summary>
    /// K-fold cross-validation by group: for each fold, a model trained on all other folds (and on every item of
    /// <paramref name="alwaysTrain"/>); returns each item's fold and the models.
    /// </summary>
    public static (int[] FoldOf, PloverTypeModel[] Models) CrossValidate(IReadOnlyList<TypingExample> items, IReadOnlyList<TypingExample> alwaysTrain, int folds, TrainingOptions options)
    {
        var foldOf = items.Select(i => FoldOf(i.Group, folds)).ToArray();
        var models = new PloverTypeModel[folds];
        for (int f = 0; f < folds; f++)
        {
            var train = new List<TypingExample>(alwaysTrain);
            for (int i = 0; i < items.Count; i++)
            {
                if (foldOf[i] != f)
                {
                    train.Add(items[i]);
                }
            }

            models[f] = Train(train, options);
        }

        return (foldOf, models);
    }

    /// <summary>The fold of a group: a hash of its name, so the split does not depend on the order of the items.</summary>
    public static int FoldOf(string group, int folds) => (int)(FeatureHash.Of(group) % (ulong)folds);

    private static int ArgMax(float[] scores, int[]? among)
    {
        int best = -1;
        for (int k = 0; k < scores.Length; k++)
        {
            if ((among is null || Array.IndexOf(among, k) >= 0) && (best < 0 || scores[k] > scores[best]))
            {
                best = k;
            }
        }

        return best;
    }
}
