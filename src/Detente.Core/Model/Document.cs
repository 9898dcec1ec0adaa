using System.Collections.Immutable;

namespace Detente.Core.Model;

/// <summary>
/// One article and everything found in it. The text is held once; every annotation is a range into it.
/// Stages never mutate a document: they return a copy with their layers added (<c>doc with { ... }</c>).
/// </summary>
public sealed record Document
{
    /// <summary>Creates a document with no annotations for <paramref name="article"/>.</summary>
    public Document(Article article)
    {
        Article = article;
        if (article.Published is { } published)
        {
            ReferenceDate = published;
            DateSource = DateSource.Given;
            DateConfidence = 1.0;
        }
    }

    /// <summary>The article.</summary>
    public Article Article { get; init; }

    /// <summary>The original text every offset indexes.</summary>
    public string Text => Article.Text;

    /// <summary>The layers already present.</summary>
    public Layers Present { get; init; }

    /// <summary>A normalised view of <see cref="Text"/> of exactly the same length (straight quotes, plain spaces ...).</summary>
    public string? NormalizedText { get; init; }

    /// <summary>The date the article speaks from, when known.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>Where <see cref="ReferenceDate"/> came from.</summary>
    public DateSource DateSource { get; init; }

    /// <summary>Confidence in the reference date, in [0, 1].</summary>
    public double DateConfidence { get; init; }

    /// <summary>Precision of an inferred reference date: "day", "month" or "year".</summary>
    public string? DatePrecision { get; init; }

    /// <summary>Lines recognised as boilerplate, excluded from sentences.</summary>
    public ImmutableArray<TextRange> Boilerplate { get; init; } = [];

    /// <summary>Tokens in text order.</summary>
    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>Sentences in text order.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>Actor mentions in text order.</summary>
    public ImmutableArray<Mention> Mentions { get; init; } = [];

    /// <summary>Time expressions in text order.</summary>
    public ImmutableArray<TimeExpression> Times { get; init; } = [];

    /// <summary>Coded events.</summary>
    public ImmutableArray<PoliticalEvent> Events { get; init; } = [];

    /// <summary>Quotations.</summary>
    public ImmutableArray<Quote> Quotes { get; init; } = [];

    /// <summary>Treaty actions.</summary>
    public ImmutableArray<TreatyAction> TreatyActions { get; init; } = [];

    /// <summary>The text of a range of this document.</summary>
    public string Slice(TextRange range) => range.Of(Article.Text);

    /// <summary>The tokens of sentence <paramref name="index"/>.</summary>
    public ReadOnlySpan<Token> TokensOf(int index)
    {
        var s = Sentences[index];
        return Tokens.AsSpan().Slice(s.FirstToken, s.TokenCount);
    }

    /// <summary>Index of the sentence that contains <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var r = Sentences[mid].Range;
            if (offset < r.Start) hi = mid - 1;
            else if (offset >= r.End) lo = mid + 1;
            else return mid;
        }

        return -1;
    }
}
