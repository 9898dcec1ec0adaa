using System.Text;
using Detente.Sources.Feeds;
using Detente.Sources.Html;
using Detente.Sources.Watch;
using Detente.Sources.Web;
using Detente.Tests.Common;

namespace Detente.Sources.Tests.Watch;

public sealed class SourceWatcherTests : IAsyncLifetime
{
    private readonly LoopbackServer _server = new();
    private readonly WebFetcher _fetcher = new(new FetchOptions { Timeout = TimeSpan.FromSeconds(15), PerHostInterval = TimeSpan.Zero });
    private readonly string _stateDir = TestPaths.NewTempDir();
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

    /// <summary>A watcher as a fresh process would build it: nothing in memory, only the state folder.</summary>
    private SourceWatcher Watcher()
    {
        var web = new WebSource(_fetcher, new HtmlArticleReader(new HtmlArticleExtractor()), new FeedParser());
        return new SourceWatcher(web, InputReader.CreateDefault(web), new JsonSourceStateStore(_stateDir), new ReadOptions());
    }

    private int Requests(string path) => _server.Log.Count(l => l == "GET " + path);

    private static async Task<(WatchPass Pass, List<SourceItem> Items)> PollAsync(SourceWatcher watcher, string source, Func<SourceItem, bool>? accept = null)
    {
        var items = new List<SourceItem>();
        var pass = await watcher.PollAsync(source, (item, _) =>
        {
            items.Add(item);
            return Task.FromResult(accept?.Invoke(item) ?? true);
        }, CancellationToken.None);
        return (pass, items);
    }

    [Fact]
    public async Task A_restarted_watch_reads_only_what_is_new()
    {
        var feedUrl = _server.Url("/feed.xml");

        var (_, first) = await PollAsync(Watcher(), feedUrl);
        Assert.Equal(2, first.Count);

        // restart: the feed unchanged → 304, no page fetched
        var (second, none) = await PollAsync(Watcher(), feedUrl);
        Assert.True(second.Unchanged);
        Assert.Empty(none);
        Assert.Equal(1, Requests("/story/1"));

        // the feed gains an item → only that one is fetched
        _feedVersion = "v2";
        _items = ["/story/3", "/story/2", "/story/1"];
        var (_, third) = await PollAsync(Watcher(), feedUrl);

        var article = Assert.Single(third).Article!;
        Assert.StartsWith("Story 3:", article.Text, StringComparison.Ordinal);
        Assert.Equal(1, Requests("/story/1"));
        Assert.Equal(1, Requests("/story/2"));
    }

    [Fact]
    public async Task A_watch_stopped_after_the_first_item_goes_on_from_the_second_and_ignores_the_304()
    {
        var feedUrl = _server.Url("/feed.xml");
        using var stop = new CancellationTokenSource();
        var handled = new List<string>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Watcher().PollAsync(feedUrl, (item, ct) =>
        {
            handled.Add(item.Input);
            stop.Cancel(); // stopped while the first item is being stored: it counts as done, nothing after it
            return Task.FromResult(true);
        }, stop.Token));
        Assert.Equal([_server.Url("/story/1")], handled);

        // the feed has not changed, but the saved state kept the old validators: no 304, the second item comes
        var (pass, rest) = await PollAsync(Watcher(), feedUrl);
        Assert.False(pass.Unchanged);
        Assert.Equal([_server.Url("/story/2")], rest.Select(i => i.Input));

        var (after, none) = await PollAsync(Watcher(), feedUrl);
        Assert.True(after.Unchanged);
        Assert.Empty(none);
    }

    [Fact]
    public async Task An_item_not_done_comes_again_and_the_feed_is_not_taken_as_unchanged()
    {
        var feedUrl = _server.Url("/feed.xml");
        var (_, first) = await PollAsync(Watcher(), feedUrl, item => !item.Input.EndsWith("/story/2", StringComparison.Ordinal));
        Assert.Equal(2, first.Count);

        var (_, again) = await PollAsync(Watcher(), feedUrl);
        Assert.Equal([_server.Url("/story/2")], again.Select(i => i.Input));
    }

    [Fact]
    public async Task An_item_whose_page_fails_is_handed_on_with_the_url_and_the_problem()
    {
        _items = ["/story/1", "/story/missing"];
        var (_, items) = await PollAsync(Watcher(), _server.Url("/feed.xml"), item => item.Article is not null);

        Assert.NotNull(items[0].Article);
        Assert.Equal(_server.Url("/story/missing"), items[1].Input);
        Assert.Equal("HTTP 404 Not Found", items[1].Error);
        var state = new JsonSourceStateStore(_stateDir).Load(_server.Url("/feed.xml"));
        Assert.DoesNotContain("/story/missing", state.Seen);
        Assert.Null(state.Validators);
    }

    [Fact]
    public async Task A_broken_feed_gives_a_message_and_keeps_the_old_state()
    {
        _server.Map("/bad.xml", CannedResponse.Text("<rss><channel>", "application/rss+xml"));

        var (pass, items) = await PollAsync(Watcher(), _server.Url("/bad.xml"));

        Assert.StartsWith("not well-formed XML", pass.Error, StringComparison.Ordinal);
        Assert.Equal(_server.Url("/bad.xml"), Assert.Single(items).Input);
        Assert.Empty(new JsonSourceStateStore(_stateDir).Load(_server.Url("/bad.xml")).Seen);
    }

    [Fact]
    public async Task A_page_is_read_again_only_when_it_changes()
    {
        var page = CannedResponse.Text(Story(7));
        page.Headers["ETag"] = "\"p1\"";
        _server.Map("/page", headers => headers.ContainsKey("If-None-Match") ? new CannedResponse(304, null, []) : page);

        var (_, first) = await PollAsync(Watcher(), _server.Url("/page"));
        var (second, none) = await PollAsync(Watcher(), _server.Url("/page"));

        Assert.StartsWith("Story 7:", Assert.Single(first).Article!.Text, StringComparison.Ordinal);
        Assert.True(second.Unchanged);
        Assert.Empty(none);
    }

    [Fact]
    public async Task A_folder_gives_its_new_and_changed_files_once()
    {
        var folder = TestPaths.NewTempDir();
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "Dale and Esgaroth agreed to rebuild the bridge over the river Running.");
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.bin"), "not read");

        var (_, first) = await PollAsync(Watcher(), folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "b.txt"), "The Elvenking protested to the council of Dale about the tolls on the river.");
        var (_, second) = await PollAsync(Watcher(), folder);
        var (third, none) = await PollAsync(Watcher(), folder);

        Assert.Equal("a", Assert.Single(first).Article!.Id);
        Assert.Equal("b", Assert.Single(second).Article!.Id);
        Assert.True(third.Unchanged);
        Assert.Empty(none);
    }

    [Fact]
    public async Task A_source_that_is_neither_url_nor_folder_is_named()
    {
        var (pass, items) = await PollAsync(Watcher(), "/no/such/folder");
        Assert.Equal("not an http(s) URL nor an existing folder", pass.Error);
        Assert.Equal("/no/such/folder", Assert.Single(items).Input);
    }
}
