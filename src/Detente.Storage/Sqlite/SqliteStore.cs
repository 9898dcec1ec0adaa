using System.Globalization;
using Detente.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace Detente.Storage.Sqlite;

/// <summary>The embedded default store: one SQLite file in WAL mode, one transaction per article.</summary>
public sealed class SqliteStore : RelationalStore
{
    private static readonly string[] SqliteMigrations =
    [
        StoreSchema.Tables[0],
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, text, tokenize = 'porter unicode61');
        INSERT INTO articles_fts(id, title, text) SELECT id, COALESCE(title, ''), text FROM articles;
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(id, title, text) VALUES (new.id, COALESCE(new.title, ''), new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            DELETE FROM articles_fts WHERE id = old.id;
        END;
        """,
        StoreSchema.SeriesIndex,
        StoreSchema.Duplicates,
        StoreSchema.ActorDateIndexes,
    ];

    private readonly string _path;

    private SqliteStore(string path, SqliteConnection connection)
        : base(connection, path)
    {
        _path = path;
    }

    /// <summary>Opens (creating when needed) the database at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">The file cannot be opened or is not a Detente database.</exception>
    public static async Task<SqliteStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var dir = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }

            var cs = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
            var connection = new SqliteConnection(cs);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var store = new SqliteStore(full, connection);
            await store.ExecuteAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000; PRAGMA cache_size=-65536;", cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"cannot open database {full}: {ex.Message}", ex);
        }
    }

    /// <summary>The database file.</summary>
    public string FilePath => _path;

    /// <inheritdoc />
    private protected override IReadOnlyList<string> Migrations => SqliteMigrations;

    /// <inheritdoc />
    private protected override string DayAfter2015(string days) => $"date('2015-01-01', '+' || ({days}) || ' days')";

    /// <inheritdoc />
    private protected override string Sequence(long first, long last) =>
        string.Create(CultureInfo.InvariantCulture, $"RECURSIVE seq(i) AS (SELECT {first} UNION ALL SELECT i + 1 FROM seq WHERE i < {last})");

    /// <inheritdoc />
    private protected override string AnalyzeStatement => "PRAGMA analysis_limit=1000; ANALYZE";

    /// <inheritdoc />
    private protected override object DocumentValue(string json)
    {
        var output = new MemoryStream(json.Length / 4);
        using (var deflate = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(json);
            deflate.Write(bytes, 0, bytes.Length);
        }

        return output.ToArray();
    }

    /// <inheritdoc />
    private protected override string WeekOf(string column) => $"strftime('%Y-W%W', {column})";

    /// <inheritdoc />
    private protected override (string From, string Where, string Order) SearchClause =>
        ("articles_fts f JOIN articles a ON a.id = f.id", "articles_fts MATCH @q", "f.rank");

    /// <inheritdoc />
    private protected override object SearchArgument(string query) =>
        string.Join(' ', query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
