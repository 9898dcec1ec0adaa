using Detente.Storage;
using Detente.Storage.Sqlite;
using Detente.Tests.Common;

namespace Detente.Server.Tests;

/// <summary>The API over a SQLite file.</summary>
public sealed class SqliteApiTests : ApiTests
{
    private readonly string _path = Path.Combine(TestPaths.NewTempDir(), "api.db");

    protected override async Task<IDetenteStore> ConnectAsync() => await SqliteStore.OpenAsync(_path);
}
