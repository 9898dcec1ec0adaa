using System.Data.Common;
using System.Globalization;
using Detente.Storage.Relational;
using Npgsql;

namespace Detente.Storage.Postgres;

/// <summary>
/// The shared store: a PostgreSQL database several processes write at once. Writers of the same article are
/// serialised by a transaction-scoped advisory lock on the article id, migrations by another, so concurrent
/// analyze processes neither lose nor duplicate anything.
/// </summary>
public sealed class PostgresStore : RelationalStore
{
    private const long MigrationLock = 0x44_45_54_45_4E_54_45; // "DETENTE"

    private static readonly string[] PostgresMigrations =
    [
        StoreSchema.ToPostgres(StoreSchema.Tables[0]),
        """
        ALTER TABLE articles ADD COLUMN search tsvector
            GENERATED ALWAYS AS (to_tsvector('english', COALESCE(title, '') || ' ' || text)) STORED;
        CREATE INDEX articles_search ON articles USING gin(search);
        """,
        StoreSchema.SeriesIndex,
        StoreSchema.ToPostgres(StoreSchema.Duplicates),
        StoreSchema.ActorDateIndexes,
    ];

    private PostgresStore(NpgsqlConnection connection, string description)
        : base(connection, description)
    {
    }

    /// <summary>True when <paramref name="db"/> names a PostgreSQL database (a postgres:// URL or a Host=... string).</summary>
    public static bool IsConnectionString(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Connects to the database named by a connection string or postgres:// URL.</summary>
    /// <exception cref="StoreException">The string is malformed or the server cannot be reached.</exception>
    public static async Task<PostgresStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(ToKeyValue(connectionString));
        }
        catch (ArgumentException ex)
        {
            throw new StoreException($"invalid PostgreSQL connection string: {ex.Message}", ex);
        }

        var description = $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StoreException($"cannot open database {description}: {ex.Message}", ex);
        }

        return new PostgresStore(connection, description);
    }

    /// <inheritdoc />
    private protected override IReadOnlyList<string> Migrations => PostgresMigrations;

    /// <inheritdoc />
    private protected override string Like => "ILIKE";

    /// <inheritdoc />
    private protected override string DayAfter2015(string days) => $"to_char(DATE '2015-01-01' + CAST({days} AS integer), 'YYYY-MM-DD')";

    /// <inheritdoc />
    private protected override string Sequence(long first, long last) =>
        string.Create(CultureInfo.InvariantCulture, $"seq(i) AS (SELECT generate_series({first}::bigint, {last}::bigint))");

    /// <inheritdoc />
    /// <remarks>VACUUM also marks the freshly written pages all-visible, so index-only scans skip the heap.</remarks>
    private protected override string AnalyzeStatement => "VACUUM (ANALYZE) events";

    /// <inheritdoc />
    private protected override string WeekOf(string column) => $"to_char(CAST({column} AS date), 'IYYY-\"W\"IW')";

    /// <inheritdoc />
    private protected override (string From, string Where, string Order) SearchClause =>
        ("articles a", "a.search @@ websearch_to_tsquery('english', @q)", "ts_rank(a.search, websearch_to_tsquery('english', @q)) DESC");

    /// <inheritdoc />
    private protected override object SearchArgument(string query) => query;

    /// <inheritdoc />
    private protected override async Task LockMigrationsAsync(DbTransaction tx, CancellationToken ct)
    {
        using var cmd = Command("SELECT pg_advisory_xact_lock(@k)", tx);
        cmd.Parameters.Add(new NpgsqlParameter("k", MigrationLock));
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    private protected override async Task LockArticleAsync(DbTransaction tx, string articleId, CancellationToken ct)
    {
        using var cmd = Command("SELECT pg_advisory_xact_lock(hashtextextended(@id, 0))", tx);
        cmd.Parameters.Add(new NpgsqlParameter("id", articleId));
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Turns a postgres:// URL into Npgsql's key=value form; other strings pass unchanged.</summary>
    private static string ToKeyValue(string db)
    {
        if (!db.Contains("://", StringComparison.Ordinal))
        {
            return db;
        }

        var uri = new Uri(db);
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port, Database = uri.AbsolutePath.TrimStart('/') };
        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            b.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length == 2)
        {
            b.Password = Uri.UnescapeDataString(user[1]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            b[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
        }

        return b.ConnectionString;
    }
}
