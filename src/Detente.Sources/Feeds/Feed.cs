namespace Detente.Sources.Feeds;

/// <summary>A parsed RSS or Atom feed.</summary>
/// <param name="Kind">Format of the feed.</param>
/// <param name="Title">Channel or feed title.</param>
/// <param name="Link">Channel home page, when given.</param>
/// <param name="Language">Declared language, when given.</param>
/// <param name="Items">Items in document order.</param>
public sealed record Feed(FeedKind Kind, string? Title, string? Link, string? Language, IReadOnlyList<FeedItem> Items);
