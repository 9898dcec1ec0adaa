using Detente.Core.Model;

namespace Detente.Nlp.Entities;

/// <summary>A mention being built: where it stands, what it names, and what coreference needs to know about it.</summary>
internal sealed class Draft
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required MentionType Type { get; init; }

    public required Actor? Actor { get; init; }

    public required string Rule { get; init; }

    public required int Sentence { get; init; }

    public required bool InQuote { get; init; }

    /// <summary>Index of the mention this one refers back to.</summary>
    public int? Antecedent { get; set; }

    /// <summary>Knowledge-base id of the person named, when it is one.</summary>
    public string? PersonId { get; init; }

    /// <summary>'m', 'f' or '?' for people and pronouns.</summary>
    public char Gender { get; init; } = '?';

    public Mention ToMention(string text) =>
        new(new TextRange(Start, End), text.Substring(Start, End - Start), Type, Actor, Antecedent, Rule);
}
