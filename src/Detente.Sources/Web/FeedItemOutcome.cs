using Detente.Core.Model;
using Detente.Sources.Feeds;

namespace Detente.Sources.Web;

/// <summary>What became of one feed item: its article, or the reason there is none.</summary>
/// <param name="Item">The feed item.</param>
/// <param name="Article">The article read from the linked page, when it could be read.</param>
/// <param name="Error">Why there is no article (names the URL), when there is none.</param>
public sealed record FeedItemOutcome(FeedItem Item, Article? Article, string? Error);
