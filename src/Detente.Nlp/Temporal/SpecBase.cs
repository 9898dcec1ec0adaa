namespace Detente.Nlp.Temporal;

/// <summary>What a time expression is resolved against.</summary>
internal enum SpecBase
{
    /// <summary>Nothing: the expression carries its own calendar value.</summary>
    Absolute,

    /// <summary>The reference date of the article ("yesterday", "last week").</summary>
    Reference,

    /// <summary>The narrative time of the preceding text ("the same year", "two days later").</summary>
    Narrative,
}
