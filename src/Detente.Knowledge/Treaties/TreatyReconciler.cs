using Detente.Core.Model;

namespace Detente.Knowledge.Treaties;

/// <summary>
/// Compares a treaty action found in text with the knowledge base: <c>consistent</c> when a recorded event of
/// the same kind and party fits its date (or the text gives no date), <c>conflict</c> when the record puts that
/// event at another date or the lifecycle rules it out (suspending an agreement already left), <c>new</c> otherwise.
/// </summary>
public sealed class TreatyReconciler
{
    private readonly TreatyLifecycle _lifecycle;

    /// <summary>Creates the reconciler over the lifecycle rules.</summary>
    public TreatyReconciler(TreatyLifecycle lifecycle) => _lifecycle = lifecycle;

    /// <summary>Reconciles one action.</summary>
    /// <param name="treatyId">The agreement's id (unknown ids are always new).</param>
    /// <param name="action">The action kind.</param>
    /// <param name="party">ISO alpha-3 code of the acting party, when known.</param>
    /// <param name="date">The action's date from the text, when any.</param>
    /// <param name="modality">Whether the text asserts, negates, plans ... the action.</param>
    /// <param name="referenceDate">The date the article speaks from, when known.</param>
    public Reconciliation Reconcile(string treatyId, string action, string? party, PartialDate? date, Modality modality, DateOnly? referenceDate)
    {
        var kb = _lifecycle.KnowledgeBase;
        if (kb.Find(treatyId) is not { } treaty)
        {
            return new Reconciliation(Reconciliation.New, date, null, "agreement not in the knowledge base");
        }

        string? seat = party is null ? null : kb.Seat(party);
        var kinds = Counterparts(action);
        var candidates = treaty.Events
            .Where(e => kinds.Contains(e.Kind, StringComparer.Ordinal))
            .Where(e => seat is null || e.IsTreatyLevel || e.Parties.Any(p => kb.Seat(p) == seat))
            .OrderBy(e => e.Kind == action ? 0 : 1)
            .ToList();
        var fitting = candidates.FirstOrDefault(e => date is not { } d || d.Overlaps(e.Date) || d.Overlaps(e.TakesEffect));

        if (modality == Modality.Negated)
        {
            return fitting is null
                ? new Reconciliation(Reconciliation.Consistent, date, null, "no such event is recorded")
                : new Reconciliation(Reconciliation.Conflict, date, fitting, $"recorded at {fitting.Origin}");
        }

        if (modality is Modality.Future or Modality.Hypothetical)
        {
            var later = candidates.FirstOrDefault(e => (date is { } d ? d.Overlaps(e.TakesEffect) : referenceDate is { } r && e.TakesEffect.Last >= r));
            return later is null
                ? new Reconciliation(Reconciliation.New, date, null, "not recorded after the article")
                : new Reconciliation(Reconciliation.Consistent, date, later, $"took place as recorded at {later.Origin}");
        }

        if (fitting is not null)
        {
            return new Reconciliation(Reconciliation.Consistent, date ?? fitting.TakesEffect, fitting, $"recorded at {fitting.Origin}");
        }

        if (candidates.Count > 0 && !IsRepeatable(action))
        {
            var c = candidates[0];
            return new Reconciliation(Reconciliation.Conflict, date, c, $"recorded on {c.TakesEffect} at {c.Origin}");
        }

        if (seat is not null && (date?.Last ?? referenceDate) is { } asOf && RuledOut(treaty, seat, action, asOf) is { } why)
        {
            return new Reconciliation(Reconciliation.Conflict, date, null, why);
        }

        return new Reconciliation(Reconciliation.New, date, null, "not recorded");
    }

    private string? RuledOut(TreatyRecord treaty, string seat, string action, DateOnly asOf)
    {
        if (action is TreatyActionKinds.Sign or TreatyActionKinds.Violate or TreatyActionKinds.AccuseViolation)
        {
            return null;
        }

        var before = _lifecycle.StatusAsOf(treaty, seat, asOf.AddDays(-1));
        return before.Status switch
        {
            TreatyStatus.Withdrawn or TreatyStatus.Expired or TreatyStatus.Terminated =>
                $"{before.Party} was already {before.Status.Code()} ({before.Describe()})",
            TreatyStatus.NeverJoined => $"{before.Party} was never a party",
            TreatyStatus.InForce when action == TreatyActionKinds.Resume => $"{before.Party} had not suspended it",
            _ => null,
        };
    }

    private static bool IsRepeatable(string action) =>
        action is TreatyActionKinds.Suspend or TreatyActionKinds.Resume or TreatyActionKinds.Extend
            or TreatyActionKinds.Violate or TreatyActionKinds.AccuseViolation or TreatyActionKinds.WithdrawAnnounced;

    private static string[] Counterparts(string action) => action switch
    {
        TreatyActionKinds.Withdraw => [TreatyActionKinds.Withdraw, TreatyActionKinds.WithdrawNotified],
        TreatyActionKinds.WithdrawAnnounced => [TreatyActionKinds.WithdrawAnnounced, TreatyActionKinds.WithdrawNotified],
        TreatyActionKinds.Terminate => [TreatyActionKinds.Terminate, TreatyActionKinds.Expire, TreatyActionKinds.Withdraw, TreatyActionKinds.WithdrawNotified],
        TreatyActionKinds.Violate or TreatyActionKinds.AccuseViolation => [TreatyActionKinds.Violate, TreatyActionKinds.AccuseViolation],
        _ => [action],
    };
}
