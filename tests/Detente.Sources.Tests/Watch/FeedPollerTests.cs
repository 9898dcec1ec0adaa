using System.Text;
using Detente.Sources.Feeds;
using Detente.Sources.Html;
using Detente.Sources.Tests.Web;
using Detente.Sources.Watch;
using Detente.Sources.Web;
using Detente.Tests.Common;

namespace Detente.Sources.Tests.Watch;

public sealed class FeedPollerTests : IAsyncLifetime
{
    private readonly LoopbackServer _server = new();
    private readonly WebFetcher _fetcher = new(new FetchOptions { Timeout = TimeSpan.FromSeconds(2), PerHostInterval = TimeSpan.Zero });
    private string _feedVersion = "v1";
    private string[] _items = ["/story/1", "/story/2"];

    public Task InitializeAsync()
    {
        _server.Map("/feed.xml", headers =>
        {
            var tag = "\"" + _feedVersion + "\"";
            if (headers.TryGetValue("If-None-Match", out var sent) && sent == tag)
            {
                return new CannedResponse(304, null, []);
            }

            var items = string.Concat(_items.Select(p => $"<item><title>{p}</title><link>{p}</link><guid>{p}</guid></item>"));
            var xml = $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Dale Crier</title>{items}</channel></rss>";
            return new CannedResponse(200, "application/rss+xml", Encoding.UTF8.GetBytes(xml)) { Headers = { ["ETag"] = tag } };
        });
        foreach (var n in new[] { 1, 2, 3 })
        {
            _server.Map("/story/" + n, CannedResponse.Text(Story(n)));
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _fetcher.Dispose();
        await _server.DisposeAsync();
    }

    private static string Story(int n) =>
        $"<html><body><article><p>Story {n}: the lake-town of Esgaroth reported on its trade with the Elvenking, and the council of Dale met to discuss the new bridge over the river Running for the {n}th time this year.</p></article></body></html>";

    private FeedPoller Poller() => new(new WebSource(_fetcher, new HtmlArticleReader(new HtmlArticleExtractor()), new FeedParser()));

    private int Requests(string path) => _server.Log.Count(l => l == "GET " + path);

    [Fact]
    public async Task A_restarted_watch_reads_only_what_is_new()
    {
        var stateDir = TestPaths.NewTempDir();
        var feedUrl = _server.Url("/feed.xml");

        var first = await Poller().PollAsync(new JsonSourceStateStore(stateDir).Load(feedUrl));
        new JsonSourceStateStore(stateDir).Save(first.NextState);
        Assert.Equal(2, first.Articles.Count);

        // restart: a new store over the same folder, the feed unchanged → 304, no page fetched
        var second = await Poller().PollAsync(new JsonSourceStateStore(stateDir).Load(feedUrl));
        Assert.True(second.Unchanged);
        Assert.Empty(second.Articles);
        Assert.Equal(1, Requests("/story/1"));

        // the feed gains an item → only that one is fetched
        _feedVersion = "v2";
        _items = ["/story/3", "/story/2", "/story/1"];
        var third = await Poller().PollAsync(new JsonSourceStateStore(stateDir).Load(feedUrl));
        new JsonSourceStateStore(stateDir).Save(third.NextState);

        var article = Assert.Single(third.Articles);
        Assert.StartsWith("Story 3:", article.Text, StringComparison.Ordinal);
        Assert.Equal(1, Requests("/story/1"));
        Assert.Equal(1, Requests("/story/2"));
    }

    [Fact]
    public async Task A_crash_before_saving_state_reads_the_same_articles_again_with_the_same_hashes()
    {
        var stateDir = TestPaths.NewTempDir();
        var feedUrl = _server.Url("/feed.xml");

        var beforeCrash = await Poller().PollAsync(new JsonSourceStateStore(stateDir).Load(feedUrl));
        var afterRestart = await Poller().PollAsync(new JsonSourceStateStore(stateDir).Load(feedUrl));

        Assert.Equal(beforeCrash.Articles.Select(a => a.ContentHash), afterRestart.Articles.Select(a => a.ContentHash));
        Assert.Equal(beforeCrash.Articles.Select(a => a.Id), afterRestart.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task An_item_whose_page_fails_is_reported_and_tried_again_next_time()
    {
        _items = ["/story/1", "/story/missing"];
        var feedUrl = _server.Url("/feed.xml");

        var result = await Poller().PollAsync(SourceState.New(feedUrl));

        Assert.Single(result.Articles);
        Assert.Equal($"{_server.Url("/story/missing")}: HTTP 404 Not Found", Assert.Single(result.Messages));
        Assert.DoesNotContain("/story/missing", result.NextState.Seen);
    }

    [Fact]
    public async Task A_broken_feed_gives_a_message_and_keeps_the_old_state()
    {
        _server.Map("/bad.xml", CannedResponse.Text("<rss><channel>", "application/rss+xml"));
        var state = SourceState.New(_server.Url("/bad.xml"));

        var result = await Poller().PollAsync(state);

        Assert.Empty(result.Articles);
        Assert.StartsWith(_server.Url("/bad.xml") + ": not well-formed XML", Assert.Single(result.Messages), StringComparison.Ordinal);
        Assert.Empty(result.NextState.Seen);
    }
}
