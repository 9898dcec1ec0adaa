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

    [Fact]
    public async Task The_document_is_stored_deflated_and_documents_stored_as_text_still_read()
    {
        await using (var store = await SqliteStore.OpenAsync(_path))
        {
            await store.InitializeAsync();
            var run = await store.BeginRunAsync(new RunRecord("p", "{}", "test"));
            await store.StoreAsync(MakeDocument("a1", "Gondor accused Arnor of lying."), [], run);
            await store.StoreAsync(MakeDocument("a2", "Arnor denied it."), [], run);
        }

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT typeof(document) FROM articles WHERE id='a1'";
            Assert.Equal("blob", cmd.ExecuteScalar());
            cmd.CommandText = "UPDATE articles SET document='{\"id\":\"a2\",\"sentences\":[]}' WHERE id='a2'";
            cmd.ExecuteNonQuery();
        }

        await using (var store = await SqliteStore.OpenAsync(_path))
        {
            using var a1 = System.Text.Json.JsonDocument.Parse((await store.ArticleJsonAsync("a1"))!);
            Assert.Equal("Gondor accused Arnor of lying.", a1.RootElement.GetProperty("text").GetString());
            Assert.Equal("{\"id\":\"a2\",\"sentences\":[]}", await store.ArticleJsonAsync("a2"));
        }
    }
}
