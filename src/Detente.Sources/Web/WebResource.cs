using Detente.Core.Model;
using Detente.Sources.Feeds;

namespace Detente.Sources.Web;

/// <summary>What an address held when read: a feed, an article, or nothing new (HTTP 304).</summary>
/// <param name="Fetch">The fetch, with the validators to send next time.</param>
/// <param name="Feed">The feed, when the address serves one.</param>
/// <param name="Article">The article, when the address serves a page.</param>
public sealed record WebResource(FetchResult Fetch, Feed? Feed, Article? Article)
{
    /// <summary>True when the server said nothing changed since the validators sent.</summary>
    public bool NotModified => Fetch.NotModified;
}
