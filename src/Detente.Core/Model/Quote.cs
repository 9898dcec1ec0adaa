namespace Detente.Core.Model;

/// <summary>A quotation or reported statement with its speaker, cue and medium.</summary>
public sealed record Quote
{
    /// <summary>The quoted content.</summary>
    public required TextRange Content { get; init; }

    /// <summary>The content's text.</summary>
    public required string Text { get; init; }

    /// <summary>Direct, partial, indirect or mixed.</summary>
    public QuoteKind Kind { get; init; }

    /// <summary>Who said it, when attributed.</summary>
    public QuoteSpeaker? Speaker { get; init; }

    /// <summary>The cue ("said", "told", "according to"), when any.</summary>
    public TextRange? Cue { get; init; }

    /// <summary>The medium ("CBS", "TASS"), when named.</summary>
    public string? Medium { get; init; }

    /// <summary>ISO 8601 prefix of when it was said, when known.</summary>
    public string? Date { get; init; }

    /// <summary>The rule that attributed it.</summary>
    public string? Rule { get; init; }
}
