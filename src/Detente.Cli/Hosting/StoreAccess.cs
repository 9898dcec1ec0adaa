using Detente.Storage;
using Detente.Storage.Sqlite;

namespace Detente.Cli.Hosting;

/// <summary>Opens the store a command names with --db, or the default database.</summary>
internal static class StoreAccess
{
    /// <summary>Opens and migrates the store; <paramref name="mustExist"/> refuses to create a new file for read-only commands.</summary>
    public static async Task<IDetenteStore> OpenAsync(CommandArgs args, CliContext context, bool mustExist, CancellationToken cancellationToken)
    {
        var path = args.Get("db") ?? context.DefaultDatabase;
        if (mustExist && !File.Exists(path))
        {
            throw new CliUsageException($"no database at {path}: run 'detente analyze INPUT...' first, or name one with --db");
        }

        var store = await SqliteStore.OpenAsync(path, cancellationToken).ConfigureAwait(false);
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
}
