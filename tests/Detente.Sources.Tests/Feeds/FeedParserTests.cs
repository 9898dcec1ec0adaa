using System.Text;
using Detente.Sources.Feeds;

namespace Detente.Sources.Tests.Feeds;

public sealed class FeedParserTests
{
    private readonly FeedParser _parser = new();

    [Fact]
    public void Rss20_items_keep_dates_in_odd_zones_links_and_plain_summaries()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Minas Tirith Courier</title>
                <link>https://courier.example/</link>
                <language>en-gb</language>
                <item>
                  <title>Gondor and Rohan renew the Oath of Eorl</title>
                  <link>https://courier.example/2019/02/02/oath</link>
                  <guid isPermaLink="false">oath-1</guid>
                  <pubDate>Sat, 02 Feb 2019 23:30:00 EST</pubDate>
                  <description>&lt;p&gt;The two kingdoms &lt;b&gt;signed&lt;/b&gt; a pact.&lt;/p&gt;&lt;p&gt;Envoys met at Edoras.&lt;/p&gt;</description>
                </item>
                <item>
                  <title>Arnor recalls its envoy</title>
                  <link>/news/envoy</link>
                  <pubDate>3 Feb 2019 08:00 Z</pubDate>
                  <description><![CDATA[Arnor said <i>talks</i> had failed.]]></description>
                  <dc:creator>Staff</dc:creator>
                </item>
                <item>
                  <title>Umbar fleet sighted</title>
                  <guid>https://courier.example/umbar</guid>
                  <pubDate>Mon, 04 Feb 2019 10:00:00 +0100</pubDate>
                </item>
              </channel>
            </rss>
            """;
        var feed = _parser.Parse(xml, "https://courier.example/feed.xml");

        Assert.Equal(FeedKind.Rss20, feed.Kind);
        Assert.Equal("Minas Tirith Courier", feed.Title);
        Assert.Equal(3, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("oath-1", first.Id);
        Assert.Equal(new DateTimeOffset(2019, 2, 2, 23, 30, 0, TimeSpan.FromHours(-5)), first.Published);
        Assert.Equal("The two kingdoms signed a pact.\n\nEnvoys met at Edoras.", first.Summary);
        Assert.Equal("https://courier.example/news/envoy", feed.Items[1].Link);
        Assert.Equal(new DateTimeOffset(2019, 2, 3, 8, 0, 0, TimeSpan.Zero), feed.Items[1].Published);
        Assert.Equal("Arnor said talks had failed.", feed.Items[1].Summary);
        Assert.Equal("Staff", feed.Items[1].Author);
        Assert.Equal("https://courier.example/umbar", feed.Items[2].Link);
    }

    [Fact]
    public void Rss10_rdf_items_take_dc_date()
    {
        const string xml = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns="http://purl.org/rss/1.0/">
              <channel rdf:about="https://shire.example/"><title>Shire Post</title><link>https://shire.example/</link></channel>
              <item rdf:about="https://shire.example/a1">
                <title>Hobbiton council meets</title>
                <link>https://shire.example/a1</link>
                <dc:date>2017-01-23T21:54:55+01:00</dc:date>
              </item>
            </rdf:RDF>
            """;
        var feed = _parser.Parse(xml, "shire.rdf");

        Assert.Equal(FeedKind.Rss10, feed.Kind);
        var item = Assert.Single(feed.Items);
        Assert.Equal("https://shire.example/a1", item.Id);
        Assert.Equal(new DateOnly(2017, 1, 23), DateOnly.FromDateTime(item.Published!.Value.DateTime));
    }

    [Fact]
    public void Rss091_with_a_netscape_doctype_parses_without_fetching_the_dtd()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "http://my.netscape.example/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Bree Notes</title>
            <item><title>Prancing Pony reopens</title><link>http://bree.example/pony</link></item>
            </channel></rss>
            """;
        var feed = _parser.Parse(xml, "bree.xml");

        Assert.Equal(FeedKind.Rss09, feed.Kind);
        Assert.Equal("http://bree.example/pony", Assert.Single(feed.Items).Link);
    }

    [Fact]
    public void Atom_entries_use_the_alternate_link_and_published_before_updated()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title type="text">Rivendell Wire</title>
              <link href="https://rivendell.example/"/>
              <entry>
                <id>tag:rivendell.example,2021:1</id>
                <title type="html">Council of &lt;em&gt;Elrond&lt;/em&gt; convenes</title>
                <link rel="edit" href="https://rivendell.example/edit/1"/>
                <link rel="alternate" type="text/html" href="https://rivendell.example/council"/>
                <updated>2021-07-20T09:00:00.000Z</updated>
                <published>2021-07-19T18:00:00-04:00</published>
                <author><name>Lindir</name></author>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Delegates from Gondor arrived.</p></div></content>
              </entry>
            </feed>
            """;
        var feed = _parser.Parse(xml, "https://rivendell.example/atom");

        Assert.Equal(FeedKind.Atom, feed.Kind);
        Assert.Equal("en", feed.Language);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("Council of Elrond convenes", entry.Title);
        Assert.Equal("https://rivendell.example/council", entry.Link);
        Assert.Equal(new DateTimeOffset(2021, 7, 19, 18, 0, 0, TimeSpan.FromHours(-4)), entry.Published);
        Assert.Equal("Lindir", entry.Author);
        Assert.Equal("Delegates from Gondor arrived.", entry.Summary);
    }

    [Fact]
    public void Latin1_bytes_declared_in_the_prolog_are_decoded()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Nyheter fra Dale</title>"
            + "<item><title>Kongen i Dale m\u00f8ter s\u00e5 \u00e6rverdige gjester</title><link>http://dale.example/1</link></item></channel></rss>";
        var bytes = Encoding.Latin1.GetBytes(xml);

        var feed = _parser.Parse(bytes, "dale.xml");

        Assert.Equal("Kongen i Dale m\u00f8ter s\u00e5 \u00e6rverdige gjester", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Malformed_xml_names_the_source_and_the_line()
    {
        const string xml = "<rss version=\"2.0\"><channel>\n<item><title>Broken</item></channel></rss>";

        var e = Assert.Throws<FeedFormatException>(() => _parser.Parse(xml, "https://bad.example/feed"));

        Assert.StartsWith("https://bad.example/feed: not well-formed XML (line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_page_is_not_a_feed()
    {
        var e = Assert.Throws<FeedFormatException>(() => _parser.Parse("<html><body><p>hi</p></body></html>", "page.html"));

        Assert.Equal("page.html: not an RSS or Atom feed (root element <html>)", e.Message);
    }
}
