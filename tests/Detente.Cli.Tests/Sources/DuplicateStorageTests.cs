using System.Text.Json;
using Detente.Tests.Common;

namespace Detente.Cli.Tests.Sources;

public sealed class DuplicateStorageTests : IAsyncLifetime
{
    private readonly LoopbackServer _server = new();
    private readonly string _db = Path.Combine(TestPaths.NewTempDir(), "detente.db");

    public Task InitializeAsync()
    {
        _server.Map("/wire/fisheries", CannedResponse.Text(NewsPages.Page("Norway and Chile sign fisheries pact", new DateOnly(2026, 3, 2), NewsPages.FisheriesWire)));
        _server.Map("/partner/fisheries", CannedResponse.Text(NewsPages.Page("Norway, Chile sign fishing deal", new DateOnly(2026, 3, 3), NewsPages.FisheriesPartnerCopy)));
        _server.Map("/mirror/fisheries", CannedResponse.Text(NewsPages.Page("Norway and Chile sign fisheries pact", new DateOnly(2026, 3, 5), NewsPages.FisheriesWire)));
        _server.Map("/local/station", CannedResponse.Text(NewsPages.Page("Chile to open ocean research station with Norway", new DateOnly(2026, 3, 3), NewsPages.FisheriesOtherStory)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<CliRunner.Result> AnalyzeAsync(params string[] urls) => CliRunner.RunAsync(_db, ["analyze", "--threads", "1", "--host-interval", "0", .. urls]);

    private async Task<List<JsonElement>> RowsAsync(params string[] command)
    {
        var result = await CliRunner.RunAsync(_db, [.. command, "--format", "jsonl"]);
        return [.. result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
    }

    [Fact]
    public async Task A_syndicated_copy_is_stored_as_a_copy_of_the_original_and_its_events_fuse_with_the_originals()
    {
        var first = await AnalyzeAsync(_server.Url("/wire/fisheries"), _server.Url("/partner/fisheries"), _server.Url("/local/station"));
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("1 copies of earlier articles", first.Out, StringComparison.Ordinal);

        // restart: the duplicate index comes back from the store, and an exact mirror is caught too
        var second = await AnalyzeAsync(_server.Url("/mirror/fisheries"));
        Assert.Contains("exact copy of", second.Error, StringComparison.Ordinal);

        var articles = (await RowsAsync("articles", "--limit", "1000")).ToDictionary(a => new Uri(a.GetProperty("source").GetString()!).AbsolutePath, a => a);
        var original = articles["/wire/fisheries"].GetProperty("id").GetString();
        Assert.Equal(JsonValueKind.Null, articles["/wire/fisheries"].GetProperty("duplicate_of").ValueKind);
        Assert.Equal(original, articles["/partner/fisheries"].GetProperty("duplicate_of").GetString());
        Assert.Equal(original, articles["/mirror/fisheries"].GetProperty("duplicate_of").GetString());
        Assert.Equal(JsonValueKind.Null, articles["/local/station"].GetProperty("duplicate_of").ValueKind);

        // the copies speak from the original's date, so their events carry the original's fusion keys
        Assert.Equal("2026-03-02", articles["/partner/fisheries"].GetProperty("reference_date").GetString());
        var events = await RowsAsync("events", "--limit", "1000");
        HashSet<string> KeysOf(string path) => [.. events
            .Where(e => e.GetProperty("article_id").GetString() == articles[path].GetProperty("id").GetString())
            .Select(e => e.GetProperty("fusion_key").GetString()!)];
        var originalKeys = KeysOf("/wire/fisheries");
        Assert.NotEmpty(KeysOf("/partner/fisheries"));
        Assert.Subset(originalKeys, KeysOf("/partner/fisheries"));
        Assert.Equal(originalKeys, KeysOf("/mirror/fisheries"));

        var stats = (await RowsAsync("stats")).ToDictionary(r => r.GetProperty("item").GetString()!, r => r.GetProperty("count"));
        int distinct = stats["distinct events (fused)"].GetInt32();
        Assert.Equal(originalKeys.Count + KeysOf("/local/station").Except(originalKeys).Count(), distinct);
        Assert.Equal(2, stats["articles copying another (duplicates)"].GetInt32());
    }

    [Fact]
    public async Task The_analysis_printed_as_json_lines_names_the_original()
    {
        var result = await CliRunner.RunAsync(_db, "analyze", "--no-store", "--host-interval", "0", _server.Url("/wire/fisheries"), _server.Url("/partner/fisheries"));
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.False(lines[0].TryGetProperty("duplicate_of", out _));
        Assert.Equal(lines[0].GetProperty("id").GetString(), lines[1].GetProperty("duplicate_of").GetString());
    }
}
