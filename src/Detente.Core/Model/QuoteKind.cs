namespace Detente.Core.Model;

/// <summary>How a quotation reports speech.</summary>
public enum QuoteKind
{
    /// <summary>Whole sentences in quotation marks.</summary>
    Direct,

    /// <summary>A few quoted words inside the reporter's own sentence.</summary>
    Partial,

    /// <summary>Reported speech without quotation marks ("Lavrov said that ...").</summary>
    Indirect,

    /// <summary>Reported speech mixing quoted and unquoted parts.</summary>
    Mixed,
}
