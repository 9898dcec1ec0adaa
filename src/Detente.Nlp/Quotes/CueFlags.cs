namespace Detente.Nlp.Quotes;

/// <summary>How a cue verb reports speech.</summary>
[Flags]
public enum CueFlags
{
    /// <summary>No special behaviour.</summary>
    None = 0,

    /// <summary>Reports speech: may attribute a direct quote ("said", "told").</summary>
    Speech = 1 << 0,

    /// <summary>May take a recipient before the content ("told CBS that ...").</summary>
    Recipient = 1 << 1,

    /// <summary>Reports a thought or stance: a cue only with a clausal complement ("believes that ...").</summary>
    Clausal = 1 << 2,
}
