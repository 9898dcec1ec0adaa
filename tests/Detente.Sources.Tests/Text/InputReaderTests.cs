using System.Text;
using Detente.Tests.Common;

namespace Detente.Sources.Tests.Text;

public sealed class InputReaderTests
{
    private static async Task<List<SourceItem>> ReadAsync(string[] inputs, string stdin = "", ReadOptions? options = null)
    {
        var items = new List<SourceItem>();
        await foreach (var item in InputReader.CreateDefault().ReadAsync(inputs, options ?? new ReadOptions(), new StringReader(stdin), CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    [Fact]
    public async Task A_text_file_becomes_one_article_named_after_the_file_with_its_headline()
    {
        var dir = TestPaths.NewTempDir();
        var path = Path.Combine(dir, "gondor-talks.txt");
        await File.WriteAllTextAsync(path, "Gondor and Arnor resume talks\nThe two kingdoms met on Monday.\n");
        var item = Assert.Single(await ReadAsync([path]));
        Assert.Null(item.Error);
        Assert.Equal("gondor-talks", item.Article!.Id);
        Assert.Equal("Gondor and Arnor resume talks", item.Article.Title);
        Assert.Equal("Gondor and Arnor resume talks\nThe two kingdoms met on Monday.\n", item.Article.Text);
    }

    [Fact]
    public async Task A_byte_order_mark_is_dropped_and_a_lede_is_not_taken_for_a_headline()
    {
        var dir = TestPaths.NewTempDir();
        var path = Path.Combine(dir, "a.txt");
        await File.WriteAllBytesAsync(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Arnor left the pact.\nGondor stayed.")]);
        var article = Assert.Single(await ReadAsync([path])).Article!;
        Assert.Equal("Arnor left the pact.\nGondor stayed.", article.Text);
        Assert.Null(article.Title);
    }

    [Fact]
    public async Task A_directory_is_read_recursively_in_name_order_and_other_files_are_ignored()
    {
        var dir = TestPaths.NewTempDir();
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        await File.WriteAllTextAsync(Path.Combine(dir, "b.txt"), "Second article.");
        await File.WriteAllTextAsync(Path.Combine(dir, "sub", "c.txt"), "Third article.");
        await File.WriteAllTextAsync(Path.Combine(dir, "a.txt"), "First article.");
        await File.WriteAllTextAsync(Path.Combine(dir, "notes.bin"), "ignored");
        var ids = (await ReadAsync([dir])).Select(i => i.Article!.Id).ToList();
        Assert.Equal(["a", "b", "c"], ids);
    }

    [Fact]
    public async Task A_glob_expands_to_matching_files_and_an_unmatched_glob_is_an_error()
    {
        var dir = TestPaths.NewTempDir();
        await File.WriteAllTextAsync(Path.Combine(dir, "x1.txt"), "One.");
        await File.WriteAllTextAsync(Path.Combine(dir, "x2.txt"), "Two.");
        await File.WriteAllTextAsync(Path.Combine(dir, "y.txt"), "Three.");
        Assert.Equal(["x1", "x2"], (await ReadAsync([Path.Combine(dir, "x*.txt")])).Select(i => i.Article!.Id));
        var miss = Assert.Single(await ReadAsync([Path.Combine(dir, "z*.txt")]));
        Assert.Contains("no file matches", miss.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JSONL_lines_become_articles_with_given_dates_and_bad_lines_are_errors_naming_the_line()
    {
        var dir = TestPaths.NewTempDir();
        var path = Path.Combine(dir, "feed.jsonl");
        await File.WriteAllTextAsync(path, """
            {"id": "g1", "text": "Gondor protested.", "title": "Protest", "date": "2019-02-02", "url": "https://example.org/g1"}
            {not json}

            {"id": "g2"}
            {"id": "g3", "text": "Arnor replied.", "date": "second of February"}
            {"id": 7, "text": "Numeric ids are kept."}
            ["an", "array"]
            """);
        var items = await ReadAsync([path]);
        Assert.Equal(6, items.Count);
        var first = items[0].Article!;
        Assert.Equal(("g1", "Protest", new DateOnly(2019, 2, 2), "https://example.org/g1"), (first.Id, first.Title, first.Published!.Value, first.Url));
        Assert.Equal(path + ":2", items[1].Input);
        Assert.StartsWith("malformed JSON", items[1].Error, StringComparison.Ordinal);
        Assert.Equal(path + ":4", items[2].Input);
        Assert.Contains("\"text\"", items[2].Error, StringComparison.Ordinal);
        Assert.Contains("not an ISO 8601 date", items[3].Error, StringComparison.Ordinal);
        Assert.Equal("7", items[4].Article!.Id);
        Assert.Contains("JSON object", items[5].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gzipped_JSONL_is_read_as_a_stream_and_corrupt_gzip_is_an_error_naming_the_file()
    {
        var dir = TestPaths.NewTempDir();
        var path = Path.Combine(dir, "day.jsonl.gz");
        await using (var gz = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
        {
            await gz.WriteAsync(Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"Arnor protested.\"}\n{\"id\":\"b\",\"text\":\"Gondor replied.\"}\n"));
        }

        Assert.Equal(["a", "b"], (await ReadAsync([dir])).Select(i => i.Article!.Id));
        var bad = Path.Combine(dir, "bad.jsonl.gz");
        await File.WriteAllBytesAsync(bad, [0x1F, 0x8B, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        var item = Assert.Single(await ReadAsync([bad]));
        Assert.Equal(bad, item.Input);
        Assert.Contains("gzip", item.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standard_input_is_one_text_article_or_JSON_lines()
    {
        var text = Assert.Single(await ReadAsync(["-"], "Gondor protested."));
        Assert.Equal(("stdin", "Gondor protested."), (text.Article!.Id, text.Article.Text));
        var lines = await ReadAsync(["-"], "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n");
        Assert.Equal(["a", "b"], lines.Select(i => i.Article!.Id));
    }

    [Fact]
    public async Task A_command_line_date_applies_to_articles_without_one()
    {
        var dir = TestPaths.NewTempDir();
        var path = Path.Combine(dir, "a.txt");
        await File.WriteAllTextAsync(path, "Gondor protested.");
        var article = Assert.Single(await ReadAsync([path], options: new ReadOptions { Date = new DateOnly(2020, 1, 2) })).Article!;
        Assert.Equal(new DateOnly(2020, 1, 2), article.Published);
    }

    [Theory]
    [InlineData(new byte[] { 0x47, 0x00, 0x6F }, "binary data")]
    [InlineData(new byte[] { 0x47, 0xC3, 0x28, 0x6F }, "invalid UTF-8 at byte offset 1")]
    [InlineData(new byte[] { }, "empty input")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "empty input")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "empty input")]
    public async Task Files_that_are_not_text_are_refused_with_the_reason(byte[] content, string reason)
    {
        var dir = TestPaths.NewTempDir();
        var path = Path.Combine(dir, "bad.txt");
        await File.WriteAllBytesAsync(path, content);
        var item = Assert.Single(await ReadAsync([path]));
        Assert.Null(item.Article);
        Assert.Equal(path, item.Input);
        Assert.Contains(reason, item.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_and_oversized_inputs_are_errors_and_reading_goes_on()
    {
        var dir = TestPaths.NewTempDir();
        var big = Path.Combine(dir, "big.txt");
        await File.WriteAllTextAsync(big, new string('x', 2000));
        var ok = Path.Combine(dir, "ok.txt");
        await File.WriteAllTextAsync(ok, "Fine.");
        var items = await ReadAsync([Path.Combine(dir, "missing.txt"), big, ok], options: new ReadOptions { MaxFileBytes = 1000 });
        Assert.Equal("no such file or directory", items[0].Error);
        Assert.Contains("too large", items[1].Error, StringComparison.Ordinal);
        Assert.Equal("ok", items[2].Article!.Id);
    }
}
