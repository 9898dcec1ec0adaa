using System.Text.Json;
using AngleSharp.Html.Dom;

namespace Detente.Sources.Html;

/// <summary>The article fields of a page's JSON-LD (schema.org Article, NewsArticle, BlogPosting ...).</summary>
/// <param name="Headline">headline or name.</param>
/// <param name="DatePublished">datePublished as written.</param>
/// <param name="DateModified">dateModified as written.</param>
/// <param name="Author">author names, comma-separated.</param>
/// <param name="Url">url or mainEntityOfPage.</param>
/// <param name="Language">inLanguage.</param>
public sealed record JsonLdArticle(string? Headline, string? DatePublished, string? DateModified, string? Author, string? Url, string? Language)
{
    /// <summary>The first article-like JSON-LD object of <paramref name="document"/>, or null. Malformed blocks are skipped.</summary>
    public static JsonLdArticle? Find(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(json.RootElement, 0) is { } found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // A malformed block says nothing; others may still be read.
            }
        }

        return null;
    }

    private static JsonLdArticle? FindArticle(JsonElement e, int depth)
    {
        if (depth > 6)
        {
            return null;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                if (FindArticle(item, depth + 1) is { } a)
                {
                    return a;
                }
            }

            return null;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (IsArticleType(e))
        {
            return new JsonLdArticle(
                Str(e, "headline") ?? Str(e, "name"),
                Str(e, "datePublished") ?? Str(e, "dateCreated"),
                Str(e, "dateModified"),
                Names(e, "author") ?? Names(e, "creator"),
                Str(e, "url") ?? Str(e, "mainEntityOfPage"),
                Str(e, "inLanguage"));
        }

        return e.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
    }

    private static bool IsArticleType(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var t))
        {
            return false;
        }

        IEnumerable<string?> types = t.ValueKind == JsonValueKind.Array
            ? t.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : null)
            : [t.ValueKind == JsonValueKind.String ? t.GetString() : null];
        return types.Any(x => x is not null && (x.EndsWith("Article", StringComparison.Ordinal) || x is "BlogPosting" or "Report" or "LiveBlogPosting" or "ReportageNews" or "AnalysisNewsArticle"));
    }

    private static string? Str(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object => Str(v, "@id") ?? Str(v, "url"),
            JsonValueKind.Array when v.GetArrayLength() > 0 && v[0].ValueKind == JsonValueKind.String => v[0].GetString(),
            _ => null,
        };
    }

    private static string? Names(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }

        var items = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [v];
        var names = items
            .Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : x.ValueKind == JsonValueKind.Object ? Str(x, "name") : null)
            .Where(x => !string.IsNullOrWhiteSpace(x) && !x.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return names.Count > 0 ? string.Join(", ", names) : null;
    }
}
