using Detente.Sources.Watch;
using Detente.Tests.Common;

namespace Detente.Sources.Tests.Watch;

public sealed class FolderChangeDetectorTests
{
    [Fact]
    public void New_and_changed_files_are_found_and_seen_ones_are_not()
    {
        var dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "a.html"), "<p>one</p>");
        File.WriteAllText(Path.Combine(dir, "b.html"), "<p>two</p>");
        File.WriteAllText(Path.Combine(dir, "notes.md"), "ignored");
        var detector = new FolderChangeDetector("*.html");

        var (changed, prints) = detector.Scan(SourceState.New(dir));
        Assert.Equal(["a.html", "b.html"], changed.Select(Path.GetFileName));

        var state = SourceState.New(dir) with { Seen = new HashSet<string>(prints, StringComparer.Ordinal) };
        File.WriteAllText(Path.Combine(dir, "b.html"), "<p>two, longer now</p>");
        File.WriteAllText(Path.Combine(dir, "c.html"), "<p>three</p>");

        var (again, _) = detector.Scan(state);
        Assert.Equal(["b.html", "c.html"], again.Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_folder_is_named()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => new FolderChangeDetector().Scan(SourceState.New("/no/such/folder")));
        Assert.Equal("/no/such/folder: folder not found", e.Message);
    }

    [Theory]
    [InlineData("15m", 900)]
    [InlineData("90s", 90)]
    [InlineData("2h", 7200)]
    [InlineData("1d", 86400)]
    public void Intervals_parse(string text, int seconds) => Assert.Equal(TimeSpan.FromSeconds(seconds), WatchInterval.Parse(text));

    [Theory]
    [InlineData("15")]
    [InlineData("m")]
    [InlineData("-5m")]
    [InlineData("5w")]
    public void Bad_intervals_say_what_is_expected(string text)
    {
        var e = Assert.Throws<FormatException>(() => WatchInterval.Parse(text));
        Assert.Contains("e.g. 15m", e.Message, StringComparison.Ordinal);
    }
}
