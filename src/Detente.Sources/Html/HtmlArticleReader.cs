using System.Security.Cryptography;
using System.Text;
using Detente.Core.Model;

namespace Detente.Sources.Html;

/// <summary>Turns an HTML page into an <see cref="Article"/>: extracted body, title, date, author, canonical URL, language.</summary>
public sealed class HtmlArticleReader
{
    private readonly HtmlArticleExtractor _extractor;

    /// <summary>Creates a reader over <paramref name="extractor"/>.</summary>
    public HtmlArticleReader(HtmlArticleExtractor extractor) => _extractor = extractor;

    /// <summary>Reads one page.</summary>
    /// <param name="html">The page.</param>
    /// <param name="source">Where it came from (path or URL), for messages and <see cref="Article.Source"/>.</param>
    /// <param name="url">The page's address, when known (used for relative links, URL dates and the id).</param>
    /// <exception cref="InvalidDataException">No article text could be found in the page.</exception>
    public Article Read(string html, string source, string? url = null)
    {
        var page = _extractor.Extract(html, url);
        if (page.Text.Length == 0)
        {
            throw new InvalidDataException($"{source}: no article text found in the page");
        }

        var meta = page.Metadata;
        var canonical = meta.CanonicalUrl ?? url;
        return new Article(IdFor(canonical ?? source), page.Text, meta.Title, meta.Published, source, canonical)
        {
            Author = meta.Author,
            Language = meta.Language,
        };
    }

    /// <summary>A stable short id for an address: "web-" and the first 16 hex digits of its SHA-256.</summary>
    public static string IdFor(string address) =>
        "web-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address)))[..16];
}
