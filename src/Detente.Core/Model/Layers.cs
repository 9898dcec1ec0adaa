namespace Detente.Core.Model;

/// <summary>The annotation layers a <see cref="Document"/> can carry; stages declare which they need and make.</summary>
[Flags]
public enum Layers
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>A normalised view of the text with the same length as the original.</summary>
    Normalized = 1 << 0,

    /// <summary>Boilerplate lines ("Read more", "Leave a Reply") marked so later stages skip them.</summary>
    Boilerplate = 1 << 1,

    /// <summary>Tokens with ranges and normalised forms.</summary>
    Tokens = 1 << 2,

    /// <summary>Sentence boundaries.</summary>
    Sentences = 1 << 3,

    /// <summary>Part-of-speech tags (UPOS and Penn XPOS).</summary>
    Tags = 1 << 4,

    /// <summary>Lemmas.</summary>
    Lemmas = 1 << 5,

    /// <summary>Dependency heads and relations.</summary>
    Dependencies = 1 << 6,

    /// <summary>The reference date of the article.</summary>
    ReferenceDate = 1 << 7,

    /// <summary>Actor mentions resolved against the knowledge base.</summary>
    Mentions = 1 << 8,

    /// <summary>Time expressions with normalised values.</summary>
    Times = 1 << 9,

    /// <summary>Coded political events.</summary>
    Events = 1 << 10,

    /// <summary>Quotations with speakers.</summary>
    Quotes = 1 << 11,

    /// <summary>Treaty actions.</summary>
    TreatyActions = 1 << 12,

    /// <summary>Repeated mentions of one event fused together.</summary>
    Fusion = 1 << 13,
}
