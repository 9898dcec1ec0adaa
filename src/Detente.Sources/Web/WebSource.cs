using Detente.Core.Model;
using Detente.Sources.Feeds;
using Detente.Sources.Html;

namespace Detente.Sources.Web;

/// <summary>Reads articles from URLs and feeds: fetch, decode, parse, extract. Errors name the URL.</summary>
public sealed class WebSource
{
    private readonly WebFetcher _fetcher;
    private readonly HtmlArticleReader _reader;
    private readonly FeedParser _feeds;

    /// <summary>Creates a web source from its parts.</summary>
    public WebSource(WebFetcher fetcher, HtmlArticleReader reader, FeedParser feeds)
    {
        _fetcher = fetcher;
        _reader = reader;
        _feeds = feeds;
    }

    /// <summary>Fetches and extracts one page; null when the server says it has not changed since <paramref name="validators"/>.</summary>
    /// <exception cref="FetchException">The fetch failed.</exception>
    /// <exception cref="InvalidDataException">The page holds no article text.</exception>
    public async Task<(Article? Article, FetchResult Fetch)> ReadPageAsync(string url, Validators? validators = null, CancellationToken cancellationToken = default)
    {
        var fetch = await _fetcher.FetchAsync(url, ContentKind.Html, validators, cancellationToken).ConfigureAwait(false);
        if (fetch.NotModified)
        {
            return (null, fetch);
        }

        return (_reader.Read(fetch.Text(), url, fetch.FinalUrl.ToString()), fetch);
    }

    /// <summary>Fetches and parses a feed; the feed is null when the server says it has not changed.</summary>
    /// <exception cref="FetchException">The fetch failed.</exception>
    /// <exception cref="FeedFormatException">The document is not a readable feed.</exception>
    public async Task<(Feed? Feed, FetchResult Fetch)> ReadFeedAsync(string url, Validators? validators = null, CancellationToken cancellationToken = default)
    {
        var fetch = await _fetcher.FetchAsync(url, ContentKind.Feed, validators, cancellationToken).ConfigureAwait(false);
        return fetch.NotModified ? (null, fetch) : (_feeds.Parse(fetch.Body, fetch.FinalUrl.ToString(), fetch.Charset), fetch);
    }

    /// <summary>
    /// Fetches the page each item links to, in order. An item whose page cannot be read yields its error message
    /// and no article; the item's feed date fills in when the page has none.
    /// </summary>
    public async IAsyncEnumerable<FeedItemOutcome> ReadItemsAsync(IEnumerable<FeedItem> items, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            if (item.Link is null)
            {
                yield return new FeedItemOutcome(item, null, $"feed item '{item.Title ?? item.Id}': no link to an article");
                continue;
            }

            Article? article = null;
            string? error = null;
            try
            {
                (article, _) = await ReadPageAsync(item.Link, null, cancellationToken).ConfigureAwait(false);
                if (article is not null && article.Published is null && item.Published is { } d)
                {
                    article = article with { Published = DateOnly.FromDateTime(d.DateTime) };
                }
            }
            catch (Exception e) when (e is FetchException or InvalidDataException)
            {
                error = e.Message;
            }

            yield return new FeedItemOutcome(item, article, error);
        }
    }
}
