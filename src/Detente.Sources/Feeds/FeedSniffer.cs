using System.Text.RegularExpressions;

namespace Detente.Sources.Feeds;

/// <summary>Tells a feed from a web page by its first element: &lt;rss&gt;, &lt;feed&gt; or &lt;rdf:RDF&gt; make a feed.</summary>
public static partial class FeedSniffer
{
    /// <summary>True when the document's first element (after the prolog, comments and doctype) is a feed's root.</summary>
    public static bool LooksLikeFeed(string text) => FirstElement(text) is "rss" or "feed" or "RDF";

    /// <summary>The local name of the document's first element, or null when there is none in its first 4 KB.</summary>
    public static string? FirstElement(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = FirstElementRegex().Match(text.Length > 4096 ? text[..4096] : text);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups[1].Value;
        int colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? name[(colon + 1)..] : name;
    }

    [GeneratedRegex(@"<(?![?!/])([A-Za-z][\w:.-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex FirstElementRegex();
}
