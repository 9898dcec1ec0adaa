using Detente.Storage;
using Detente.Storage.Postgres;
using Detente.Storage.Tests;

namespace Detente.Server.Tests;

/// <summary>The API over a real PostgreSQL server.</summary>
public sealed class PostgresApiTests : ApiTests
{
    private string? _connectionString;

    protected override async Task<IDetenteStore> ConnectAsync()
    {
        Skip.If(TestPostgres.ConnectionString is null, "DETENTE_TEST_POSTGRES is not set (test.sh starts a server and sets it)");
        _connectionString ??= await TestPostgres.NewSchemaAsync();
        return await PostgresStore.OpenAsync(_connectionString);
    }
}
