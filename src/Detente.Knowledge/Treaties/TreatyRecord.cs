using System.Collections.Immutable;

namespace Detente.Knowledge.Treaties;

/// <summary>An agreement in the knowledge base: its names, parties, clauses and lifecycle.</summary>
public sealed record TreatyRecord
{
    /// <summary>Stable id ("INF", "NEW-START").</summary>
    public required string Id { get; init; }

    /// <summary>Preferred name.</summary>
    public required string Name { get; init; }

    /// <summary>Other names used in text, the name included.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>treaty, agreement, convention, politically_binding or plan.</summary>
    public required string Kind { get; init; }

    /// <summary>Duration: "unlimited", an ISO 8601 period, or unknown.</summary>
    public SourcedValue Duration { get; init; } = SourcedValue.Unknown;

    /// <summary>Withdrawal clause: an ISO 8601 notice period, "none", or unknown.</summary>
    public SourcedValue WithdrawalNotice { get; init; } = SourcedValue.Unknown;

    /// <summary>The notice period of the withdrawal clause, when known.</summary>
    public NoticePeriod? Notice => WithdrawalNotice.Value is { } v && NoticePeriod.TryParse(v, out var p) ? p : null;

    /// <summary>ISO alpha-3 codes of the parties (SUN is the USSR).</summary>
    public ImmutableArray<string> Parties { get; init; } = [];

    /// <summary>True when <see cref="Parties"/> lists every party.</summary>
    public bool PartiesComplete { get; init; }

    /// <summary>ISO alpha-3 codes of the depositaries.</summary>
    public ImmutableArray<string> Depositaries { get; init; } = [];

    /// <summary>Lifecycle events in date order.</summary>
    public ImmutableArray<LifecycleEvent> Events { get; init; } = [];

    /// <summary>Free-text notes.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>Where the record is written.</summary>
    public string Origin { get; init; } = "";

    /// <summary>The first event of a kind that concerns the agreement itself (entry into force, expiry ...), or null.</summary>
    public LifecycleEvent? TreatyEvent(string kind) =>
        Events.FirstOrDefault(e => e.IsTreatyLevel && string.Equals(e.Kind, kind, StringComparison.Ordinal));
}
