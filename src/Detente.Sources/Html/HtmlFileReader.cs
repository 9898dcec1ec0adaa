using System.IO.Compression;
using System.Runtime.CompilerServices;
using Detente.Sources.Text;
using Detente.Sources.Web;

namespace Detente.Sources.Html;

/// <summary>
/// Reads saved web pages (.html, .htm, and gzipped .html.gz / .htm.gz) as articles: the body extracted, the
/// publication date, title, author, canonical URL and language from the page. The charset comes from a BOM or
/// the page's meta tag. The id is the file name without its extensions.
/// </summary>
public sealed class HtmlFileReader : IFileReader
{
    private readonly HtmlArticleReader _reader;

    /// <summary>Creates a reader over <paramref name="reader"/>.</summary>
    public HtmlFileReader(HtmlArticleReader reader) => _reader = reader;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".html.gz", ".htm.gz"];

    /// <inheritdoc />
    public async IAsyncEnumerable<SourceItem> ReadAsync(string path, ReadOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var bytes = await FileBytes.ReadAsync(path, options, cancellationToken).ConfigureAwait(false);
        if (bytes.Error is not null)
        {
            yield return SourceItem.Fail(path, bytes.Error);
            yield break;
        }

        var name = Path.GetFileName(path);
        var data = bytes.Data!;
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            if (!name.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".htm.gz", StringComparison.OrdinalIgnoreCase))
            {
                yield return SourceItem.Fail(path, "a .gz file that is not a gzipped .html page");
                yield break;
            }

            var unzipped = Gunzip(data, options.MaxFileBytes);
            if (unzipped.Error is not null)
            {
                yield return SourceItem.Fail(path, unzipped.Error);
                yield break;
            }

            data = unzipped.Data!;
            name = name[..^3];
        }

        var article = _reader.ReadOrNull(TextDecoder.Decode(data), path, url: null, id: Path.GetFileNameWithoutExtension(name));
        yield return article is null
            ? SourceItem.Fail(path, HtmlArticleReader.NoText)
            : SourceItem.Ok(path, options.Date is { } d && article.Published is null ? article with { Published = d } : article);
    }

    private static (byte[]? Data, string? Error) Gunzip(byte[] data, long max)
    {
        try
        {
            using var gz = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gz.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > max)
                {
                    return (null, $"page too large once unzipped (over {max} bytes)");
                }

                output.Write(buffer, 0, read);
            }

            return (output.ToArray(), null);
        }
        catch (InvalidDataException)
        {
            return (null, "not valid gzip data");
        }
    }
}
