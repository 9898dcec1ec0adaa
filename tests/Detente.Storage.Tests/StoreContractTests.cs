using System.Collections.Immutable;
using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Storage.Sqlite;
using Detente.Tests.Common;

namespace Detente.Storage.Tests;

/// <summary>The behaviour every store backend must have; each backend runs it through a derived class.</summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    private IDetenteStore? _opened;

    private IDetenteStore _store => _opened ?? throw new InvalidOperationException("call OpenStoreAsync first");

    /// <summary>Opens the backend's test database (the same one each call); skips when the backend is unavailable.</summary>
    protected abstract Task<IDetenteStore> ConnectAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_opened is not null)
        {
            await _opened.DisposeAsync();
        }
    }

    private async Task OpenStoreAsync()
    {
        var store = await ConnectAsync();
        await store.InitializeAsync();
        _opened = store;
    }

    internal static Actor Gondor => new("GON", "Gondor", "GON", "GOV", null, "GONGOV");

    internal static Actor Arnor => new("ARN", "Arnor", "ARN", null, null, "ARN");

    internal static Document MakeDocument(string id, string text, string date = "2019-02-02")
    {
        var doc = new Document(new Article(id, text, "T", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        return doc with
        {
            Sentences = [new Sentence(new TextRange(0, text.Length), 0, 0)],
            Mentions = [new Mention(new TextRange(0, 6), "Gondor", MentionType.State, Gondor)],
            Events =
            [
                new PoliticalEvent
                {
                    Source = new ActorRef("Gondor", new TextRange(0, 6), Gondor),
                    Target = new ActorRef("Arnor", new TextRange(16, 21), Arnor),
                    Cameo = "112", Plover = "ACCUSE", Quad = 3, Goldstein = -2.0, Date = date, Rule = "test", Confidence = 0.9,
                    Evidence = new TextRange(0, text.Length), Modality = Modality.Asserted,
                },
            ],
            Quotes = [new Quote { Content = new TextRange(0, 6), Text = "Gondor", Kind = QuoteKind.Partial, Speaker = new QuoteSpeaker(new TextRange(16, 21), "Arnor", Arnor) }],
            TreatyActions = [new TreatyAction { Treaty = "pact", Action = "withdraw", Party = new ActorRef("Gondor", new TextRange(0, 6), Gondor), Date = date, Evidence = new TextRange(0, 6) }],
        };
    }

    [SkippableFact]
    public async Task Storing_the_same_content_twice_changes_nothing()
    {
        await OpenStoreAsync();
        var run = await _store.BeginRunAsync(new RunRecord("p", "{}", "test"));
        var doc = MakeDocument("a1", "Gondor accused Arnor of lying.");
        Assert.Equal(StoreOutcome.Inserted, await _store.StoreAsync(doc, [], run));
        Assert.Equal(StoreOutcome.Unchanged, await _store.StoreAsync(doc, [], run));
        Assert.True(await _store.HasContentAsync("a1", doc.Article.ContentHash));
        Assert.Single(await _store.EventsAsync(new QueryFilter()));
        Assert.Single(await _store.ArticlesAsync(new QueryFilter()));
    }

    [SkippableFact]
    public async Task A_batch_is_stored_in_one_transaction_with_outcomes_in_request_order()
    {
        await OpenStoreAsync();
        var run = await _store.BeginRunAsync(new RunRecord("p", "{}", "test"));
        var a1 = MakeDocument("a1", "Gondor accused Arnor of lying.");
        await _store.StoreAsync(a1, [], run);
        var outcomes = await _store.StoreBatchAsync(
        [
            new StoreRequest(MakeDocument("b2", "Arnor accused Gondor of lying."), []),
            new StoreRequest(a1, []),
            new StoreRequest(MakeDocument("b2", "Arnor accused Gondor of cheating."), []),
            new StoreRequest(MakeDocument("a0", "Gondor accused Arnor of spying."), []),
        ], run);
        Assert.Equal([StoreOutcome.Inserted, StoreOutcome.Unchanged, StoreOutcome.Updated, StoreOutcome.Inserted], outcomes);
        Assert.Equal(3, (await _store.ArticlesAsync(new QueryFilter())).Count);
        Assert.Contains("cheating", await _store.ArticleJsonAsync("b2"), StringComparison.Ordinal);

        var broken = MakeDocument("c9", "Arnor accused Gondor of lying.");
        broken = broken with { Events = [broken.Events[0] with { Cameo = null! }] };
        await Assert.ThrowsAnyAsync<Exception>(() => _store.StoreBatchAsync(
            [new StoreRequest(MakeDocument("c1", "Gondor accused Arnor of theft."), []), new StoreRequest(broken, [])], run));
        Assert.Null(await _store.ArticleJsonAsync("c1"));
        Assert.Equal(3, (await _store.ArticlesAsync(new QueryFilter())).Count);
    }

    [SkippableFact]
    public async Task New_content_under_the_same_id_replaces_the_article_and_all_its_layers()
    {
        await OpenStoreAsync();
        var run = await _store.BeginRunAsync(new RunRecord("p", "{}", "test"));
        await _store.StoreAsync(MakeDocument("a1", "Gondor accused Arnor of lying."), [], run);
        var updated = MakeDocument("a1", "Gondor accused Arnor of cheating.") with { Events = [] };
        Assert.Equal(StoreOutcome.Updated, await _store.StoreAsync(updated, [], run));
        Assert.Empty(await _store.EventsAsync(new QueryFilter()));
        var json = await _store.ArticleJsonAsync("a1");
        Assert.Contains("cheating", json, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Events_are_filtered_by_dyad_actor_code_modality_and_date()
    {
        await OpenStoreAsync();
        var run = await _store.BeginRunAsync(new RunRecord("p", "{}", "test"));
        await _store.StoreAsync(MakeDocument("a1", "Gondor accused Arnor of lying.", "2019-02-02"), [], run);
        await _store.StoreAsync(MakeDocument("a2", "Gondor accused Arnor of spying.", "2021-05-01"), [], run);
        Assert.Equal(2, (await _store.EventsAsync(new QueryFilter { Dyad = ("ARN", "GON") })).Count);
        Assert.Empty(await _store.EventsAsync(new QueryFilter { Dyad = ("ARN", "ROH") }));
        Assert.Equal(2, (await _store.EventsAsync(new QueryFilter { Actor = "GONGOV" })).Count);
        Assert.Equal(2, (await _store.EventsAsync(new QueryFilter { Code = "11" })).Count);
        Assert.Empty(await _store.EventsAsync(new QueryFilter { Code = "04" }));
        Assert.Empty(await _store.EventsAsync(new QueryFilter { Modality = "negated" }));
        var recent = Assert.Single(await _store.EventsAsync(new QueryFilter { From = new DateOnly(2020, 1, 1) }));
        Assert.Equal("a2", recent["article_id"]);
        Assert.Equal("Gondor accused Arnor of spying.", recent["evidence"]);
        Assert.Single(await _store.EventsAsync(new QueryFilter { To = new DateOnly(2019, 12, 31) }));
        Assert.Single(await _store.EventsAsync(new QueryFilter { Limit = 1 }));
    }

    [SkippableFact]
    public async Task An_actors_events_come_newest_first_page_by_page_whichever_side_it_is_on()
    {
        await OpenStoreAsync();
        var run = await _store.BeginRunAsync(new RunRecord("p", "{}", "test"));
        string[] dates = ["2019-01-03", "2019-01-01", "2019-01-05", "2019-01-02", "2019-01-04"];
        for (int i = 0; i < dates.Length; i++)
        {
            var doc = MakeDocument("a" + i, "Gondor accused Arnor of lying.", dates[i]);
            if (i % 2 == 1)
            {
                var e = doc.Events[0];
                doc = doc with { Events = [e with { Source = e.Target!, Target = e.Source }] };
            }

            await _store.StoreAsync(doc, [], run);
        }

        var pages = new List<string?>();
        for (int offset = 0; offset < 6; offset += 2)
        {
            pages.AddRange((await _store.EventsAsync(new QueryFilter { Actor = "ARN", NewestFirst = true, Limit = 2, Offset = offset })).Select(r => (string?)r["date"]));
        }

        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), pages);
        Assert.Equal("2019-01-01", (await _store.EventsAsync(new QueryFilter { Actor = "GONGOV", Limit = 1 }))[0]["date"]);
        Assert.Equal(5, (await _store.EventsAsync(new QueryFilter { Actor = "arnor", NewestFirst = true })).Count);
        Assert.Equal(2, (await _store.EventsAsync(new QueryFilter { Actor = "ARN", From = new DateOnly(2019, 1, 4) })).Count);
        Assert.Empty(await _store.EventsAsync(new QueryFilter { Actor = "Rohan" }));
    }

    [SkippableFact]
    public async Task Month_precision_dates_match_a_range_that_overlaps_the_month()
    {
        await OpenStoreAsync();
        var run = await _store.BeginRunAsync(new RunRecord("p", "{}", "test"));
        var doc = MakeDocument("a1", "Gondor accused Arnor of lying.", "2019-02-02");
        doc = doc with { Events = [doc.Events[0] with { Date = "2019-02" }] };
        await _store.StoreAsync(doc, [], run);
        Assert.Single(await _store.EventsAsync(new QueryFilter { From = new DateOnly(2019, 2, 10), To = new DateOnly(2019, 3, 1) }));
        Assert.Empty(await _store.EventsAsync(new QueryFilter { From = new DateOnly(2019, 3, 1) }));
    }

    [SkippableFact]
    public async Task Quotes_actors_treaty_actions_failures_and_stats_are_stored()
    {
        await OpenStoreAsync();
        var run = await _store.BeginRunAsync(new RunRecord("p", "{}", "test"));
        await _store.StoreAsync(MakeDocument("a1", "Gondor accused Arnor of lying."), [new StageFailure("parse", "a1", "boom")], run);
        await _store.FinishRunAsync(run, new RunSummary(1, 1, 0, 0, 0));
        Assert.Single(await _store.QuotesAsync(new QueryFilter { Speaker = "Arnor" }));
        Assert.Empty(await _store.QuotesAsync(new QueryFilter { Speaker = "Rohan" }));
        Assert.Equal("GON", Assert.Single(await _store.ActorsAsync(new QueryFilter()))["id"]);
        Assert.Single(await _store.TreatyActionsAsync(new QueryFilter { Treaty = "pact" }));
        var stats = (await _store.StatsAsync()).ToDictionary(r => (string)r["item"]!, r => r["count"]);
        Assert.Equal(1L, stats["events"]);
        Assert.Equal(1L, stats["failures"]);
    }

    [SkippableFact]
    public async Task A_copy_names_its_original_and_fingerprints_come_back_in_storing_order()
    {
        await OpenStoreAsync();
        var run = await _store.BeginRunAsync(new RunRecord("p", "{}", "test"));
        var original = MakeDocument("wire", "Gondor accused Arnor of lying.");
        var copy = MakeDocument("partner", "GONDOR accused Arnor of lying!", "2019-02-03");
        copy = copy with { Article = copy.Article with { DuplicateOf = "wire" } };
        await _store.StoreAsync(original, [], run, new ArticleFingerprint("k1", "AAAA", null));
        await _store.StoreAsync(copy, [], run, new ArticleFingerprint("k1", "BBBB", 0.9));
        await _store.StoreAsync(MakeDocument("plain", "Arnor thanked Gondor."), [], run);

        var prints = await _store.FingerprintsAsync();
        Assert.Equal(["wire", "partner"], prints.Select(p => p.ArticleId));
        Assert.Equal(new StoredFingerprint("wire", "k1", "AAAA", null, new DateOnly(2019, 2, 2)), prints[0]);
        Assert.Equal("wire", prints[1].DuplicateOf);
        var articles = (await _store.ArticlesAsync(new QueryFilter())).ToDictionary(r => (string)r["id"]!, r => r["duplicate_of"]);
        Assert.Equal("wire", articles["partner"]);
        Assert.Null(articles["wire"]);
        Assert.Contains("\"duplicate_of\":\"wire\"", await _store.ArticleJsonAsync("partner"), StringComparison.Ordinal);
        var stats = (await _store.StatsAsync()).ToDictionary(r => (string)r["item"]!, r => r["count"]);
        Assert.Equal(1L, stats["articles copying another (duplicates)"]);

        // a new version of the copy replaces its fingerprint with the article
        var revised = copy with { Article = copy.Article with { Text = "GONDOR accused Arnor of lying again!", DuplicateOf = null } };
        await _store.StoreAsync(revised, [], run, new ArticleFingerprint("k2", "CCCC", null));
        Assert.Equal(["wire", "partner"], (await _store.FingerprintsAsync()).Select(p => p.ArticleId));
        Assert.Equal("CCCC", (await _store.FingerprintsAsync())[1].MinHash);
    }

    [SkippableFact]
    public async Task Reopening_keeps_everything_and_does_not_migrate_twice()
    {
        await OpenStoreAsync();
        var run = await _store.BeginRunAsync(new RunRecord("p", "{}", "test"));
        await _store.StoreAsync(MakeDocument("a1", "Gondor accused Arnor of lying."), [], run);
        await _store.DisposeAsync();
        _opened = null;
        await OpenStoreAsync();
        Assert.Single(await _store.EventsAsync(new QueryFilter()));
    }

    [SkippableFact]
    public async Task Dyad_series_counts_fused_events_once_per_period()
    {
        await OpenStoreAsync();
        var run = await _store.BeginRunAsync(new RunRecord("p", "{}", "test"));
        var first = MakeDocument("a1", "Gondor accused Arnor of lying.", "2019-02-02");
        var second = MakeDocument("a2", "Gondor accused Arnor of spying.", "2019-02-03");
        await _store.StoreAsync(first with { Events = [first.Events[0] with { FusionKey = "k1" }] }, [], run);
        await _store.StoreAsync(second with { Events = [second.Events[0] with { FusionKey = "k1" }] }, [], run);
        await _store.StoreAsync(MakeDocument("a3", "Gondor accused Arnor of cheating.", "2019-03-10"), [], run);
        var months = await _store.DyadSeriesAsync("ARN", "GON", SeriesInterval.Month, new QueryFilter());
        Assert.Equal(["2019-02", "2019-03"], months.Select(r => (string)r["period"]!));
        Assert.Equal(1L, Convert.ToInt64(months[0]["events"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1L, Convert.ToInt64(months[0]["verbal_conflict"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(-2.0, Convert.ToDouble(months[1]["goldstein_mean"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, (await _store.DyadSeriesAsync("GON", "ARN", SeriesInterval.Day, new QueryFilter())).Count);
        Assert.Equal(2, (await _store.DyadSeriesAsync("GON", "ARN", SeriesInterval.Week, new QueryFilter())).Count);
        Assert.Empty(await _store.DyadSeriesAsync("GON", "ROH", SeriesInterval.Month, new QueryFilter()));
    }

    [SkippableFact]
    public async Task Full_text_search_finds_articles_by_words_and_forgets_replaced_text()
    {
        await OpenStoreAsync();
        var run = await _store.BeginRunAsync(new RunRecord("p", "{}", "test"));
        await _store.StoreAsync(MakeDocument("a1", "Gondor accused Arnor of lying."), [], run);
        await _store.StoreAsync(MakeDocument("a2", "Gondor praised Arnor for its harvest."), [], run);
        Assert.Equal("a2", Assert.Single(await _store.SearchAsync("harvest", new QueryFilter()))["id"]);
        Assert.Equal(2, (await _store.SearchAsync("Arnor", new QueryFilter())).Count);
        await _store.StoreAsync(MakeDocument("a2", "Gondor praised Arnor for its wine."), [], run);
        Assert.Empty(await _store.SearchAsync("harvest", new QueryFilter()));
        Assert.Empty(await _store.SearchAsync("\"unbalanced", new QueryFilter()));
    }
}
