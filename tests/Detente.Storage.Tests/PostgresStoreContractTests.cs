using Detente.Core.Pipeline;
using Detente.Storage.Postgres;

namespace Detente.Storage.Tests;

/// <summary>The store contract against a real PostgreSQL server, and several writers at once.</summary>
public sealed class PostgresStoreContractTests : StoreContractTests
{
    private string? _connectionString;

    protected override async Task<IDetenteStore> ConnectAsync()
    {
        Skip.If(TestPostgres.ConnectionString is null, "DETENTE_TEST_POSTGRES is not set (test.sh starts a server and sets it)");
        _connectionString ??= await TestPostgres.NewSchemaAsync();
        return await PostgresStore.OpenAsync(_connectionString);
    }

    /// <summary>
    /// Opens one connection per writer, runs <paramref name="write"/> for every writer in parallel (each in its own
    /// run) and returns all their outcomes and a connection to check the database with.
    /// </summary>
    private async Task<(List<StoreOutcome> Outcomes, IDetenteStore Reader, List<IDetenteStore> Stores)> WriteConcurrentlyAsync(
        int writers, Func<IDetenteStore, long, int, Task<List<StoreOutcome>>> write)
    {
        var stores = new List<IDetenteStore>();
        for (int w = 0; w < writers; w++)
        {
            stores.Add(await ConnectAsync());
        }

        await Task.WhenAll(stores.Select(s => s.InitializeAsync()));
        var outcomes = await Task.WhenAll(stores.Select(async (store, w) =>
            await write(store, await store.BeginRunAsync(new RunRecord("p", "{}", "writer " + w)), w)));
        return ([.. outcomes.SelectMany(o => o)], stores[0], stores);
    }

    private static async Task CloseAsync(List<IDetenteStore> stores)
    {
        foreach (var s in stores)
        {
            await s.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Several_concurrent_writers_of_the_same_articles_lose_and_duplicate_nothing()
    {
        const int articles = 12;
        var (outcomes, reader, stores) = await WriteConcurrentlyAsync(4, async (store, run, w) =>
        {
            var mine = new List<StoreOutcome>();
            for (int i = 0; i < articles; i++)
            {
                int n = (i + (w * 5)) % articles;
                mine.Add(await store.StoreAsync(MakeDocument("a" + n, $"Gondor accused Arnor of lie number {n}."), [], run));
            }

            return mine;
        });
        try
        {
            Assert.Equal(articles, outcomes.Count(o => o == StoreOutcome.Inserted));
            Assert.Equal(articles, (await reader.ArticlesAsync(new QueryFilter())).Count);
            Assert.Equal(articles, (await reader.EventsAsync(new QueryFilter())).Count);
            Assert.Equal(articles, (await reader.QuotesAsync(new QueryFilter())).Count);
        }
        finally
        {
            await CloseAsync(stores);
        }
    }

    [SkippableFact]
    public async Task Concurrent_writers_of_new_content_for_one_article_leave_exactly_one_complete_version()
    {
        const int writers = 6;
        var (outcomes, reader, stores) = await WriteConcurrentlyAsync(writers, async (store, run, w) =>
        {
            var mine = new List<StoreOutcome>();
            for (int round = 0; round < 3; round++)
            {
                mine.Add(await store.StoreAsync(MakeDocument("shared", $"Gondor accused Arnor of lie {w}.{round}."), [], run));
                mine.Add(await store.StoreAsync(MakeDocument($"own-{w}-{round}", $"Gondor accused Arnor of lie {w}/{round}."), [], run));
            }

            return mine;
        });
        try
        {
            Assert.Equal(1 + (writers * 3), outcomes.Count(o => o == StoreOutcome.Inserted));
            var articles = await reader.ArticlesAsync(new QueryFilter());
            Assert.Equal(1 + (writers * 3), articles.Count);
            Assert.All(articles, a => Assert.Equal(1L, Convert.ToInt64(a["events"], System.Globalization.CultureInfo.InvariantCulture)));
            var shared = Assert.Single(await reader.EventsAsync(new QueryFilter { Article = "shared" }));
            Assert.StartsWith("Gondor accused Arnor of lie ", (string?)shared["evidence"], StringComparison.Ordinal);
            Assert.Single(await reader.QuotesAsync(new QueryFilter { Article = "shared" }));
            Assert.Single(await reader.TreatyActionsAsync(new QueryFilter { Article = "shared" }));
        }
        finally
        {
            await CloseAsync(stores);
        }
    }

    [Fact]
    public async Task An_unreachable_server_is_refused_with_a_message_naming_it()
    {
        var ex = await Assert.ThrowsAsync<StoreException>(() => PostgresStore.OpenAsync("Host=127.0.0.1;Port=1;Database=nowhere;Timeout=2"));
        Assert.Contains("postgres://127.0.0.1:1/nowhere", ex.Message, StringComparison.Ordinal);
    }
}
