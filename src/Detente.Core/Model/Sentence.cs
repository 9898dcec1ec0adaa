namespace Detente.Core.Model;

/// <summary>A sentence: its range and the tokens it owns (document-level indices).</summary>
public readonly record struct Sentence(TextRange Range, int FirstToken, int TokenCount)
{
    /// <summary>Index one past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
