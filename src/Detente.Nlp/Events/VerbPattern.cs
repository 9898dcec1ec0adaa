namespace Detente.Nlp.Events;

/// <summary>
/// A PETRARCH-2 verb pattern reduced to the words it needs before and after the verb. Each slot holds the
/// alternatives that satisfy it (a word set gives several); multi-word alternatives are joined by "_".
/// </summary>
/// <param name="Block">The verb block the pattern belongs to.</param>
/// <param name="Code">CAMEO code, or null when the pattern says "no event".</param>
/// <param name="Before">Slots that must match words before the verb.</param>
/// <param name="After">Slots that must match words after the verb in its phrase.</param>
/// <param name="Text">The pattern as written in the dictionary.</param>
public sealed record VerbPattern(string Block, string? Code, string[][] Before, string[][] After, string Text)
{
    /// <summary>Words the sentence must contain for the pattern to match (first words of single-choice slots), for a quick check.</summary>
    public string[] Anchors { get; } = [.. Before.Concat(After).Where(s => s.Length == 1).Select(s => s[0].Split('_')[0]).Where(w => w.Length > 0)];

    /// <summary>How many words the pattern requires; more specific patterns win.</summary>
    public int Specificity => Before.Length + After.Length;
}
