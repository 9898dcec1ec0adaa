using Detente.Sources.Html;

namespace Detente.Sources.Tests.Html;

public sealed class HtmlArticleExtractorTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <title>Gondor and Arnor sign border accord | Minas Tirith Courier</title>
          <meta property="og:title" content="Gondor and Arnor sign border accord">
          <meta property="article:published_time" content="2019-02-02T23:30:00-05:00">
          <meta name="author" content="Beregond Son-of-Baranor">
          <link rel="canonical" href="https://courier.example/world/border-accord">
        </head>
        <body>
          <nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
          <div class="social-share"><a href="#">Share on Palantir</a> <a href="#">Email</a></div>
          <article>
            <h1>Gondor and Arnor sign border accord</h1>
            <figure><img src="a.jpg" alt=""><figcaption>The two kings at Amon Sul. (Photo by Ioreth/Courier)</figcaption></figure>
            <p>Gondor and Arnor signed an accord on Saturday settling the line of their northern border, ending a dispute
               that had simmered for three generations of stewards and kings.</p>
            <p>The agreement, reached after four days of talks at Amon Sul, gives Arnor the fords of the Greyflood and
               Gondor the old road south of Tharbad, the envoys said in a joint statement.</p>
            <p>“This is a day our grandfathers did not live to see,” said the Arnorian envoy, adding that trade
               along the road would resume within the month.</p>
            <p><a href="/world/rohan-harvest">ROHAN HARVEST FAILS FOR A SECOND YEAR, KING SAYS</a></p>
            <p>Rohan, which had offered to mediate, welcomed the accord and said it would send riders to mark the new line.</p>
            <p>Follow us on Palantir for more news from the north.</p>
          </article>
          <aside class="related-stories"><h3>Related</h3><ul><li><a href="/x">Umbar fleet sighted off Pelargir</a></li></ul></aside>
          <div class="newsletter-signup"><p>Sign up for the Courier morning briefing.</p></div>
          <footer>© 2019 Minas Tirith Courier</footer>
        </body>
        </html>
        """;

    private readonly HtmlArticleExtractor _extractor = new();

    [Fact]
    public void The_body_keeps_the_story_paragraphs_and_drops_furniture()
    {
        var page = _extractor.Extract(Page, "https://courier.example/world/border-accord?ref=feed");

        var paragraphs = page.Text.Split("\n\n");
        Assert.Equal(4, paragraphs.Length);
        Assert.StartsWith("Gondor and Arnor signed an accord on Saturday", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Rohan, which had offered to mediate", paragraphs[3], StringComparison.Ordinal);
        Assert.DoesNotContain("Photo by", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ROHAN HARVEST", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Follow us", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign up", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_comes_from_open_graph_and_article_tags()
    {
        var meta = _extractor.Extract(Page, "https://courier.example/world/border-accord?ref=feed").Metadata;

        Assert.Equal("Gondor and Arnor sign border accord", meta.Title);
        Assert.Equal(new DateOnly(2019, 2, 2), meta.Published);
        Assert.Equal("meta article:published_time", meta.PublishedFrom);
        Assert.Equal("Beregond Son-of-Baranor", meta.Author);
        Assert.Equal("https://courier.example/world/border-accord", meta.CanonicalUrl);
        Assert.Equal("en", meta.Language);
    }

    [Fact]
    public void Json_ld_gives_date_headline_and_author_inside_a_graph()
    {
        const string html = """
            <html><head><title>Site</title>
            <script type="application/ld+json">{ "not json </script>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
             {"@type":["NewsArticle"],"headline":"Umbar fleet sighted","datePublished":"2020-03-04T10:00:00+02:00",
              "author":[{"@type":"Person","name":"Hirluin"},{"@type":"Person","name":"Forlong"}]}]}
            </script></head><body><p>Short.</p></body></html>
            """;

        var meta = _extractor.Extract(html).Metadata;

        Assert.Equal("Umbar fleet sighted", meta.Title);
        Assert.Equal(new DateOnly(2020, 3, 4), meta.Published);
        Assert.Equal("json-ld datePublished", meta.PublishedFrom);
        Assert.Equal("Hirluin, Forlong", meta.Author);
    }

    [Theory]
    [InlineData("https://news.example/2019/02/02/story.html", "2019-02-02")]
    [InlineData("https://news.example/world/2019-11-20/story", "2019-11-20")]
    [InlineData("https://news.example/a/story-20191120.html", "2019-11-20")]
    [InlineData("https://news.example/a/story-12345.html", null)]
    public void Dates_are_read_from_url_paths(string url, string? expected)
    {
        var d = HtmlMetadataReader.DateFromUrl(url);
        Assert.Equal(expected, d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_time_element_dates_a_page_without_meta_tags()
    {
        var meta = _extractor.Extract("<html><body><time datetime=\"2018-10-15T09:00\">15 October</time><p>x</p></body></html>").Metadata;

        Assert.Equal(new DateOnly(2018, 10, 15), meta.Published);
        Assert.Equal("time element", meta.PublishedFrom);
    }

    [Fact]
    public void Malformed_html_still_yields_text()
    {
        var page = _extractor.Extract("<html><body><div><p>The envoy of Dol Amroth arrived at the gate <b>before dawn<p>and asked to see the steward at once, bearing letters sealed in blue wax from the prince himself.</div></span></html>");

        Assert.Contains("The envoy of Dol Amroth arrived at the gate before dawn", page.Text, StringComparison.Ordinal);
        Assert.Contains("bearing letters sealed in blue wax", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_furniture_class_on_the_container_of_the_story_does_not_remove_the_story()
    {
        const string html = """
            <html><body><div class="container theme_sidebar"><div class="post">
            <p>The harbour master of Pelargir said on Monday that twelve ships from Umbar had been turned back at the
               river mouth, the first such order since the truce was signed two years ago.</p>
            <p>Merchants in the city said the order would delay grain shipments by at least a week, and asked the
               steward to send an envoy south to settle the matter before the autumn fairs.</p>
            <p>The council of Pelargir will meet on Thursday to discuss the order and its effect on the harbour tolls
               that pay for the repair of the sea walls.</p>
            </div><div class="widget sidebar-box"><p>Most read: Dol Amroth wins the spring regatta</p></div></div></body></html>
            """;

        var text = _extractor.Extract(html).Text;

        Assert.Contains("twelve ships from Umbar", text, StringComparison.Ordinal);
        Assert.Contains("repair of the sea walls", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Most read", text, StringComparison.Ordinal);
    }
}
