using System.Diagnostics;
using System.Text;
using Detente.Sources.Feeds;
using Detente.Sources.Html;
using Detente.Sources.Web;
using Detente.Tests.Common;

namespace Detente.Sources.Tests.Web;

public sealed class WebFetcherTests : IAsyncLifetime
{
    private const string ArticleHtml = """
        <html lang="en"><head><title>Rohan sends riders | Edoras Herald</title>
        <meta property="article:published_time" content="2019-03-01T08:00:00+01:00"></head>
        <body><article><h1>Rohan sends riders</h1>
        <p>Rohan sent two hundred riders to the eastern fold on Friday, the king's marshal said, after reports of raids across the river.</p>
        <p>The riders will stay until the spring muster, when the council of Edoras is expected to decide on a permanent watch.</p>
        </article></body></html>
        """;

    private const string FeedXml = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Edoras Herald</title>
        <item><title>Rohan sends riders</title><link>/article</link><pubDate>Fri, 01 Mar 2019 08:00:00 +0100</pubDate></item>
        <item><title>Missing story</title><link>/gone</link></item>
        </channel></rss>
        """;

    private readonly LoopbackServer _server = new();
    private readonly WebFetcher _fetcher = new(new FetchOptions { Timeout = TimeSpan.FromSeconds(15), MaxBytes = 64 * 1024, MaxRedirects = 3, PerHostInterval = TimeSpan.Zero });

    // Only the timeout tests use a short limit, against responses far slower than it, so a busy machine cannot fail the others.
    private readonly WebFetcher _impatient = new(new FetchOptions { Timeout = TimeSpan.FromMilliseconds(800), PerHostInterval = TimeSpan.Zero });

    public Task InitializeAsync()
    {
        _server.Map("/article", CannedResponse.Text(ArticleHtml));
        _server.Map("/feed.xml", CannedResponse.Text(FeedXml, "application/rss+xml"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _fetcher.Dispose();
        _impatient.Dispose();
        await _server.DisposeAsync();
    }

    private WebSource Source() => new(_fetcher, new HtmlArticleReader(new HtmlArticleExtractor()), new FeedParser());

    [Fact]
    public async Task A_page_is_fetched_and_turned_into_an_article()
    {
        var (article, fetch) = await Source().ReadPageAsync(_server.Url("/article"));

        Assert.NotNull(article);
        Assert.Equal("text/html", fetch.ContentType);
        Assert.StartsWith("Rohan sent two hundred riders", article.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2019, 3, 1), article.Published);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public async Task Redirects_are_followed_to_the_final_address()
    {
        _server.Map("/old", CannedResponse.Redirect("/article", 301));

        var result = await _fetcher.FetchAsync(_server.Url("/old"), ContentKind.Html);

        Assert.Equal(_server.Url("/article"), result.FinalUrl.ToString());
        Assert.Contains("Rohan sent", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_loop_is_reported_with_its_path()
    {
        _server.Map("/a", CannedResponse.Redirect("/b"));
        _server.Map("/b", CannedResponse.Redirect(_server.Url("/a")));

        var e = await Assert.ThrowsAsync<FetchException>(() => _fetcher.FetchAsync(_server.Url("/a"), ContentKind.Html));

        Assert.StartsWith(_server.Url("/a") + ": redirect loop", e.Message, StringComparison.Ordinal);
        Assert.Contains("/b", e.Message, StringComparison.Ordinal);
        Assert.True(_server.Log.Count <= 3);
    }

    [Fact]
    public async Task Too_many_redirects_stop_at_the_limit()
    {
        for (int i = 0; i < 6; i++)
        {
            _server.Map("/hop" + i, CannedResponse.Redirect("/hop" + (i + 1)));
        }

        var e = await Assert.ThrowsAsync<FetchException>(() => _fetcher.FetchAsync(_server.Url("/hop0"), ContentKind.Html));

        Assert.Equal($"{_server.Url("/hop0")}: more than 3 redirects (last to {_server.Url("/hop4")})", e.Message);
    }

    [Fact]
    public async Task A_slow_server_times_out_with_a_message_naming_the_url()
    {
        _server.Map("/slow", CannedResponse.Text(ArticleHtml) with { Delay = TimeSpan.FromSeconds(10) });
        var clock = Stopwatch.StartNew();

        var e = await Assert.ThrowsAsync<FetchException>(() => _impatient.FetchAsync(_server.Url("/slow"), ContentKind.Html));

        Assert.Equal($"{_server.Url("/slow")}: timed out after 0.8 s", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), clock.Elapsed.ToString());
    }

    [Fact]
    public async Task A_body_that_drips_past_the_timeout_also_times_out()
    {
        _server.Map("/drip", CannedResponse.Text(ArticleHtml) with { Delay = TimeSpan.FromMilliseconds(400), Drip = 20 });

        var e = await Assert.ThrowsAsync<FetchException>(() => _impatient.FetchAsync(_server.Url("/drip"), ContentKind.Html));

        Assert.Contains("timed out", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_response_is_refused()
    {
        var big = "<html><body>" + new string('x', 200 * 1024) + "</body></html>";
        _server.Map("/big", CannedResponse.Text(big));

        var e = await Assert.ThrowsAsync<FetchException>(() => _fetcher.FetchAsync(_server.Url("/big"), ContentKind.Html));

        Assert.Equal($"{_server.Url("/big")}: response of {Encoding.UTF8.GetByteCount(big)} bytes is over the 65536-byte limit", e.Message);
    }

    [Fact]
    public async Task A_wrong_content_type_is_refused()
    {
        _server.Map("/image", new CannedResponse(200, "image/png", [0x89, 0x50, 0x4E, 0x47]));

        var e = await Assert.ThrowsAsync<FetchException>(() => _fetcher.FetchAsync(_server.Url("/image"), ContentKind.Html));

        Assert.Equal($"{_server.Url("/image")}: unexpected content type image/png (expected an HTML page)", e.Message);
    }

    [Fact]
    public async Task An_http_error_status_is_reported()
    {
        var e = await Assert.ThrowsAsync<FetchException>(() => _fetcher.FetchAsync(_server.Url("/nowhere"), ContentKind.Html));

        Assert.Equal($"{_server.Url("/nowhere")}: HTTP 404 Not Found", e.Message);
    }

    [Fact]
    public async Task A_refused_connection_is_reported()
    {
        var url = "http://127.0.0.1:9/page"; // the discard port: nothing listens there

        var e = await Assert.ThrowsAsync<FetchException>(() => _fetcher.FetchAsync(url, ContentKind.Html));

        Assert.StartsWith(url + ": could not connect", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_http_url_is_refused_before_any_request()
    {
        var e = await Assert.ThrowsAsync<FetchException>(() => _fetcher.FetchAsync("ftp://example.org/feed", ContentKind.Feed));

        Assert.Equal("ftp://example.org/feed: not an http(s) URL", e.Message);
    }

    [Fact]
    public async Task Conditional_requests_send_validators_and_accept_not_modified()
    {
        var lastModified = new DateTimeOffset(2019, 3, 1, 8, 0, 0, TimeSpan.Zero);
        _server.Map("/cond", headers =>
            headers.TryGetValue("If-None-Match", out var tag) && tag == "\"v1\""
                ? new CannedResponse(304, null, [])
                : new CannedResponse(200, "text/html", Encoding.UTF8.GetBytes(ArticleHtml))
                {
                    Headers = { ["ETag"] = "\"v1\"", ["Last-Modified"] = lastModified.ToString("R", System.Globalization.CultureInfo.InvariantCulture) },
                });

        var first = await _fetcher.FetchAsync(_server.Url("/cond"), ContentKind.Html);
        var second = await _fetcher.FetchAsync(_server.Url("/cond"), ContentKind.Html, first.Validators);

        Assert.False(first.NotModified);
        Assert.Equal("\"v1\"", first.Validators.ETag);
        Assert.Equal(lastModified, first.Validators.LastModified);
        Assert.True(second.NotModified);
        Assert.Empty(second.Body);
    }

    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_interval()
    {
        using var polite = new WebFetcher(new FetchOptions { PerHostInterval = TimeSpan.FromMilliseconds(250) });
        var clock = Stopwatch.StartNew();

        for (int i = 0; i < 3; i++)
        {
            await polite.FetchAsync(_server.Url("/article"), ContentKind.Html);
        }

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(480), clock.Elapsed.ToString());
    }

    [Fact]
    public async Task Malformed_feed_xml_names_the_feed_url()
    {
        _server.Map("/broken.xml", CannedResponse.Text("<rss><channel><item><title>x</channel>", "application/rss+xml"));

        var e = await Assert.ThrowsAsync<FeedFormatException>(() => Source().ReadFeedAsync(_server.Url("/broken.xml")));

        Assert.StartsWith(_server.Url("/broken.xml") + ": not well-formed XML", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_without_text_names_the_page()
    {
        _server.Map("/empty", CannedResponse.Text("<html><head><title>x</title></head><body><div><span></span></div></body></html>"));

        var e = await Assert.ThrowsAsync<InvalidDataException>(() => Source().ReadPageAsync(_server.Url("/empty")));

        Assert.Equal($"{_server.Url("/empty")}: no article text found in the page", e.Message);
    }

    [Fact]
    public async Task Feed_items_lead_to_articles_and_a_dead_link_to_a_message()
    {
        var (feed, _) = await Source().ReadFeedAsync(_server.Url("/feed.xml"));
        var outcomes = new List<FeedItemOutcome>();
        await foreach (var o in Source().ReadItemsAsync(feed!.Items))
        {
            outcomes.Add(o);
        }

        Assert.Equal(2, outcomes.Count);
        Assert.NotNull(outcomes[0].Article);
        Assert.Null(outcomes[0].Error);
        Assert.Null(outcomes[1].Article);
        Assert.Equal($"{_server.Url("/gone")}: HTTP 404 Not Found", outcomes[1].Error);
    }
}
