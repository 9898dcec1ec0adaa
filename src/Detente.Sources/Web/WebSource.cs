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
    /// Fetches an address that may be a page or a feed, and reads it as what it turns out to be: a feed when the
    /// content type says XML or the document's root is &lt;rss&gt;, &lt;feed&gt; or &lt;rdf:RDF&gt;, else a page.
    /// </summary>
    /// <exception cref="FetchException">The fetch failed.</exception>
    /// <exception cref="FeedFormatException">The address serves a feed that cannot be read.</exception>
    /// <exception cref="InvalidDataException">The address serves a page without article text.</exception>
    public async Task<WebResource> ReadAsync(string url, Validators? validators = null, CancellationToken cancellationToken = default)
    {
        var fetch = await _fetcher.FetchAsync(url, ContentKind.Any, validators, cancellationToken).ConfigureAwait(false);
        if (fetch.NotModified)
        {
            return new WebResource(fetch, null, null);
        }

        var text = fetch.Text();
        bool xmlType = fetch.ContentType is { } type && type.EndsWith("xml", StringComparison.Ordinal) && type != "application/xhtml+xml";
        if (FeedSniffer.LooksLikeFeed(text) || (xmlType && !string.Equals(FeedSniffer.FirstElement(text), "html", StringComparison.OrdinalIgnoreCase)))
        {
            return new WebResource(fetch, _feeds.Parse(text, fetch.FinalUrl.ToString()), null);
        }

        return new WebResource(fetch, null, _reader.Read(text, url, fetch.FinalUrl.ToString()));
    }

    /// <summary>
    /// Reads a URL named as an input: the article of a page, or the article of every item of a feed (its linked
    /// page). Every problem comes back as an item naming the URL; nothing is thrown.
    /// </summary>
    public async IAsyncEnumerable<SourceItem> ReadInputAsync(string url, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        WebResource? resource = null;
        Exception? problem = null;
        try
        {
            resource = await ReadAsync(url, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FetchException or FeedFormatException or InvalidDataException)
        {
            problem = e;
        }

        if (resource?.Article is { } article)
        {
            yield return SourceItem.Ok(url, article);
        }
        else if (resource?.Feed is { } feed)
        {
            await foreach (var item in ReadFeedItemsAsync(feed, url, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
        else
        {
            yield return SourceItem.Fail(url, problem!);
        }
    }

    /// <summary>
    /// The articles of a feed's items, in order: the linked page of each; an item without a link gives its own
    /// title and summary when it has text. Problems come back as items naming the item's URL.
    /// </summary>
    public async IAsyncEnumerable<SourceItem> ReadFeedItemsAsync(Feed feed, string source, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        if (feed.Items.Count == 0)
        {
            yield return SourceItem.Fail(source, "the feed has no items");
        }

        foreach (var item in feed.Items)
        {
            yield return await ReadFeedItemAsync(item, source, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The article of one feed item (see <see cref="ReadFeedItemsAsync"/>), or an item naming the problem.</summary>
    public async Task<SourceItem> ReadFeedItemAsync(FeedItem item, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Link is null)
        {
            return SummaryItem(item, source);
        }

        try
        {
            return SourceItem.Ok(item.Link, await ReadItemAsync(item, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is FetchException or InvalidDataException)
        {
            return SourceItem.Fail(item.Link, e);
        }
    }

    /// <summary>The article a feed item without a link carries itself: its title and summary, or an item naming the problem.</summary>
    public static SourceItem SummaryItem(FeedItem item, string source)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Summary is not { Length: > 0 } summary)
        {
            return SourceItem.Fail(source, $"feed item '{item.Title ?? item.Id}': no link to an article and no text");
        }

        DateOnly? published = item.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : null;
        return SourceItem.Ok(source, new Article(HtmlArticleReader.IdFor(source + "#" + item.Id), summary, item.Title, published, source) { Author = item.Author });
    }

    /// <summary>Fetches the page <paramref name="item"/> links to; its feed date fills in when the page has none.</summary>
    /// <exception cref="FetchException">The fetch failed.</exception>
    /// <exception cref="InvalidDataException">The item has no link, or its page holds no article text.</exception>
    public async Task<Article> ReadItemAsync(FeedItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Link is null)
        {
            throw new InvalidDataException($"feed item '{item.Title ?? item.Id}': no link to an article");
        }

        var (article, _) = await ReadPageAsync(item.Link, null, cancellationToken).ConfigureAwait(false);
        return article!.Published is null && item.Published is { } d ? article with { Published = DateOnly.FromDateTime(d.DateTime) } : article;
    }

    /// <summary>
    /// Fetches the page each item links to, in order. An item whose page cannot be read yields its error message
    /// and no article; the item's feed date fills in when the page has none.
    /// </summary>
    public async IAsyncEnumerable<FeedItemOutcome> ReadItemsAsync(IEnumerable<FeedItem> items, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            Article? article = null;
            string? error = null;
            try
            {
                article = await ReadItemAsync(item, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is FetchException or InvalidDataException)
            {
                error = e.Message;
            }

            yield return new FeedItemOutcome(item, article, error);
        }
    }
}
