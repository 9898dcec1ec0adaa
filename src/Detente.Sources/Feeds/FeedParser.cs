using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Detente.Sources.Html;
using Detente.Sources.Web;

namespace Detente.Sources.Feeds;

/// <summary>
/// Parses RSS 0.91/0.92, RSS 1.0 (RDF), RSS 2.0 and Atom 1.0. Dates may be RFC 822 (any zone) or ISO 8601
/// (pubDate, dc:date, published, updated); HTML in descriptions is turned into plain text; relative links
/// are resolved against the feed's address. DTDs are ignored, never fetched.
/// </summary>
public sealed class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>Parses feed bytes, decoding them as the HTTP charset, BOM or XML prolog says.</summary>
    /// <param name="bytes">The document.</param>
    /// <param name="source">Where it came from (URL or path), used in messages and to resolve relative links.</param>
    /// <param name="headerCharset">The charset of the Content-Type header, when fetched.</param>
    /// <exception cref="FeedFormatException">Not well-formed XML, or not RSS or Atom.</exception>
    public Feed Parse(ReadOnlySpan<byte> bytes, string source, string? headerCharset = null) =>
        Parse(TextDecoder.Decode(bytes, headerCharset), source);

    /// <summary>Parses feed text.</summary>
    /// <exception cref="FeedFormatException">Not well-formed XML, or not RSS or Atom.</exception>
    public Feed Parse(string xml, string source)
    {
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false };
            using var reader = XmlReader.Create(new StringReader(WithoutControlCharacters(xml.TrimStart('\uFEFF', ' ', '\t', '\r', '\n'))), settings);
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new FeedFormatException($"{source}: not well-formed XML (line {e.LineNumber}, column {e.LinePosition}: {FirstSentence(e.Message)})", e);
        }

        var root = doc.Root ?? throw new FeedFormatException($"{source}: empty document");
        var baseUri = Uri.TryCreate(source, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http", StringComparison.Ordinal) ? u : null;
        return root.Name.LocalName switch
        {
            "rss" => ParseRss(root, baseUri),
            "feed" when root.Name.Namespace == Atom || root.Name.Namespace == XNamespace.None => ParseAtom(root, baseUri),
            "RDF" => ParseRdf(root, baseUri),
            _ => throw new FeedFormatException($"{source}: not an RSS or Atom feed (root element <{root.Name.LocalName}>)"),
        };
    }

    private static Feed ParseRss(XElement root, Uri? baseUri)
    {
        var version = (string?)root.Attribute("version") ?? "2.0";
        var kind = version.StartsWith("0.9", StringComparison.Ordinal) ? FeedKind.Rss09 : FeedKind.Rss20;
        var channel = root.Element("channel") ?? root;
        var items = channel.Elements("item").Concat(root.Elements("item"))
            .Select(i => Item(
                Text(i.Element("guid")),
                Text(i.Element("title")),
                Text(i.Element("link")) ?? PermalinkGuid(i),
                Text(i.Element("pubDate")) ?? Text(i.Element(Dc + "date")),
                Text(i.Element("description")) ?? Text(i.Element(Content + "encoded")),
                Text(i.Element(Dc + "creator")) ?? Text(i.Element("author")),
                baseUri))
            .ToList();
        return new Feed(kind, Plain(Text(channel.Element("title"))), Text(channel.Element("link")), Text(channel.Element("language")) ?? Text(channel.Element(Dc + "language")), items);
    }

    private static Feed ParseRdf(XElement root, Uri? baseUri)
    {
        var ns = root.Element(Rss10 + "channel") is not null ? Rss10 : XNamespace.None;
        var channel = root.Element(ns + "channel");
        var items = root.Elements(ns + "item").Concat(channel?.Elements(ns + "item") ?? [])
            .Select(i => Item(
                (string?)i.Attribute(Rdf + "about"),
                Text(i.Element(ns + "title")),
                Text(i.Element(ns + "link")),
                Text(i.Element(Dc + "date")),
                Text(i.Element(ns + "description")) ?? Text(i.Element(Content + "encoded")),
                Text(i.Element(Dc + "creator")),
                baseUri))
            .ToList();
        return new Feed(FeedKind.Rss10, Plain(Text(channel?.Element(ns + "title"))), Text(channel?.Element(ns + "link")), Text(channel?.Element(Dc + "language")), items);
    }

    private static Feed ParseAtom(XElement root, Uri? baseUri)
    {
        var ns = root.Name.Namespace;
        var items = root.Elements(ns + "entry")
            .Select(e => Item(
                Text(e.Element(ns + "id")),
                AtomText(e.Element(ns + "title")),
                AtomLink(e, ns),
                Text(e.Element(ns + "published")) ?? Text(e.Element(ns + "updated")) ?? Text(e.Element(Dc + "date")),
                AtomText(e.Element(ns + "summary")) ?? AtomText(e.Element(ns + "content")),
                Text(e.Element(ns + "author")?.Element(ns + "name")),
                baseUri))
            .ToList();
        var lang = (string?)root.Attribute(XNamespace.Xml + "lang");
        return new Feed(FeedKind.Atom, Plain(AtomText(root.Element(ns + "title"))), AtomLink(root, ns), lang, items);
    }

    private static FeedItem Item(string? id, string? title, string? link, string? date, string? summaryHtml, string? author, Uri? baseUri)
    {
        var absolute = Resolve(link, baseUri);
        var plainTitle = Plain(title);
        var summary = Plain(summaryHtml);
        DateTimeOffset? published = WebDate.TryParse(date, out var d) ? d : null;
        var key = id ?? absolute ?? Hash(plainTitle + "\u0000" + summary);
        return new FeedItem(key, plainTitle, absolute, published, summary, author);
    }

    private static string? Resolve(string? link, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        var l = link.Trim();
        if (Uri.TryCreate(l, UriKind.Absolute, out var abs) && (abs.Scheme == Uri.UriSchemeHttp || abs.Scheme == Uri.UriSchemeHttps))
        {
            return abs.ToString();
        }

        return baseUri is not null && Uri.TryCreate(baseUri, l, out var rel) ? rel.ToString() : l;
    }

    private static string? PermalinkGuid(XElement item)
    {
        var guid = item.Element("guid");
        var isPermalink = (string?)guid?.Attribute("isPermaLink");
        var value = Text(guid);
        return value is not null && !string.Equals(isPermalink, "false", StringComparison.OrdinalIgnoreCase)
            && value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? value : null;
    }

    private static string? AtomLink(XElement e, XNamespace ns)
    {
        var links = e.Elements(ns + "link").ToList();
        var alternate = links.FirstOrDefault(l => ((string?)l.Attribute("rel") ?? "alternate") == "alternate") ?? links.FirstOrDefault();
        return (string?)alternate?.Attribute("href");
    }

    private static string? AtomText(XElement? e)
    {
        if (e is null)
        {
            return null;
        }

        return (string?)e.Attribute("type") == "xhtml"
            ? string.Concat(e.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))
            : Text(e);
    }

    private static string? Text(XElement? e)
    {
        var v = e?.Value.Trim();
        return string.IsNullOrEmpty(v) ? null : v;
    }

    /// <summary>Plain text of a value that may hold HTML (escaped or CDATA).</summary>
    private static string? Plain(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!value.Contains('<', StringComparison.Ordinal) && !value.Contains('&', StringComparison.Ordinal))
        {
            return value.Trim();
        }

        var doc = new HtmlParser().ParseDocument("<body>" + value + "</body>");
        var text = BodyTextWriter.Write(doc.Body!);
        return text.Length > 0 ? text : null;
    }

    /// <summary>Drops C0 control characters that XML 1.0 forbids and real feeds still contain.</summary>
    private static string WithoutControlCharacters(string xml)
    {
        if (!xml.Any(c => c < ' ' && c is not '\t' and not '\n' and not '\r'))
        {
            return xml;
        }

        return string.Create(xml.Length - xml.Count(c => c < ' ' && c is not '\t' and not '\n' and not '\r'), xml, (span, src) =>
        {
            int j = 0;
            foreach (char c in src)
            {
                if (c >= ' ' || c is '\t' or '\n' or '\r')
                {
                    span[j++] = c;
                }
            }
        });
    }

    private static string Hash(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)))[..16];

    private static string FirstSentence(string message)
    {
        int i = message.IndexOf(". ", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message.TrimEnd('.');
    }
}
