namespace Detente.Nlp.Events.Evaluation;

/// <summary>Precision, recall and F1 from counts of true positives, false positives and false negatives.</summary>
public readonly record struct EventScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Share of predicted items that are right.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of gold items found.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two scores.</summary>
    public static EventScore operator +(EventScore a, EventScore b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    /// <summary>Scores one item's predicted set against its gold set.</summary>
    public static EventScore Of<T>(IReadOnlySet<T> predicted, IReadOnlySet<T> gold)
    {
        int tp = predicted.Count(gold.Contains);
        return new EventScore(tp, predicted.Count - tp, gold.Count - tp);
    }

    /// <summary>Adds two scores (the named alternative to the + operator).</summary>
    public static EventScore Add(EventScore a, EventScore b) => a + b;
}
