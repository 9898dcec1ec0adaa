namespace Detente.Knowledge.Treaties;

/// <summary>Where a party stands with an agreement on a date.</summary>
public enum TreatyStatus
{
    /// <summary>The knowledge base cannot tell (an open multilateral agreement, a party whose joining date is not recorded).</summary>
    Unknown,

    /// <summary>Not a signatory or party on the date.</summary>
    NeverJoined,

    /// <summary>Signed but not ratified (or ratification revoked) and not bound.</summary>
    SignedNotRatified,

    /// <summary>Ratified, but the agreement is not in force.</summary>
    RatifiedNotInForce,

    /// <summary>Bound by the agreement, which is in force.</summary>
    InForce,

    /// <summary>Participation suspended by the party.</summary>
    Suspended,

    /// <summary>The party's withdrawal has taken effect.</summary>
    Withdrawn,

    /// <summary>The agreement expired.</summary>
    Expired,

    /// <summary>The agreement ended for everyone (terminated, or the other party of a bilateral agreement withdrew).</summary>
    Terminated,
}
