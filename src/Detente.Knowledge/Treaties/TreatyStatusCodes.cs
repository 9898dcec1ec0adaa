namespace Detente.Knowledge.Treaties;

/// <summary>The snake_case codes of <see cref="TreatyStatus"/> used in output and storage.</summary>
public static class TreatyStatusCodes
{
    /// <summary>The code of a status ("in_force", "signed_not_ratified" ...).</summary>
    public static string Code(this TreatyStatus status) => status switch
    {
        TreatyStatus.NeverJoined => "never_joined",
        TreatyStatus.SignedNotRatified => "signed_not_ratified",
        TreatyStatus.RatifiedNotInForce => "ratified_not_in_force",
        TreatyStatus.InForce => "in_force",
        TreatyStatus.Suspended => "suspended",
        TreatyStatus.Withdrawn => "withdrawn",
        TreatyStatus.Expired => "expired",
        TreatyStatus.Terminated => "terminated",
        _ => "unknown",
    };
}
