using System.Runtime.CompilerServices;
using Detente.Sources.Text;
using Detente.Sources.Web;

namespace Detente.Sources.Feeds;

/// <summary>
/// Reads saved RSS and Atom feeds (.rss, .atom, .xml): the article of each item is its linked page, fetched over
/// HTTP(S); an item without a link gives its own title and summary. Without web access, linked items are reported.
/// </summary>
public sealed class FeedFileReader : IFileReader
{
    private readonly FeedParser _parser;
    private readonly WebSource? _web;

    /// <summary>Creates a reader; <paramref name="web"/> fetches the linked pages (null: items with links fail with a message).</summary>
    public FeedFileReader(FeedParser parser, WebSource? web)
    {
        _parser = parser;
        _web = web;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".rss", ".atom", ".xml"];

    /// <inheritdoc />
    public async IAsyncEnumerable<SourceItem> ReadAsync(string path, ReadOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var bytes = await FileBytes.ReadAsync(path, options, cancellationToken).ConfigureAwait(false);
        if (bytes.Error is not null)
        {
            yield return SourceItem.Fail(path, bytes.Error);
            yield break;
        }

        Feed feed;
        try
        {
            feed = _parser.Parse(bytes.Data!, path);
        }
        catch (FeedFormatException e)
        {
            feed = new Feed(FeedKind.Rss20, null, null, null, []);
            bytes = (null, SourceItem.Fail(path, e).Error);
        }

        if (bytes.Error is not null)
        {
            yield return SourceItem.Fail(path, bytes.Error);
            yield break;
        }

        var items = _web is null
            ? ToAsync(feed.Items.Select(i => i.Link is null ? WebSource.SummaryItem(i, path) : SourceItem.Fail(i.Link, "reading the linked page needs web access")))
            : _web.ReadFeedItemsAsync(feed, path, cancellationToken);
        await foreach (var item in items.ConfigureAwait(false))
        {
            yield return options.Date is { } d && item.Article is { Published: null } a ? item with { Article = a with { Published = d } } : item;
        }
    }

    private static async IAsyncEnumerable<SourceItem> ToAsync(IEnumerable<SourceItem> items)
    {
        foreach (var item in items)
        {
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
