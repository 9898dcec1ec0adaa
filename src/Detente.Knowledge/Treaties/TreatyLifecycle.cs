using System.Collections.Immutable;

namespace Detente.Knowledge.Treaties;

/// <summary>
/// Applies the lifecycle rules of the knowledge base to tell where a party stands with an agreement on any date:
/// signature, ratification and entry into force bind a party; a suspension holds until resumed; a notice of
/// withdrawal takes effect after the notice period (or on the recorded effective date); expiry and termination
/// end the agreement for all; when one party leaves a bilateral agreement, it ends for the other.
/// </summary>
public sealed class TreatyLifecycle
{
    private readonly TreatyKnowledgeBase _kb;

    /// <summary>Creates the rules over a knowledge base.</summary>
    public TreatyLifecycle(TreatyKnowledgeBase kb) => _kb = kb;

    /// <summary>The knowledge base.</summary>
    public TreatyKnowledgeBase KnowledgeBase => _kb;

    /// <summary>Where <paramref name="party"/> stands with the agreement <paramref name="treatyId"/> on <paramref name="date"/>.</summary>
    /// <exception cref="KeyNotFoundException">No agreement has that id.</exception>
    public PartyStatus StatusAsOf(string treatyId, string party, DateOnly date) =>
        StatusAsOf(_kb.Find(treatyId) ?? throw new KeyNotFoundException($"unknown treaty '{treatyId}'"), party, date);

    /// <summary>Where <paramref name="party"/> stands with <paramref name="treaty"/> on <paramref name="date"/>.</summary>
    public PartyStatus StatusAsOf(TreatyRecord treaty, string party, DateOnly date)
    {
        string seat = _kb.Seat(party);
        var own = SeatStatus(treaty, seat, date);
        if (own.Status is not (TreatyStatus.InForce or TreatyStatus.Suspended) || !IsBilateral(treaty))
        {
            return own;
        }

        string other = treaty.Parties.Select(_kb.Seat).First(p => !string.Equals(p, seat, StringComparison.Ordinal));
        var theirs = SeatStatus(treaty, other, date);
        return theirs.Status == TreatyStatus.Withdrawn
            ? own with { Status = TreatyStatus.Terminated, Since = theirs.Since, NoticeGiven = null, NoticeEffective = null, Basis = theirs.Basis }
            : own;
    }

    /// <summary>The status board on a date: every agreement by every listed party.</summary>
    public ImmutableArray<PartyStatus> Board(DateOnly date) =>
    [
        .. from t in _kb.Treaties
           from seat in t.Parties.Select(_kb.Seat).Distinct(StringComparer.Ordinal)
           select StatusAsOf(t, seat, date),
    ];

    /// <summary>The events of <paramref name="treaty"/> that concern <paramref name="seat"/>, with withdrawals that follow from notices added.</summary>
    public ImmutableArray<LifecycleEvent> EventsFor(TreatyRecord treaty, string seat)
    {
        var list = treaty.Events.Where(e => e.IsTreatyLevel || e.Parties.Any(p => _kb.Seat(p) == seat)).ToList();
        foreach (var notice in list.Where(e => e.Kind == TreatyActionKinds.WithdrawNotified).ToList())
        {
            var effective = notice.Effective ?? (treaty.Notice is { } period && notice.Date.IsExact
                ? PartialDate.From(period.After(notice.Date.First))
                : null);
            bool recorded = list.Any(e => e.Kind == TreatyActionKinds.Withdraw && e.Date >= notice.Date && !e.IsTreatyLevel);
            if (effective is { } eff && !recorded)
            {
                list.Add(notice with { Date = eff, Kind = TreatyActionKinds.Withdraw, Effective = null, Origin = notice.Origin + " (notice period)" });
            }
        }

        return [.. list.OrderBy(Applies).ThenBy(e => Rank(e.Kind))];
    }

    private bool IsBilateral(TreatyRecord treaty) =>
        treaty.PartiesComplete && treaty.Parties.Select(_kb.Seat).Distinct(StringComparer.Ordinal).Count() == 2;

    private PartyStatus SeatStatus(TreatyRecord treaty, string seat, DateOnly date)
    {
        string holder = _kb.Holder(seat, date);
        if (!treaty.Parties.Any(p => _kb.Seat(p) == seat))
        {
            return new PartyStatus(treaty.Id, holder, treaty.PartiesComplete ? TreatyStatus.NeverJoined : TreatyStatus.Unknown, null, null, null, null);
        }

        var events = EventsFor(treaty, seat);
        bool joins = events.Any(e => e.Kind is TreatyActionKinds.Sign or TreatyActionKinds.Ratify);
        var state = joins ? TreatyStatus.NeverJoined : TreatyStatus.Unknown;
        PartialDate? since = null, notice = null, noticeEffective = null;
        LifecycleEvent? basis = null;
        bool inForce = false;

        void Set(TreatyStatus s, LifecycleEvent e)
        {
            state = s;
            since = e.TakesEffect;
            basis = e;
        }

        foreach (var e in events)
        {
            if (Applies(e).First > date)
            {
                if (e.Kind == TreatyActionKinds.Withdraw && notice is not null && noticeEffective is null)
                {
                    noticeEffective = e.TakesEffect;
                }

                continue;
            }

            switch (e.Kind)
            {
                case TreatyActionKinds.Sign when state is TreatyStatus.NeverJoined:
                    Set(inForce ? TreatyStatus.InForce : TreatyStatus.SignedNotRatified, e);
                    break;
                case TreatyActionKinds.Ratify when state is TreatyStatus.NeverJoined or TreatyStatus.SignedNotRatified:
                    Set(inForce ? TreatyStatus.InForce : TreatyStatus.RatifiedNotInForce, e);
                    break;
                case TreatyActionKinds.EnterIntoForce:
                    inForce = true;
                    if (state is TreatyStatus.SignedNotRatified or TreatyStatus.RatifiedNotInForce)
                    {
                        Set(TreatyStatus.InForce, e);
                    }

                    break;
                case TreatyActionKinds.Suspend when state is TreatyStatus.InForce:
                    Set(TreatyStatus.Suspended, e);
                    break;
                case TreatyActionKinds.Resume when state is TreatyStatus.Suspended:
                    Set(TreatyStatus.InForce, e);
                    break;
                case TreatyActionKinds.WithdrawNotified when state is not (TreatyStatus.Withdrawn or TreatyStatus.Expired or TreatyStatus.Terminated):
                    notice = e.Date;
                    noticeEffective = e.Effective;
                    break;
                case TreatyActionKinds.Withdraw when state is not (TreatyStatus.Expired or TreatyStatus.Terminated):
                    Set(TreatyStatus.Withdrawn, e);
                    notice = noticeEffective = null;
                    break;
                case TreatyActionKinds.Deratify:
                    Set(inForce ? TreatyStatus.Withdrawn : TreatyStatus.SignedNotRatified, e);
                    break;
                case TreatyActionKinds.Expire when state is not TreatyStatus.Withdrawn:
                    Set(TreatyStatus.Expired, e);
                    notice = noticeEffective = null;
                    break;
                case TreatyActionKinds.Terminate when state is not TreatyStatus.Withdrawn:
                    Set(TreatyStatus.Terminated, e);
                    notice = noticeEffective = null;
                    break;
            }
        }

        return new PartyStatus(treaty.Id, holder, state, since, notice, noticeEffective, basis);
    }

    /// <summary>The day an event counts from: a notice counts when given, other events when they take effect.</summary>
    private static PartialDate Applies(LifecycleEvent e) => e.Kind == TreatyActionKinds.WithdrawNotified ? e.Date : e.TakesEffect;

    private static int Rank(string kind) => kind switch
    {
        TreatyActionKinds.Sign => 0,
        TreatyActionKinds.Ratify => 1,
        TreatyActionKinds.EnterIntoForce => 2,
        TreatyActionKinds.WithdrawNotified => 4,
        TreatyActionKinds.Withdraw => 5,
        TreatyActionKinds.Expire or TreatyActionKinds.Terminate => 6,
        _ => 3,
    };
}
