using System.Globalization;
using System.Net;

namespace Detente.Cli.Tests.Sources;

/// <summary>Invented news stories and the web pages and feeds that serve them, for tests over loopback HTTP.</summary>
internal static class NewsPages
{
    /// <summary>A wire story.</summary>
    public static readonly string[] FisheriesWire =
    [
        "Norway's foreign minister met her Chilean counterpart in Oslo on Monday and the two governments signed an agreement on fisheries cooperation in the South Pacific.",
        "The Chilean foreign minister praised Norway for its support of ocean research. Norway promised to send two research vessels to Chilean waters next year.",
        "Officials from both countries said the agreement would be reviewed after three years, and that quotas for mackerel and hake would be set by a joint commission meeting twice a year.",
        "Peru criticized the agreement, saying it had not been consulted about fishing grounds close to its own waters.",
    ];

    /// <summary>The same story as a partner site runs it a day later: a byline, a few words changed, the last paragraph cut, a credit line.</summary>
    public static readonly string[] FisheriesPartnerCopy =
    [
        "By Wire Staff",
        "Norway's foreign minister met her Chilean counterpart in Oslo on Monday and the two governments signed an agreement on fisheries cooperation in the South Pacific.",
        "The Chilean foreign minister praised Norway for its support of ocean research. Norway promised to send a pair of research vessels to Chilean waters next year.",
        "Officials from both countries said the agreement would be reviewed after three years, and that quotas for mackerel and hake would be set by a joint commission that meets twice a year.",
        "Reporting by Wire staff; editing by the Partner news desk.",
    ];

    /// <summary>Another story on the same topic, written separately.</summary>
    public static readonly string[] FisheriesOtherStory =
    [
        "Chile's fisheries agency said on Tuesday it would open a research station in Valparaiso together with Norwegian scientists, a week after the two countries agreed to work together on ocean science.",
        "The station will study how warmer currents move anchovy stocks along the coast, the agency's director told reporters, and its first findings are expected before the southern winter.",
        "Fishing unions in the south of Chile welcomed the plan but asked the government to share the data with small boat owners.",
    ];

    /// <summary>Short unrelated stories for feeds.</summary>
    public static readonly string[][] Briefs =
    [
        ["Japan protested to China on Wednesday after a Chinese survey ship entered waters near the Senkaku Islands, the Japanese foreign ministry said.", "Tokyo summoned a Chinese diplomat and demanded that the ship leave at once."],
        ["Kenya and Ethiopia agreed on Thursday to reopen border markets closed during the drought, the two governments said in a joint statement.", "Traders on both sides of the border have waited months for the crossings to reopen."],
        ["Brazil's president welcomed the Argentine president in Brasilia on Friday for talks on trade and energy, officials said.", "The two leaders are expected to sign a memorandum on a gas pipeline before the visit ends."],
    ];

    /// <summary>An article page with its publication date in the page's metadata.</summary>
    public static string Page(string title, DateOnly published, IEnumerable<string> paragraphs)
    {
        var date = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body = string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>\n"));
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)} | Test Herald</title>
            <meta property="article:published_time" content="{date}T09:30:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>{WebUtility.HtmlEncode(title)}</h1>
            {body}</article>
            <footer>Copyright Test Herald. All rights reserved.</footer></body></html>
            """;
    }

    /// <summary>An RSS 2.0 feed of (title, absolute link) items.</summary>
    public static string Rss(IEnumerable<(string Title, string Link)> items)
    {
        var xml = string.Concat(items.Select(i => $"<item><title>{WebUtility.HtmlEncode(i.Title)}</title><link>{i.Link}</link><guid>{i.Link}</guid></item>"));
        return $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Test Herald</title><link>http://example.invalid/</link>{xml}</channel></rss>";
    }
}
