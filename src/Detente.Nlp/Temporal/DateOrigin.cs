namespace Detente.Nlp.Temporal;

/// <summary>Where the date of an event, quote or treaty action came from.</summary>
public enum DateOrigin
{
    /// <summary>A time expression attached to the predicate in the dependency parse ("signed on Monday").</summary>
    Attached,

    /// <summary>The nearest time expression in the same clause or sentence (no parse, or nothing attached).</summary>
    SameSentence,

    /// <summary>The narrative time: the last calendar expression before the predicate.</summary>
    Narrative,

    /// <summary>The article's reference date, at a coarser precision.</summary>
    Reference,
}
