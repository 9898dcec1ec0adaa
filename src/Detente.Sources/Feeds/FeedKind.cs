namespace Detente.Sources.Feeds;

/// <summary>The syndication format a feed was written in.</summary>
public enum FeedKind
{
    /// <summary>RSS 0.91 or 0.92 (Netscape/UserLand).</summary>
    Rss09,

    /// <summary>RSS 1.0 (RDF).</summary>
    Rss10,

    /// <summary>RSS 2.0.</summary>
    Rss20,

    /// <summary>Atom 1.0.</summary>
    Atom,
}
