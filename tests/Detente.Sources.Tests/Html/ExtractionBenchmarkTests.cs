using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Detente.Sources.Html;
using Detente.Tests.Common;

namespace Detente.Sources.Tests.Html;

public sealed class ExtractionBenchmarkTests
{
    private const string Body = "The steward of Gondor received the envoys of Rohan at the White Tower on Monday and promised grain for the winter.\n\nThe envoys said the riders of the Westfold would escort the wagons north before the first snow.";

    private static string MakeBenchmark(bool withPage)
    {
        var dir = TestPaths.NewTempDir();
        Directory.CreateDirectory(Path.Combine(dir, "html"));
        var truth = new Dictionary<string, object> { ["p1"] = new Dictionary<string, string> { ["articleBody"] = Body, ["url"] = "https://herald.example/2020/01/06/grain" } };
        File.WriteAllText(Path.Combine(dir, "ground-truth.json"), JsonSerializer.Serialize(truth));
        if (withPage)
        {
            var html = "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
                + string.Concat(Body.Split("\n\n").Select(p => "<p>" + p + "</p>"))
                + "</article><footer>Sign up for the Herald newsletter.</footer></body></html>";
            using var gz = new GZipStream(File.Create(Path.Combine(dir, "html", "p1.html.gz")), CompressionLevel.Fastest);
            gz.Write(Encoding.UTF8.GetBytes(html));
        }

        return dir;
    }

    [Fact]
    public void A_clean_page_scores_one()
    {
        var (pages, _) = new ExtractionBenchmark(new HtmlArticleExtractor()).Run(MakeBenchmark(withPage: true));

        var page = Assert.Single(pages);
        Assert.Equal("p1", page.Id);
        Assert.Equal(1.0, page.Score.Precision);
        Assert.Equal(1.0, page.Score.Recall);
    }

    [Fact]
    public void A_missing_page_is_named()
    {
        var dir = MakeBenchmark(withPage: false);

        var e = Assert.Throws<FileNotFoundException>(() => new ExtractionBenchmark(new HtmlArticleExtractor()).Run(dir));

        Assert.Equal(Path.Combine(dir, "html", "p1.html.gz") + ": page listed in the ground truth is missing", e.Message);
    }
}
