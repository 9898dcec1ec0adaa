using System.Text.Json;
using Detente.Tests.Common;
using Microsoft.Data.Sqlite;

namespace Detente.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    private static string NewDb() => Path.Combine(TestPaths.NewTempDir(), "detente.db");

    [Fact]
    public async Task Analyzing_the_examples_stores_them_and_a_second_run_stores_nothing_new()
    {
        var db = NewDb();
        var first = await CliRunner.RunAsync(db, "analyze", TestPaths.Examples);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("3 articles read (3 new, 0 updated, 0 unchanged); 0 skipped", first.Out, StringComparison.Ordinal);
        Assert.Contains("== 003_e0bed1de2388a5c0: Donald Trump says US relations with Russia", first.Out, StringComparison.Ordinal);

        var second = await CliRunner.RunAsync(db, "analyze", TestPaths.Examples);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("3 articles read (0 new, 0 updated, 3 unchanged); 0 skipped", second.Out, StringComparison.Ordinal);

        var articles = await CliRunner.RunAsync(db, "articles", "--format", "jsonl");
        Assert.Equal(3, articles.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task No_store_JSONL_output_follows_the_machine_interface_in_input_order()
    {
        var files = Directory.GetFiles(TestPaths.Examples, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var result = await CliRunner.RunAsync(NewDb(), ["analyze", "--no-store", "--format", "jsonl", .. files.Reverse()]);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            var file = files[files.Length - 1 - i];
            using var json = JsonDocument.Parse(lines[i]);
            var root = json.RootElement;
            Assert.Equal(Path.GetFileNameWithoutExtension(file), root.GetProperty("id").GetString());
            var text = root.GetProperty("text").GetString()!;
            Assert.Equal(await File.ReadAllTextAsync(file), text);
            Assert.True(root.TryGetProperty("title", out _));
            Assert.True(root.TryGetProperty("reference_date", out _));
            Assert.Contains(root.GetProperty("date_source").GetString(), new[] { "given", "inferred", "unknown" });
            foreach (var layer in new[] { "sentences", "mentions", "times", "events", "quotes", "treaty_actions" })
            {
                Assert.Equal(JsonValueKind.Array, root.GetProperty(layer).ValueKind);
            }

            foreach (var s in root.GetProperty("sentences").EnumerateArray())
            {
                int start = s.GetProperty("start").GetInt32(), end = s.GetProperty("end").GetInt32();
                Assert.InRange(start, 0, end - 1);
                Assert.InRange(end, start + 1, text.Length);
            }
        }
    }

    [Fact]
    public async Task A_JSONL_date_is_the_given_reference_date()
    {
        var result = await CliRunner.RunWithInputAsync(NewDb(), "{\"id\":\"g\",\"text\":\"Gondor protested.\",\"date\":\"2019-02-02\"}\n", "analyze", "--no-store", "-");
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("2019-02-02", json.RootElement.GetProperty("reference_date").GetString());
        Assert.Equal("given", json.RootElement.GetProperty("date_source").GetString());
    }

    [Fact]
    public async Task Bad_inputs_are_reported_by_name_the_rest_is_stored_and_the_exit_code_says_so()
    {
        var dir = TestPaths.NewTempDir();
        await File.WriteAllBytesAsync(Path.Combine(dir, "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        await File.WriteAllBytesAsync(Path.Combine(dir, "latin1.txt"), [0x47, 0xE9, 0x6E, 0x65]);
        await File.WriteAllTextAsync(Path.Combine(dir, "empty.txt"), "");
        await File.WriteAllTextAsync(Path.Combine(dir, "good.txt"), "Gondor protested.");
        await File.WriteAllTextAsync(Path.Combine(dir, "lines.jsonl"), "{\"id\":\"j1\",\"text\":\"Arnor replied.\"}\n{oops\n");
        var db = NewDb();
        var result = await CliRunner.RunAsync(db, "analyze", dir, Path.Combine(dir, "missing.txt"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("binary.txt: binary data", result.Error, StringComparison.Ordinal);
        Assert.Contains("latin1.txt: invalid UTF-8 at byte offset 1", result.Error, StringComparison.Ordinal);
        Assert.Contains("empty.txt: empty input", result.Error, StringComparison.Ordinal);
        Assert.Contains("lines.jsonl:2: malformed JSON", result.Error, StringComparison.Ordinal);
        Assert.Contains("missing.txt: no such file or directory", result.Error, StringComparison.Ordinal);
        var stored = await CliRunner.RunAsync(db, "articles", "--format", "csv");
        Assert.Contains("good", stored.Out, StringComparison.Ordinal);
        Assert.Contains("j1", stored.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "--format", "xml", "x.txt")]
    [InlineData("analyze", "--date", "yesterday", "x.txt")]
    [InlineData("events", "--dyad", "USA")]
    [InlineData("events", "--bogus", "1")]
    [InlineData("nonsense")]
    public async Task Usage_mistakes_exit_with_code_2_and_a_message(params string[] args)
    {
        var result = await CliRunner.RunAsync(NewDb(), args);
        Assert.Equal(2, result.ExitCode);
        Assert.NotEqual(string.Empty, result.Error.Trim());
    }

    [Fact]
    public async Task Listing_commands_read_the_store_in_every_format()
    {
        var db = NewDb();
        await CliRunner.RunAsync(db, "analyze", "--quiet", TestPaths.Examples);
        foreach (var command in new[] { "articles", "events", "quotes", "actors", "treaties", "stats" })
        {
            foreach (var format in new[] { "table", "json", "jsonl", "csv" })
            {
                var result = await CliRunner.RunAsync(db, command, "--format", format);
                Assert.True(result.ExitCode == 0, $"{command} --format {format}: {result.Error}");
            }
        }

        var json = await CliRunner.RunAsync(db, "articles", "--format", "json");
        using var parsed = JsonDocument.Parse(json.Out);
        Assert.Equal(3, parsed.RootElement.GetArrayLength());
        var show = await CliRunner.RunAsync(db, "show", "003_e0bed1de2388a5c0", "--sentence", "3");
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("not getting along with Russia", show.Out, StringComparison.Ordinal);
        var missing = await CliRunner.RunAsync(db, "show", "no-such-article");
        Assert.Equal(1, missing.ExitCode);
        var tree = await CliRunner.RunAsync(db, "show", "003_e0bed1de2388a5c0", "--sentence", "3", "--tree");
        Assert.Contains("nsubj: Trump", tree.Out, StringComparison.Ordinal);
        var explain = await CliRunner.RunAsync(db, "explain", "003_e0bed1de2388a5c0", "0");
        Assert.Equal(0, explain.ExitCode);
        Assert.DoesNotContain("changed since", explain.Out, StringComparison.Ordinal);
        Assert.Contains("verb:", explain.Out, StringComparison.Ordinal);
        Assert.Equal(2, (await CliRunner.RunAsync(db, "explain", "003_e0bed1de2388a5c0", "9999")).ExitCode);
    }

    [Fact]
    public async Task Listing_without_a_database_says_how_to_make_one()
    {
        var result = await CliRunner.RunAsync(NewDb(), "events");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("detente analyze", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_killed_run_leaves_a_consistent_database_and_the_next_run_completes_it()
    {
        var dir = TestPaths.NewTempDir();
        const int count = 60;
        var sample = await File.ReadAllTextAsync(Path.Combine(TestPaths.Examples, "003_e0bed1de2388a5c0.txt"));
        for (int i = 0; i < count; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(dir, $"a{i:D4}.txt"), $"Variant {i}.\n{sample}");
        }

        var db = NewDb();
        using (var process = CliRunner.Start("analyze", "--quiet", "--db", db, dir))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (StoredCount(db) < 2 && DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(50);
            }

            Assert.False(process.HasExited, "the run finished before it could be killed; make the corpus larger");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        using (var connection = new SqliteConnection($"Data Source={db}"))
        {
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", check.ExecuteScalar());
        }

        await using (var store = await Detente.Storage.Sqlite.SqliteStore.OpenAsync(db))
        {
            foreach (var article in await store.ArticlesAsync(new Detente.Storage.QueryFilter { Limit = 1000 }))
            {
                var id = (string)article["id"]!;
                using var json = System.Text.Json.JsonDocument.Parse((await store.ArticleJsonAsync(id))!);
                Assert.Equal(Convert.ToInt64(article["sentences"], System.Globalization.CultureInfo.InvariantCulture), json.RootElement.GetProperty("sentences").GetArrayLength());
            }
        }

        var partial = StoredCount(db);
        Assert.InRange(partial, 1, count - 1);
        var rerun = await CliRunner.RunAsync(db, "analyze", "--quiet", dir);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(count, StoredCount(db));
    }

    [Fact]
    public async Task Output_is_identical_whatever_the_number_of_threads()
    {
        var dir = TestPaths.NewTempDir();
        var samples = Directory.GetFiles(TestPaths.Examples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        for (int i = 0; i < 9; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(dir, $"d{i:D2}.txt"), samples[i % samples.Length] + $"\nEdition {i}.");
        }

        var one = await CliRunner.RunAsync(NewDb(), "analyze", "--no-store", "--format", "jsonl", "--threads", "1", dir);
        var four = await CliRunner.RunAsync(NewDb(), "analyze", "--no-store", "--format", "jsonl", "--threads", "4", dir);
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(9, one.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(one.Out, four.Out);
    }

    [Fact]
    public async Task Saved_web_pages_are_read_and_articles_not_in_English_are_skipped_with_a_message()
    {
        var dir = TestPaths.NewTempDir();
        await File.WriteAllTextAsync(Path.Combine(dir, "page.html"), """
            <html><head><title>Gondor and Arnor sign a border pact</title>
            <meta property="article:published_time" content="2021-03-04T10:00:00Z"></head>
            <body><nav>Home | World | Sport</nav><article><h1>Gondor and Arnor sign a border pact</h1>
            <p>Gondor and Arnor signed a border pact on Thursday after two years of talks between their foreign ministers.</p>
            <p>The pact ends a dispute over the northern marches that began when the old kingdom split, officials said.</p>
            </article><footer>Copyright Example News</footer></body></html>
            """);
        await File.WriteAllTextAsync(Path.Combine(dir, "german.txt"),
            "Die Regierung hat am Montag mitgeteilt, dass die Gespr\u00e4che mit dem Nachbarland nicht fortgesetzt werden, weil die Bedingungen nicht erf\u00fcllt sind und die Lage sich verschlechtert hat.");
        var result = await CliRunner.RunAsync(NewDb(), "analyze", "--no-store", "--format", "jsonl", dir);
        Assert.Contains("german.txt: skipped", result.Error, StringComparison.Ordinal);
        var line = Assert.Single(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("2021-03-04", json.RootElement.GetProperty("reference_date").GetString());
        Assert.Equal("given", json.RootElement.GetProperty("date_source").GetString());
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.Contains("signed a border pact on Thursday", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home | World", text, StringComparison.Ordinal);
    }

    private static long StoredCount(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM articles";
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }
}
