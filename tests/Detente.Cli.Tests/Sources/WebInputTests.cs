using System.Text;
using System.Text.Json;
using Detente.Tests.Common;

namespace Detente.Cli.Tests.Sources;

public sealed class WebInputTests : IAsyncLifetime
{
    private static readonly string[] FastFetch = ["--timeout", "2s", "--host-interval", "0", "--max-redirects", "3", "--max-bytes", "200000"];
    private readonly LoopbackServer _server = new();
    private readonly string _db = Path.Combine(TestPaths.NewTempDir(), "detente.db");

    public Task InitializeAsync()
    {
        _server.Map("/world/fisheries", CannedResponse.Text(NewsPages.Page("Norway and Chile sign fisheries pact", new DateOnly(2026, 3, 2), NewsPages.FisheriesWire)));
        for (int i = 0; i < NewsPages.Briefs.Length; i++)
        {
            _server.Map("/brief/" + i, CannedResponse.Text(NewsPages.Page("Brief " + i, new DateOnly(2026, 3, 4 + i), NewsPages.Briefs[i])));
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<CliRunner.Result> AnalyzeAsync(params string[] inputs) => CliRunner.RunAsync(_db, ["analyze", "--threads", "1", .. FastFetch, .. inputs]);

    [Fact]
    public async Task A_page_url_is_stored_with_its_publication_date_as_the_given_reference_date()
    {
        var url = _server.Url("/world/fisheries");
        var result = await CliRunner.RunAsync(_db, ["analyze", "--no-store", .. FastFetch, url]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("2026-03-02", root.GetProperty("reference_date").GetString());
        Assert.Equal("given", root.GetProperty("date_source").GetString());
        Assert.Equal("Norway and Chile sign fisheries pact", root.GetProperty("title").GetString());
        Assert.StartsWith("Norway's foreign minister met", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(root.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task A_feed_url_and_a_saved_feed_file_bring_the_pages_their_items_link_to()
    {
        var items = Enumerable.Range(0, NewsPages.Briefs.Length).Select(i => ("Brief " + i, _server.Url("/brief/" + i))).ToList();
        _server.Map("/feed.xml", CannedResponse.Text(NewsPages.Rss(items.Take(2)), "application/rss+xml"));
        var saved = Path.Combine(TestPaths.NewTempDir(), "saved.rss");
        await File.WriteAllTextAsync(saved, NewsPages.Rss(items.Skip(1)));

        var result = await AnalyzeAsync(_server.Url("/feed.xml"), saved);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("4 articles read (3 new, 0 updated, 1 unchanged)", result.Out, StringComparison.Ordinal);
        var articles = await CliRunner.RunAsync(_db, "articles", "--format", "jsonl");
        var dates = articles.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("reference_date").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["2026-03-04", "2026-03-05", "2026-03-06"], dates);
    }

    [Fact]
    public async Task Every_bad_url_gets_a_message_naming_it_and_nothing_of_it_is_stored()
    {
        var big = new StringBuilder("<html><body><article>");
        while (big.Length < 300_000)
        {
            big.Append("<p>Padding paragraph about nothing in particular, repeated to make the page too large.</p>");
        }

        _server.Map("/moved", CannedResponse.Redirect("/world/fisheries", 301));
        for (int i = 0; i < 5; i++)
        {
            _server.Map("/hop/" + i, CannedResponse.Redirect("/hop/" + (i + 1)));
        }

        _server.Map("/slow", CannedResponse.Text(NewsPages.Page("Slow", new DateOnly(2026, 3, 1), NewsPages.Briefs[0])) with { Delay = TimeSpan.FromSeconds(4) });
        _server.Map("/huge", CannedResponse.Text(big.Append("</article></body></html>").ToString()));
        _server.Map("/report.pdf", new CannedResponse(200, "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.4 not a page")));
        _server.Map("/broken.xml", CannedResponse.Text("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Half</title></channel>", "application/rss+xml"));
        _server.Map("/tag-soup", CannedResponse.Text("<html><body><div><p>Chile <b>and <i>Norway</p> agreed to <div>hold talks</span> on fisheries quotas next month, officials said on Monday in a statement that was <p>issued in Santiago.</body>"));
        _server.Map("/empty-page", CannedResponse.Text("<html><head><title>Nothing</title></head><body><script>var x = 1;</script></body></html>"));
        _server.Map("/gone", CannedResponse.Text("gone", "text/plain", 410));

        var result = await AnalyzeAsync(
            _server.Url("/moved"), _server.Url("/hop/0"), _server.Url("/slow"), _server.Url("/huge"), _server.Url("/report.pdf"),
            _server.Url("/broken.xml"), _server.Url("/tag-soup"), _server.Url("/empty-page"), _server.Url("/gone"), "http://127.0.0.1:1/refused");

        Assert.Equal(1, result.ExitCode);
        string Line(string path) => Assert.Single(result.Error.Split('\n'), l => l.StartsWith("detente analyze: " + _server.Url(path) + ":", StringComparison.Ordinal));
        Assert.Contains("more than 3 redirects", Line("/hop/0"), StringComparison.Ordinal);
        Assert.Contains("timed out after 2 s", Line("/slow"), StringComparison.Ordinal);
        Assert.Contains("over the 200000-byte limit", Line("/huge"), StringComparison.Ordinal);
        Assert.Contains("unexpected content type application/pdf", Line("/report.pdf"), StringComparison.Ordinal);
        Assert.Contains("not well-formed XML (line 1", Line("/broken.xml"), StringComparison.Ordinal);
        Assert.Contains("no article text found in the page", Line("/empty-page"), StringComparison.Ordinal);
        Assert.Contains("HTTP 410", Line("/gone"), StringComparison.Ordinal);
        Assert.Contains("detente analyze: http://127.0.0.1:1/refused: could not connect", result.Error, StringComparison.Ordinal);
        Assert.Contains("2 articles read (2 new, 0 updated, 0 unchanged)", result.Out, StringComparison.Ordinal);

        // only the redirected page and the lenient parse of the tag soup are stored, each whole
        var articles = await CliRunner.RunAsync(_db, "articles", "--format", "jsonl");
        var stored = articles.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, stored.Count);
        Assert.Contains(stored, a => a.GetProperty("source").GetString() == _server.Url("/moved") && a.GetProperty("sentences").GetInt32() > 3);
        Assert.Contains(stored, a => a.GetProperty("source").GetString() == _server.Url("/tag-soup"));
        var stats = await CliRunner.RunAsync(_db, "stats", "--format", "csv");
        Assert.Contains("failures,0", stats.Out, StringComparison.Ordinal);
    }
}
