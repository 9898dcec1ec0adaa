namespace Detente.Core.Model;

/// <summary>A half-open range [Start, End) of UTF-16 indices into a document's text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when <paramref name="other"/> lies wholly inside this range.</summary>
    public bool Contains(TextRange other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the offset lies inside this range.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when the two ranges share at least one character.</summary>
    public bool Overlaps(TextRange other) => other.Start < End && Start < other.End;

    /// <summary>The covered text of <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, End - Start);

    /// <summary>The covered text as a span, without allocating.</summary>
    public ReadOnlySpan<char> SpanOf(string text) => text.AsSpan(Start, End - Start);
}
