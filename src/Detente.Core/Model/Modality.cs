namespace Detente.Core.Model;

/// <summary>Whether a reported event happened, per the text.</summary>
public enum Modality
{
    /// <summary>Stated as having happened or happening.</summary>
    Asserted,

    /// <summary>Stated as not having happened ("did not", "no contacts").</summary>
    Negated,

    /// <summary>Conditional or possible ("if", "would", "could").</summary>
    Hypothetical,

    /// <summary>Planned, promised or expected ("will", "plans to", "vowed to").</summary>
    Future,

    /// <summary>Denied by a party ("denied that ...").</summary>
    Denied,

    /// <summary>The content of someone's statement, not asserted by the text itself.</summary>
    Reported,
}
