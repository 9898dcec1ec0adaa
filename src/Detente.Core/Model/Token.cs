namespace Detente.Core.Model;

/// <summary>One token: its range in the original text, the normalised form the models see, and its analyses.</summary>
/// <param name="Range">Where the token stands in the original text.</param>
/// <param name="Form">Normalised form (straight quotes, NFKC, UD conventions such as "n't").</param>
public readonly record struct Token(TextRange Range, string Form)
{
    /// <summary>Universal part-of-speech tag, or null before tagging.</summary>
    public string? Upos { get; init; }

    /// <summary>Penn Treebank tag, or null before tagging.</summary>
    public string? Xpos { get; init; }

    /// <summary>Lemma, or null before lemmatisation.</summary>
    public string? Lemma { get; init; }

    /// <summary>Document-level index of the syntactic head; -1 for the root or before parsing.</summary>
    public int Head { get; init; }

    /// <summary>Universal Dependencies relation to the head, or null before parsing.</summary>
    public string? Relation { get; init; }

    /// <summary>True when whitespace follows the token in the original text.</summary>
    public bool SpaceAfter { get; init; }
}
