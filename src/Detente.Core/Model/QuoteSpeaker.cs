namespace Detente.Core.Model;

/// <summary>The words that name who said a quote, and the actor they resolve to.</summary>
public sealed record QuoteSpeaker(TextRange Range, string Text, Actor? Actor)
{
    /// <summary>
    /// Earlier words naming the same speaker, when <see cref="Text"/> is a pronoun or a role ("he", "the
    /// diplomat") resolved through coreference or the flow of the text; null otherwise.
    /// </summary>
    public TextRange? Antecedent { get; init; }

    /// <summary>The text of <see cref="Antecedent"/>, when any.</summary>
    public string? AntecedentText { get; init; }
}
