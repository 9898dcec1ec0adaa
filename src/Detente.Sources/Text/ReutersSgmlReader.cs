using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Detente.Core.Model;

namespace Detente.Sources.Text;

/// <summary>
/// Reads the Reuters-21578 SGML collection (.sgm, or .sgm.gz): one article per REUTERS element, with its NEWID as
/// id, TITLE as title, DATE as given date, and the dateline and body as text.
/// </summary>
public sealed partial class ReutersSgmlReader : IFileReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".sgm", ".sgm.gz"];

    /// <inheritdoc />
    public async IAsyncEnumerable<SourceItem> ReadAsync(string path, ReadOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".sgm.gz", StringComparison.OrdinalIgnoreCase))
        {
            yield return SourceItem.Fail(path, "a .gz file is read only when it is a Reuters .sgm.gz collection");
            yield break;
        }

        string content;
        string? error = null;
        try
        {
            await using var file = File.OpenRead(path);
            Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
            await using (stream.ConfigureAwait(false))
            {
                using var reader = new StreamReader(stream, Encoding.Latin1);
                content = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            content = string.Empty;
            error = "cannot read: " + ex.Message;
        }

        if (error is not null)
        {
            yield return SourceItem.Fail(path, error);
            yield break;
        }

        foreach (Match m in ArticleElement().Matches(content))
        {
            var body = m.Groups["body"].Value;
            var id = "reuters-" + m.Groups["id"].Value;
            var text = WebUtility.HtmlDecode(Field(body, "DATELINE") + Field(body, "BODY")).Replace("\u0003", string.Empty, StringComparison.Ordinal).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var title = WebUtility.HtmlDecode(Field(body, "TITLE")).Trim();
            DateOnly? date = DateTime.TryParseExact(Field(body, "DATE").Trim().Split(' ')[0], "d-MMM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt)
                ? DateOnly.FromDateTime(dt)
                : options.Date;
            yield return SourceItem.Ok($"{path}#{id}", new Article(id, text, title.Length == 0 ? null : title, date, path));
        }
    }

    private static string Field(string body, string tag)
    {
        int start = body.IndexOf("<" + tag + ">", StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        start += tag.Length + 2;
        int end = body.IndexOf("</" + tag + ">", start, StringComparison.Ordinal);
        return end < 0 ? body[start..] : body[start..end];
    }

    [GeneratedRegex("<REUTERS[^>]*NEWID=\"(?<id>\\d+)\"[^>]*>(?<body>.*?)</REUTERS>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleElement();
}
