using Detente.Storage;
using Detente.Storage.Postgres;
using Detente.Storage.Sqlite;

namespace Detente.Cli.Hosting;

/// <summary>
/// Opens the store a command names with --db, or the default database: a file path is SQLite, a postgres:// URL
/// or a Host=... connection string is PostgreSQL.
/// </summary>
internal static class StoreAccess
{
    /// <summary>Opens and migrates the store; <paramref name="mustExist"/> refuses to create a new file for read-only commands.</summary>
    public static Task<IDetenteStore> OpenAsync(CommandArgs args, CliContext context, bool mustExist, CancellationToken cancellationToken) =>
        OpenAsync(args.Get("db") ?? context.DefaultDatabase, mustExist, cancellationToken);

    /// <summary>Opens and migrates the store named by a path or connection string.</summary>
    public static async Task<IDetenteStore> OpenAsync(string path, bool mustExist, CancellationToken cancellationToken)
    {
        var postgres = PostgresStore.IsConnectionString(path);
        if (mustExist && !postgres && !File.Exists(path))
        {
            throw new CliUsageException($"no database at {path}: run 'detente analyze INPUT...' first, or name one with --db");
        }

        var store = await ConnectAsync(path, cancellationToken).ConfigureAwait(false);
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return store;
    }

    /// <summary>Connects to a store whose schema is current, without migrating (one connection per request).</summary>
    public static async Task<IDetenteStore> ConnectAsync(string path, CancellationToken cancellationToken) =>
        PostgresStore.IsConnectionString(path)
            ? await PostgresStore.OpenAsync(path, cancellationToken).ConfigureAwait(false)
            : await SqliteStore.OpenAsync(path, cancellationToken).ConfigureAwait(false);
}
