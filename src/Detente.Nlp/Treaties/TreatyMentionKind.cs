namespace Detente.Nlp.Treaties;

/// <summary>How a treaty mention was recognised.</summary>
public enum TreatyMentionKind
{
    /// <summary>A name or alias from the knowledge base ("the INF Treaty", "New Start").</summary>
    Alias,

    /// <summary>An unknown agreement recognised by its form ("the Minsk Agreement").</summary>
    Form,

    /// <summary>A definite description referring back to an agreement ("the agreement", "the key arms control agreement").</summary>
    Anaphor,
}
