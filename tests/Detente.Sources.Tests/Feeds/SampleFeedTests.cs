using Detente.Sources.Feeds;
using Detente.Tests.Common;

namespace Detente.Sources.Tests.Feeds;

public sealed class SampleFeedTests
{
    private static string? FeedDir => TestPaths.SharedData is { } d ? Path.Combine(d, "html", "feeds") : null;

    [SkippableFact]
    public void Every_sample_feed_parses_with_dated_linked_items()
    {
        Skip.If(FeedDir is null || !Directory.Exists(FeedDir), "shared feed samples not present");
        var parser = new FeedParser();
        int items = 0, dated = 0, linked = 0;
        foreach (var path in Directory.GetFiles(FeedDir!, "*.xml"))
        {
            var feed = parser.Parse(File.ReadAllBytes(path), path);
            items += feed.Items.Count;
            dated += feed.Items.Count(i => i.Published is not null);
            linked += feed.Items.Count(i => i.Link is not null);
        }

        // 1135 items in the 49 snapshots; 158 of them carry no date element at all.
        Assert.Equal(1135, items);
        Assert.Equal(1135 - 158, dated);
        Assert.True(linked > items * 0.95, $"{linked} of {items} items linked");
    }

    [SkippableFact]
    public void Latin1_feed_declared_in_the_prolog_decodes_accented_letters()
    {
        Skip.If(FeedDir is null || !Directory.Exists(FeedDir), "shared feed samples not present");
        var path = Path.Combine(FeedDir!, "Rss20ISO88591Intranet30.xml");
        var feed = new FeedParser().Parse(File.ReadAllBytes(path), path);
        var all = string.Concat(feed.Items.Select(i => i.Title + i.Summary));
        Assert.DoesNotContain('\uFFFD', all);
        Assert.Matches("[æøåÆØÅéü]", all);
    }
}
