using System.Text.Json;
using Detente.Tests.Common;

namespace Detente.Cli.Tests.Sources;

public sealed class WatchCommandTests : IAsyncLifetime
{
    private readonly LoopbackServer _server = new();
    private readonly string _dir = TestPaths.NewTempDir();
    private int _feedItems = 2;

    private string Db => Path.Combine(_dir, "detente.db");

    public Task InitializeAsync()
    {
        _server.Map("/feed.xml", _ => CannedResponse.Text(
            NewsPages.Rss(Enumerable.Range(0, _feedItems).Select(i => ("Brief " + i, _server.Url("/brief/" + i)))), "application/rss+xml"));
        for (int i = 0; i < NewsPages.Briefs.Length; i++)
        {
            _server.Map("/brief/" + i, CannedResponse.Text(NewsPages.Page("Brief " + i, new DateOnly(2026, 3, 4 + i), NewsPages.Briefs[i])));
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<CliRunner.Result> WatchOnceAsync(params string[] sources) =>
        CliRunner.RunAsync(Db, ["watch", "--once", "--host-interval", "0", "--timeout", "5s", .. sources]);

    private async Task<List<string>> StoredSourcesAsync()
    {
        var result = await CliRunner.RunAsync(Db, "articles", "--format", "jsonl", "--limit", "1000");
        return [.. result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!).Order(StringComparer.Ordinal)];
    }

    private static string[] Lines(CliRunner.Result r, string prefix) =>
        [.. r.Out.Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal))];

    [Fact]
    public async Task A_restarted_watch_processes_only_what_is_new_in_the_feed_and_the_folder()
    {
        var folder = Path.Combine(_dir, "inbox");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "Fisheries talks\n\nChile and Norway held talks on fisheries quotas in Santiago on Monday, officials said.");

        var first = await WatchOnceAsync(_server.Url("/feed.xml"), folder);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(3, Lines(first, "stored ").Length);
        Assert.Contains("stored    " + _server.Url("/brief/0") + " (", first.Out, StringComparison.Ordinal);
        Assert.Contains("poll done at ", first.Out, StringComparison.Ordinal);

        _feedItems = 3;
        await File.WriteAllTextAsync(Path.Combine(folder, "b.txt"), "Border markets\n\nKenya and Ethiopia reopened two border markets on Friday, traders said.");
        var second = await WatchOnceAsync(_server.Url("/feed.xml"), folder);
        Assert.Equal([_server.Url("/brief/2"), Path.Combine(folder, "b.txt")], Lines(second, "stored ").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]));

        // the state lost, as if stopped after storing and before saving it: everything is found stored already
        Directory.Delete(Db + ".watch", recursive: true);
        var third = await WatchOnceAsync(_server.Url("/feed.xml"), folder);
        Assert.Equal(0, third.ExitCode);
        Assert.Empty(Lines(third, "stored "));
        Assert.Equal(5, Lines(third, "unchanged ").Length);
        Assert.Equal(5, (await StoredSourcesAsync()).Count);
    }

    [Fact]
    public async Task A_failed_page_is_reported_and_fetched_again_at_the_next_poll()
    {
        _server.Map("/brief/1", CannedResponse.Text("unavailable", "text/plain", 503));
        var first = await WatchOnceAsync(_server.Url("/feed.xml"));
        Assert.Equal(1, first.ExitCode);
        Assert.Equal("failed    " + _server.Url("/brief/1") + ": HTTP 503 Service Unavailable", Assert.Single(Lines(first, "failed ")));

        _server.Map("/brief/1", CannedResponse.Text(NewsPages.Page("Brief 1", new DateOnly(2026, 3, 5), NewsPages.Briefs[1])));
        var second = await WatchOnceAsync(_server.Url("/feed.xml"));
        Assert.StartsWith("stored    " + _server.Url("/brief/1"), Assert.Single(Lines(second, "stored ")), StringComparison.Ordinal);
        Assert.Equal(2, (await StoredSourcesAsync()).Count);
    }

    [Fact]
    public async Task A_watch_killed_mid_poll_goes_on_from_where_it_stopped()
    {
        _feedItems = 3;
        _server.Map("/brief/1", CannedResponse.Text(NewsPages.Page("Brief 1", new DateOnly(2026, 3, 5), NewsPages.Briefs[1])) with { Delay = TimeSpan.FromSeconds(60) });
        using (var process = CliRunner.Start("watch", "--db", Db, "--host-interval", "0", "--timeout", "90s", "--every", "1h", _server.Url("/feed.xml")))
        {
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("stored    " + _server.Url("/brief/0"), StringComparison.Ordinal))
            {
            }

            Assert.NotNull(line);
            process.Kill(); // SIGKILL while the second page is being fetched
            await process.WaitForExitAsync();
        }

        _server.Map("/brief/1", CannedResponse.Text(NewsPages.Page("Brief 1", new DateOnly(2026, 3, 5), NewsPages.Briefs[1])));
        var restart = await WatchOnceAsync(_server.Url("/feed.xml"));

        Assert.Equal([_server.Url("/brief/1"), _server.Url("/brief/2")], Lines(restart, "stored ").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]));
        Assert.Equal(Enumerable.Range(0, 3).Select(i => _server.Url("/brief/" + i)), await StoredSourcesAsync());
    }

    [Fact]
    public async Task Bad_arguments_are_usage_errors()
    {
        Assert.Equal(2, (await CliRunner.RunAsync(Db, "watch", "--once")).ExitCode);
        var bad = await CliRunner.RunAsync(Db, "watch", "--every", "soon", _server.Url("/feed.xml"));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--every: 'soon' is not an interval", bad.Error, StringComparison.Ordinal);
    }
}
