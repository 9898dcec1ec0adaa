using Detente.Core.Model;

namespace Detente.Nlp.Quotes;

/// <summary>One attribution found in a sentence: who (source), the cue, and what was said (content), as ranges.</summary>
internal sealed class Attribution
{
    /// <summary>The sentence holding the cue.</summary>
    public required int Sentence { get; init; }

    /// <summary>The cue ("has said", "according to", "told").</summary>
    public required TextRange Cue { get; init; }

    /// <summary>The words naming the source, when any.</summary>
    public TextRange? Source { get; set; }

    /// <summary>The content, when in the same sentence; null for a cue that only sets the speaker ("X's remarks were reported").</summary>
    public TextRange? Content { get; set; }

    /// <summary>True when the cue may attribute direct quotes nearby.</summary>
    public bool Speech { get; init; }

    /// <summary>The rule that found it.</summary>
    public required string Rule { get; init; }

    /// <summary>The resolved speaker, filled in after all attributions are known.</summary>
    public QuoteSpeaker? Speaker { get; set; }

    /// <summary>The medium, when named.</summary>
    public string? Medium { get; set; }

    /// <summary>When it was said, when a time expression says so.</summary>
    public string? Date { get; set; }
}
