using System.IO.Compression;
using System.Text;
using Detente.Sources.Html;
using Detente.Tests.Common;

namespace Detente.Sources.Tests.Html;

public sealed class HtmlFileReaderTests
{
    private const string Page = """
        <html><head><meta charset="windows-1252"><title>Dale</title></head><body><article>
        <p>The king of Dale met the envoy of the Iron Hills on Tuesday and agreed to reopen the caf&eacute; road, officials said.</p>
        <p>Café owners along the road welcomed the news.</p></article></body></html>
        """;

    private static async Task<List<SourceItem>> ReadAsync(string path)
    {
        var items = new List<SourceItem>();
        await foreach (var item in new HtmlFileReader(new HtmlArticleReader(new HtmlArticleExtractor())).ReadAsync(path, new ReadOptions { Date = new DateOnly(2020, 1, 2) }, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    [Fact]
    public async Task A_saved_page_in_a_legacy_charset_becomes_an_article_named_after_the_file()
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "dale-road.html");
        await File.WriteAllBytesAsync(path, System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Page));

        var item = Assert.Single(await ReadAsync(path));

        Assert.Null(item.Error);
        Assert.Equal("dale-road", item.Article!.Id);
        Assert.Contains("Caf\u00e9 owners", item.Article.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2020, 1, 2), item.Article.Published);
    }

    [Fact]
    public async Task A_gzipped_page_is_read()
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "dale-road.html.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes(Page.Replace("windows-1252", "utf-8", StringComparison.Ordinal)));
        }

        var item = Assert.Single(await ReadAsync(path));

        Assert.Equal("dale-road", item.Article!.Id);
    }

    [Fact]
    public async Task A_page_without_text_and_a_broken_gzip_are_reported()
    {
        var dir = TestPaths.NewTempDir();
        var empty = Path.Combine(dir, "empty.html");
        var broken = Path.Combine(dir, "broken.html.gz");
        await File.WriteAllTextAsync(empty, "<html><body><nav></nav></body></html>");
        await File.WriteAllBytesAsync(broken, [1, 2, 3, 4]);

        Assert.Equal("no article text found in the page", Assert.Single(await ReadAsync(empty)).Error);
        Assert.Equal("not valid gzip data", Assert.Single(await ReadAsync(broken)).Error);
    }
}
