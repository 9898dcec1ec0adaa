using System.Globalization;
using Npgsql;

namespace Detente.Storage.Tests;

/// <summary>The real PostgreSQL server test.sh starts (DETENTE_TEST_POSTGRES), one fresh schema per test.</summary>
internal static class TestPostgres
{
    /// <summary>The server's connection string, or null when no server is configured.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable("DETENTE_TEST_POSTGRES") is { Length: > 0 } cs ? cs : null;

    /// <summary>Creates an empty schema and returns a connection string whose search path is that schema.</summary>
    public static async Task<string> NewSchemaAsync()
    {
        var baseString = ConnectionString ?? throw new InvalidOperationException("DETENTE_TEST_POSTGRES is not set");
        var schema = "t_" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        await using (var connection = new NpgsqlConnection(baseString))
        {
            await connection.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await cmd.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(baseString) { SearchPath = schema, Pooling = false }.ConnectionString;
    }
}
