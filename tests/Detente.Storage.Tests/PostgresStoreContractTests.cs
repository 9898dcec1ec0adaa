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

    [SkippableFact]
    public async Task Several_concurrent_writers_of_the_same_articles_lose_and_duplicate_nothing()
    {
        const int writers = 4;
        const int articles = 12;
        var stores = new List<IDetenteStore>();
        for (int w = 0; w < writers; w++)
        {
            stores.Add(await ConnectAsync());
        }

        try
        {
            await Task.WhenAll(stores.Select(s => s.InitializeAsync()));
            var outcomes = await Task.WhenAll(stores.Select(async (store, w) =>
            {
                var run = await store.BeginRunAsync(new RunRecord("p", "{}", "writer " + w));
                var mine = new List<StoreOutcome>();
                for (int i = 0; i < articles; i++)
                {
                    int n = (i + (w * 5)) % articles;
                    mine.Add(await store.StoreAsync(MakeDocument("a" + n, $"Gondor accused Arnor of lie number {n}."), [], run));
                }

                return mine;
            }));
            Assert.Equal(articles, outcomes.SelectMany(o => o).Count(o => o == StoreOutcome.Inserted));
            Assert.Equal(articles, (await stores[0].ArticlesAsync(new QueryFilter())).Count);
            Assert.Equal(articles, (await stores[0].EventsAsync(new QueryFilter())).Count);
            Assert.Equal(articles, (await stores[0].QuotesAsync(new QueryFilter())).Count);
        }
        finally
        {
            foreach (var s in stores)
            {
                await s.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task An_unreachable_server_is_refused_with_a_message_naming_it()
    {
        var ex = await Assert.ThrowsAsync<StoreException>(() => PostgresStore.OpenAsync("Host=127.0.0.1;Port=1;Database=nowhere;Timeout=2"));
        Assert.Contains("postgres://127.0.0.1:1/nowhere", ex.Message, StringComparison.Ordinal);
    }
}
