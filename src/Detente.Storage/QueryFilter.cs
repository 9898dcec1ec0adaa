namespace Detente.Storage;

/// <summary>Filters shared by the listing queries; null means no filter.</summary>
public sealed record QueryFilter
{
    /// <summary>
    /// An actor id, country or CAMEO code the source or target must equal; when no event has one equal to it, a
    /// part of the source's or target's name (case-insensitive).
    /// </summary>
    public string? Actor { get; init; }

    /// <summary>Two country codes: events between them in either direction.</summary>
    public (string A, string B)? Dyad { get; init; }

    /// <summary>Earliest date (inclusive), compared as ISO 8601 prefixes.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Latest date (inclusive).</summary>
    public DateOnly? To { get; init; }

    /// <summary>A CAMEO code prefix ("11" matches 111, 112 ...).</summary>
    public string? Code { get; init; }

    /// <summary>A quad class 0..4.</summary>
    public int? Quad { get; init; }

    /// <summary>A modality (asserted, negated ...).</summary>
    public string? Modality { get; init; }

    /// <summary>An article id.</summary>
    public string? Article { get; init; }

    /// <summary>A speaker name or id (quotes).</summary>
    public string? Speaker { get; init; }

    /// <summary>A treaty id or alias (treaty actions).</summary>
    public string? Treaty { get; init; }

    /// <summary>Newest first instead of oldest first (events).</summary>
    public bool NewestFirst { get; init; }

    /// <summary>Largest number of rows.</summary>
    public int Limit { get; init; } = 1000;

    /// <summary>Rows to skip (paging).</summary>
    public int Offset { get; init; }
}
