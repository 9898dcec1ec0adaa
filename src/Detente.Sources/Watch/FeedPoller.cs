using Detente.Core.Model;
using Detente.Sources.Feeds;
using Detente.Sources.Web;

namespace Detente.Sources.Watch;

/// <summary>
/// Polls a feed for items not seen before: a conditional request (304 → nothing to do), then the linked page of
/// each new item. Items whose page fails are reported and not marked seen, so the next poll tries them again.
/// </summary>
public sealed class FeedPoller
{
    private readonly WebSource _web;
    private readonly TimeProvider _clock;

    /// <summary>Creates a poller over <paramref name="web"/>.</summary>
    public FeedPoller(WebSource web, TimeProvider? clock = null)
    {
        _web = web;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Polls the feed at <paramref name="state"/>.Source.</summary>
    public async Task<PollResult> PollAsync(SourceState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var now = _clock.GetUtcNow();
        Feed? feed;
        FetchResult fetch;
        try
        {
            (feed, fetch) = await _web.ReadFeedAsync(state.Source, state.Validators, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FetchException or FeedFormatException)
        {
            return new PollResult(state.Source, [], [e.Message], state with { LastChecked = now }, Unchanged: false);
        }

        if (feed is null)
        {
            return new PollResult(state.Source, [], [], state with { LastChecked = now }, Unchanged: true);
        }

        var seen = new HashSet<string>(state.Seen, StringComparer.Ordinal);
        var fresh = feed.Items.Where(i => !seen.Contains(i.Id)).ToList();
        var articles = new List<Article>();
        var messages = new List<string>();
        await foreach (var outcome in _web.ReadItemsAsync(fresh, cancellationToken).ConfigureAwait(false))
        {
            if (outcome.Article is { } article)
            {
                articles.Add(article);
                seen.Add(outcome.Item.Id);
            }
            else
            {
                messages.Add(outcome.Error ?? $"{state.Source}: item {outcome.Item.Id} gave no article");
                if (outcome.Item.Link is null)
                {
                    seen.Add(outcome.Item.Id); // nothing will ever come of it
                }
            }
        }

        var next = new SourceState(state.Source, fetch.Validators.IsEmpty ? null : fetch.Validators, seen, now);
        return new PollResult(state.Source, articles, messages, next, Unchanged: false);
    }
}
