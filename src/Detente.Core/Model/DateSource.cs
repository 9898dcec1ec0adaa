namespace Detente.Core.Model;

/// <summary>Where a document's reference date came from.</summary>
public enum DateSource
{
    /// <summary>No date could be given or inferred.</summary>
    Unknown,

    /// <summary>Taken from metadata: JSONL, the command line, HTML meta tags or a feed.</summary>
    Given,

    /// <summary>Inferred from the content of the article.</summary>
    Inferred,
}
