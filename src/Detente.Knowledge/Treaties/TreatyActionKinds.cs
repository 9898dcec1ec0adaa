using System.Collections.Frozen;

namespace Detente.Knowledge.Treaties;

/// <summary>The names of treaty actions and lifecycle events, shared by the knowledge base and the text extractor.</summary>
public static class TreatyActionKinds
{
    /// <summary>A party signed (or adopted) the agreement.</summary>
    public const string Sign = "sign";

    /// <summary>A party ratified, accepted or acceded.</summary>
    public const string Ratify = "ratify";

    /// <summary>The agreement entered into force.</summary>
    public const string EnterIntoForce = "enter_into_force";

    /// <summary>The agreement was extended.</summary>
    public const string Extend = "extend";

    /// <summary>A party suspended its participation.</summary>
    public const string Suspend = "suspend";

    /// <summary>A party resumed participation.</summary>
    public const string Resume = "resume";

    /// <summary>A party announced it would withdraw.</summary>
    public const string WithdrawAnnounced = "withdraw_announced";

    /// <summary>A party gave formal notice of withdrawal.</summary>
    public const string WithdrawNotified = "withdraw_notified";

    /// <summary>A party's withdrawal took effect (or a party is reported to have withdrawn).</summary>
    public const string Withdraw = "withdraw";

    /// <summary>The agreement was terminated.</summary>
    public const string Terminate = "terminate";

    /// <summary>The agreement expired.</summary>
    public const string Expire = "expire";

    /// <summary>A party violated the agreement.</summary>
    public const string Violate = "violate";

    /// <summary>A party accused another of violating the agreement.</summary>
    public const string AccuseViolation = "accuse_violation";

    /// <summary>A party revoked its ratification.</summary>
    public const string Deratify = "deratify";

    /// <summary>The agreement was amended, reissued or supplemented (knowledge base only).</summary>
    public const string Amend = "amend";

    /// <summary>Sanctions were reimposed under a snapback clause (knowledge base only).</summary>
    public const string Snapback = "snapback";

    /// <summary>Every kind, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Sign, Ratify, EnterIntoForce, Extend, Suspend, Resume, WithdrawAnnounced, WithdrawNotified, Withdraw,
        Terminate, Expire, Violate, AccuseViolation, Deratify, Amend, Snapback,
    ];

    private static readonly FrozenSet<string> Known = All.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="kind"/> is a known kind.</summary>
    public static bool IsKnown(string kind) => Known.Contains(kind);
}
