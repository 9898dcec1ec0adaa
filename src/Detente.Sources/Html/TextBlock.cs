namespace Detente.Sources.Html;

/// <summary>One paragraph of page text and how much of it sits inside links.</summary>
/// <param name="Text">The paragraph, whitespace collapsed and trimmed.</param>
/// <param name="LinkChars">Characters of <paramref name="Text"/> inside a elements.</param>
public readonly record struct TextBlock(string Text, int LinkChars)
{
    /// <summary>Share of the text inside links (0 to 1).</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}
