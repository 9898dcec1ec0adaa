namespace Detente.Nlp.Events;

/// <summary>One of Detente's own predicate frames (data/lexicons/verbs/detente-predicates.tsv).</summary>
/// <param name="Kind">verb, noun, light or intent.</param>
/// <param name="Lemma">The predicate's lemma ("_" joins a verb and its particle).</param>
/// <param name="Condition">Empty, "+PREP", "+that", "+inf" or "=LEMMA".</param>
/// <param name="Code">CAMEO code; for intent frames "modality>fallback".</param>
/// <param name="Note">What the frame means, for explanations.</param>
public sealed record PredicateFrame(string Kind, string Lemma, string Condition, string Code, string Note)
{
    /// <summary>The frame as a user reads it in a rule: "verb:withdraw+from".</summary>
    public string Label => Kind + ":" + Lemma + Condition;
}
