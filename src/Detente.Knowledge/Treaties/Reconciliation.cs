namespace Detente.Knowledge.Treaties;

/// <summary>How an action found in text compares with the knowledge base.</summary>
/// <param name="Status">"consistent", "new" or "conflict".</param>
/// <param name="Date">The action's date: the text's, or the matching lifecycle event's when the text gives none.</param>
/// <param name="Match">The lifecycle event the action refers to, when one was found.</param>
/// <param name="Reason">A short explanation for people reading the output.</param>
public sealed record Reconciliation(string Status, PartialDate? Date, LifecycleEvent? Match, string Reason)
{
    /// <summary>The action agrees with a recorded event or with the lifecycle.</summary>
    public const string Consistent = "consistent";

    /// <summary>The action is not recorded and does not contradict the lifecycle.</summary>
    public const string New = "new";

    /// <summary>The action contradicts the knowledge base.</summary>
    public const string Conflict = "conflict";
}
