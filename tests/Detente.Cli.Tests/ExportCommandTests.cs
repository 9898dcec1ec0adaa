using Detente.Core.Model;
using Detente.Storage;
using Detente.Storage.Sqlite;
using Detente.Tests.Common;
using Parquet;
using Parquet.Schema;

namespace Detente.Cli.Tests;

public sealed class ExportCommandTests
{
    private static async Task<string> StoreAsync(params (string Id, string Text, string Date, int Quad, double Goldstein)[] articles)
    {
        var db = Path.Combine(TestPaths.NewTempDir(), "detente.db");
        await using var store = await SqliteStore.OpenAsync(db);
        await store.InitializeAsync();
        var run = await store.BeginRunAsync(new RunRecord("p", "{}", "test"));
        var gondor = new Actor("GON", "Gondor", "GON", "GOV", null, "GONGOV");
        foreach (var (id, text, date, quad, goldstein) in articles)
        {
            var doc = new Document(new Article(id, text, "T " + id));
            doc = doc with
            {
                Events =
                [
                    new PoliticalEvent
                    {
                        Source = new ActorRef("Gondor", new TextRange(0, 6), gondor),
                        Cameo = quad == 3 ? "112" : "051", Quad = quad, Goldstein = goldstein, Date = date, Rule = "rule-" + id,
                        Confidence = 0.75, Evidence = new TextRange(0, text.Length), Modality = Modality.Asserted,
                    },
                ],
            };
            await store.StoreAsync(doc, [], run);
        }

        return db;
    }

    [Fact]
    public async Task Parquet_export_writes_typed_columns_that_read_back_row_for_row()
    {
        var db = await StoreAsync(("a1", "Gondor accused everyone.", "2019-02-02", 3, -2.0), ("a2", "Gondor praised the pact.", "2019-03", 1, 3.5));
        var file = Path.Combine(TestPaths.NewTempDir(), "events.parquet");
        var result = await CliRunner.RunAsync(db, "export", "--format", "parquet", "--out", file);
        Assert.True(result.ExitCode == 0, result.Error);

        await using var stream = File.OpenRead(file);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name, StringComparer.Ordinal);
        Assert.Equal(19, fields.Count);
        Assert.Equal(typeof(int), fields["quad"].ClrType);
        Assert.Equal(typeof(double), fields["goldstein"].ClrType);
        Assert.Equal(typeof(ReadOnlyMemory<char>), fields["evidence"].ClrType); // a UTF-8 string column
        Assert.Equal(1, reader.RowGroupCount);
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(2, group.RowCount);
        var quads = new int[2];
        await group.ReadAsync<int>(fields["quad"], quads);
        var goldstein = new double[2];
        await group.ReadAsync<double>(fields["goldstein"], goldstein);
        var dates = new string[2];
        await group.ReadAsync(fields["date"], dates);
        var targets = new string[2];
        var defined = new int[2];
        await group.ReadAsync(fields["target"], targets, defined);
        var evidence = new string[2];
        await group.ReadAsync(fields["evidence"], evidence);
        Assert.Equal([3, 1], quads);
        Assert.Equal([-2.0, 3.5], goldstein);
        Assert.Equal(["2019-02-02", "2019-03"], dates);
        Assert.Equal([0, 0], defined); // definition level 0: the value is null
        Assert.Equal(["Gondor accused everyone.", "Gondor praised the pact."], evidence);
    }

    [Fact]
    public async Task Parquet_export_needs_an_output_file_and_unknown_formats_are_refused()
    {
        var db = await StoreAsync(("a1", "Gondor accused everyone.", "2019-02-02", 3, -2.0));
        var noFile = await CliRunner.RunAsync(db, "export", "--format", "parquet");
        Assert.NotEqual(0, noFile.ExitCode);
        Assert.Contains("--out", noFile.Error, StringComparison.Ordinal);
        var unknown = await CliRunner.RunAsync(db, "export", "--format", "xlsx");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("parquet", unknown.Error, StringComparison.Ordinal);
    }
}
