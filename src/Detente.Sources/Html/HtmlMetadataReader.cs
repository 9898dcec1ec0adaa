using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Detente.Sources.Web;

namespace Detente.Sources.Html;

/// <summary>
/// Reads title, publication date, author, canonical URL and language from a parsed page: Open Graph and
/// article:* meta tags, JSON-LD (schema.org NewsArticle and kin, also inside @graph), itemprop microdata,
/// time elements, and date patterns in the URL (/2019/02/02/, 2019-02-02, /20190202/).
/// </summary>
public sealed partial class HtmlMetadataReader
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "datepublished", "publishdate", "publish-date",
        "publish_date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
        "dcterms.created", "dc.date", "date", "article.published", "published-date", "og:published_time",
        "cxenseparse:recs:publishtime", "article_date_original", "original-publish-date", "displaydate",
    ];

    private static readonly string[] AuthorMetaNames = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"];

    /// <summary>Reads the metadata of <paramref name="document"/>; <paramref name="url"/> is where it was read from, when known.</summary>
    public HtmlMetadata Read(IHtmlDocument document, string? url)
    {
        var meta = CollectMeta(document);
        var ld = JsonLdArticle.Find(document);

        string? title = First(meta, "og:title", "twitter:title") ?? ld?.Headline ?? H1(document) ?? CleanTitle(document.Title);
        var (published, from) = FindDate(document, meta, ld, url);
        string? author = ld?.Author ?? AuthorFromMeta(meta) ?? RelAuthor(document);
        string? canonical = CanonicalLink(document, url) ?? First(meta, "og:url") ?? ld?.Url ?? url;
        string? language = NormaliseLanguage(document.DocumentElement.GetAttribute("lang")
            ?? document.DocumentElement.GetAttribute("xml:lang")
            ?? First(meta, "content-language", "dc.language", "og:locale")
            ?? ld?.Language);
        return new HtmlMetadata(Tidy(title), published, from, Tidy(author), canonical, language);
    }

    /// <summary>A date from the URL path (/2019/02/02/, /2019-02-02, /20190202/), or null.</summary>
    public static DateOnly? DateFromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var m = UrlDateRegex().Match(url);
        if (!m.Success)
        {
            return null;
        }

        return WebDate.ParseDate(m.Groups["y"].Value + "-" + m.Groups["m"].Value + "-" + m.Groups["d"].Value);
    }

    private static (DateOnly?, string?) FindDate(IHtmlDocument document, Dictionary<string, string> meta, JsonLdArticle? ld, string? url)
    {
        foreach (var name in DateMetaNames)
        {
            if (meta.TryGetValue(name, out var v) && WebDate.ParseDate(v) is { } d)
            {
                return (d, "meta " + name);
            }
        }

        if (WebDate.ParseDate(ld?.DatePublished) is { } ldDate)
        {
            return (ldDate, "json-ld datePublished");
        }

        foreach (var el in document.QuerySelectorAll("[itemprop=datePublished]"))
        {
            if (WebDate.ParseDate(el.GetAttribute("content") ?? el.GetAttribute("datetime") ?? el.TextContent) is { } d)
            {
                return (d, "itemprop datePublished");
            }
        }

        if (DateFromUrl(url) is { } urlDate)
        {
            return (urlDate, "url");
        }

        var times = document.QuerySelectorAll("time[datetime]");
        var time = times.FirstOrDefault(t => t.HasAttribute("pubdate")) ?? times.FirstOrDefault();
        if (WebDate.ParseDate(time?.GetAttribute("datetime")) is { } timeDate)
        {
            return (timeDate, "time element");
        }

        if (WebDate.ParseDate(First(meta, "article:modified_time", "og:updated_time", "datemodified", "last-modified") ?? ld?.DateModified) is { } modified)
        {
            return (modified, "modified date");
        }

        return (null, null);
    }

    private static Dictionary<string, string> CollectMeta(IHtmlDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var el in document.QuerySelectorAll("meta"))
        {
            var content = el.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attr in (string[])["property", "name", "itemprop", "http-equiv"])
            {
                var key = el.GetAttribute(attr);
                if (!string.IsNullOrWhiteSpace(key))
                {
                    meta.TryAdd(key.Trim(), content.Trim());
                }
            }
        }

        return meta;
    }

    private static string? First(Dictionary<string, string> meta, params string[] names)
    {
        foreach (var n in names)
        {
            if (meta.TryGetValue(n, out var v) && v.Length > 0)
            {
                return v;
            }
        }

        return null;
    }

    private static string? AuthorFromMeta(Dictionary<string, string> meta)
    {
        foreach (var n in AuthorMetaNames)
        {
            if (meta.TryGetValue(n, out var v) && !v.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                return v;
            }
        }

        return null;
    }

    private static string? RelAuthor(IHtmlDocument document) =>
        document.QuerySelector("a[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")?.TextContent;

    private static string? CanonicalLink(IHtmlDocument document, string? url)
    {
        var href = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var abs))
        {
            return abs.ToString();
        }

        return url is not null && Uri.TryCreate(url, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, href.Trim(), out var rel)
            ? rel.ToString()
            : null;
    }

    private static string? H1(IHtmlDocument document)
    {
        var h1s = document.QuerySelectorAll("h1");
        return h1s.Length == 1 ? h1s[0].TextContent : null;
    }

    /// <summary>The title element without a trailing " | Site name" or " - Site name".</summary>
    public static string? CleanTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var t = title.Trim();
        foreach (var sep in (string[])[" | ", " - ", " – ", " — ", " :: ", " « ", " » "])
        {
            int i = t.LastIndexOf(sep, StringComparison.Ordinal);
            if (i > 15)
            {
                t = t[..i];
                break;
            }
        }

        return t;
    }

    private static string? NormaliseLanguage(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var c = code.Trim().Replace('_', '-');
        int dash = c.IndexOf('-', StringComparison.Ordinal);
        var primary = (dash > 0 ? c[..dash] : c).ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetter) ? primary : null;
    }

    private static string? Tidy(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        return WhitespaceRegex().Replace(s, " ").Trim();
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>[01]?\d)[/-](?<d>[0-3]?\d)(?:[/_.-]|$)|[/_-](?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)[/_.-]", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDateRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
