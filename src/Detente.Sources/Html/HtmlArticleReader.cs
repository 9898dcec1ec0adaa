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
    public Article Read(string html, string source, string? url = null) =>
        ReadOrNull(html, source, url, id: null) ?? throw new InvalidDataException($"{source}: {NoText}");

    /// <summary>Reads one page, or returns null when it holds no article text.</summary>
    /// <param name="html">The page.</param>
    /// <param name="source">Where it came from, for <see cref="Article.Source"/>.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="id">The article id; null to derive it from the canonical URL (or the source).</param>
    public Article? ReadOrNull(string html, string source, string? url, string? id)
    {
        var page = _extractor.Extract(html, url);
        if (page.Text.Length == 0)
        {
            return null;
        }

        var meta = page.Metadata;
        var canonical = meta.CanonicalUrl ?? url;
        return new Article(id ?? IdFor(canonical ?? source), page.Text, meta.Title, meta.Published, source, canonical)
        {
            Author = meta.Author,
            Language = meta.Language,
        };
    }

    /// <summary>The problem reported for a page without article text.</summary>
    public const string NoText = "no article text found in the page";

    /// <summary>A stable short id for an address: "web-" and the first 16 hex digits of its SHA-256.</summary>
    public static string IdFor(string address) =>
        "web-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address)))[..16];
}
