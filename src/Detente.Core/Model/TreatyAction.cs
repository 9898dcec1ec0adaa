namespace Detente.Core.Model;

/// <summary>An action on a treaty reported in the text (signed, suspended, withdrew ...).</summary>
public sealed record TreatyAction
{
    /// <summary>Knowledge-base id of the treaty, or a synthetic id for an unknown one.</summary>
    public required string Treaty { get; init; }

    /// <summary>The party that acted.</summary>
    public ActorRef? Party { get; init; }

    /// <summary>The other party involved, when any: the accused party of an accuse_violation action.</summary>
    public ActorRef? Counterpart { get; init; }

    /// <summary>
    /// The action: sign, ratify, enter_into_force, extend, suspend, resume, withdraw_announced, withdraw_notified,
    /// withdraw (taken effect, or reported as done), terminate, expire, violate, accuse_violation, deratify.
    /// </summary>
    public required string Action { get; init; }

    /// <summary>ISO 8601 prefix of the action's date, when known.</summary>
    public string? Date { get; init; }

    /// <summary>The evidence span.</summary>
    public TextRange Evidence { get; init; }

    /// <summary>Reconciliation with the knowledge base: consistent, new or conflict.</summary>
    public string? Status { get; init; }

    /// <summary>Whether the action happened, per the text.</summary>
    public Modality Modality { get; init; }

    /// <summary>The rule that fired.</summary>
    public string? Rule { get; init; }
}
