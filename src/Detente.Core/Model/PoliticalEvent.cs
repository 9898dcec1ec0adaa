namespace Detente.Core.Model;

/// <summary>One coded interaction between political actors, with its evidence and the rule that produced it.</summary>
public sealed record PoliticalEvent
{
    /// <summary>Who acted.</summary>
    public required ActorRef Source { get; init; }

    /// <summary>Who was acted upon, when anyone.</summary>
    public ActorRef? Target { get; init; }

    /// <summary>CAMEO code (two to four digits).</summary>
    public required string Cameo { get; init; }

    /// <summary>PLOVER event type.</summary>
    public string? Plover { get; init; }

    /// <summary>PLOVER mode, when any.</summary>
    public string? Mode { get; init; }

    /// <summary>Quad class 0..4 (0 neutral statement, 1 verbal cooperation ... 4 material conflict).</summary>
    public int Quad { get; init; }

    /// <summary>Goldstein weight of the CAMEO code.</summary>
    public double Goldstein { get; init; }

    /// <summary>Whether the event happened, per the text.</summary>
    public Modality Modality { get; init; }

    /// <summary>ISO 8601 prefix of the event's date, when known.</summary>
    public string? Date { get; init; }

    /// <summary>True when the event's date lies years before the article's reference date (a historical event).</summary>
    public bool Historical { get; init; }

    /// <summary>Index of the sentence that carries the event.</summary>
    public int Sentence { get; init; }

    /// <summary>The evidence span.</summary>
    public TextRange Evidence { get; init; }

    /// <summary>The predicate word or phrase that carries the event ("accused", "the withdrawal"); empty when unknown.</summary>
    public TextRange Trigger { get; init; }

    /// <summary>The rule that fired.</summary>
    public required string Rule { get; init; }

    /// <summary>Confidence in [0, 1].</summary>
    public double Confidence { get; init; }

    /// <summary>Identifier shared by all mentions of one real event after fusion; null before fusion.</summary>
    public string? FusionKey { get; init; }
}
