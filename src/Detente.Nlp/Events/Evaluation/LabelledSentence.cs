namespace Detente.Nlp.Events.Evaluation;

/// <summary>A gold sentence for label evaluation: its text, the actor phrases it marks (if any), and its gold type and class.</summary>
/// <param name="Id">Record id.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Date">Its date, when given.</param>
/// <param name="Sources">Phrases naming the gold source(s); empty when the set marks none.</param>
/// <param name="Targets">Phrases naming the gold target(s).</param>
/// <param name="GoldType">Gold PLOVER type in current labels, or null when the set has only classes.</param>
/// <param name="GoldClass">Gold class 0..4, when given.</param>
public sealed record LabelledSentence(string Id, string Text, DateOnly? Date, IReadOnlyList<string> Sources, IReadOnlyList<string> Targets,
    string? GoldType, int? GoldClass)
{
    /// <summary>For a set labelled only cooperation or conflict: the classes the gold label allows (1 and 2, or 3 and 4); else null.</summary>
    public IReadOnlyList<int>? AllowedClasses { get; init; }

    /// <summary>The sentence the record belongs to (several dyad records may share one); cross-validation keeps a group in one fold.</summary>
    public string Group => Id.Split('/')[0];
}
