using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Detente.Sources.Html;

/// <summary>
/// Extracts the article body and metadata from an HTML page. Metadata is read first from the untouched DOM;
/// the body comes from SmartReader (a Readability port), rendered as paragraphs by <see cref="BodyTextWriter"/>.
/// Thread-safe: each call parses its own document.
/// </summary>
public sealed class HtmlArticleExtractor
{
    private const string PlaceholderUrl = "http://localhost/";
    private readonly HtmlMetadataReader _metadata = new();
    private readonly BoilerplateFilter _filter = new();
    private readonly bool _clean;

    /// <summary>Creates an extractor; <paramref name="clean"/> false gives SmartReader's body without the boilerplate filter.</summary>
    public HtmlArticleExtractor(bool clean = true) => _clean = clean;

    /// <summary>Extracts the article of <paramref name="html"/>; <paramref name="url"/> is the page's address, when known.</summary>
    public HtmlPage Extract(string html, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var meta = _metadata.Read(document, url);
        var text = ExtractBody(document, url);
        return new HtmlPage(text, meta);
    }

    private string ExtractBody(IHtmlDocument document, string? url)
    {
        var address = url is not null && Uri.TryCreate(url, UriKind.Absolute, out _) ? url : PlaceholderUrl;
        if (_clean && document.Body is { } body)
        {
            _filter.CleanDom(body);
        }

        var reader = new SmartReader.Reader(address, document) { ContinueIfNotReadable = true };
        var article = reader.GetArticle();
        if (string.IsNullOrWhiteSpace(article.Content))
        {
            return string.Empty;
        }

        var fragment = new HtmlParser().ParseDocument(article.Content);
        var blocks = BodyTextWriter.Blocks(fragment.Body ?? (AngleSharp.Dom.INode)fragment);
        return BodyTextWriter.Join(_clean ? _filter.FilterBlocks(blocks, url) : blocks);
    }
}
