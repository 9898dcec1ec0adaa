using Detente.Storage.Sqlite;
using Detente.Tests.Common;

namespace Detente.Storage.Tests;

/// <summary>The store contract against a real SQLite file, and what only a file backend has.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    private readonly string _path = Path.Combine(TestPaths.NewTempDir(), "store.db");

    protected override async Task<IDetenteStore> ConnectAsync() => await SqliteStore.OpenAsync(_path);

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_with_a_message_naming_it()
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "notes.db");
        await File.WriteAllTextAsync(path, "these are my notes, not a database, and they must survive");
        var ex = await Assert.ThrowsAsync<StoreException>(async () =>
        {
            await using var s = await SqliteStore.OpenAsync(path);
            await s.InitializeAsync();
        });
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Equal("these are my notes, not a database, and they must survive", await File.ReadAllTextAsync(path));
    }
}
