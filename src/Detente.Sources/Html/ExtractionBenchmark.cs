using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Detente.Sources.Html;

/// <summary>
/// Runs an extractor over the article-extraction benchmark layout: DIR/ground-truth.json (id → articleBody, url)
/// and DIR/html/ID.html.gz (UTF-8 pages), scoring each page with <see cref="ShingleScore"/>.
/// </summary>
public sealed class ExtractionBenchmark
{
    private readonly HtmlArticleExtractor _extractor;

    /// <summary>Creates a benchmark runner for <paramref name="extractor"/>.</summary>
    public ExtractionBenchmark(HtmlArticleExtractor extractor) => _extractor = extractor;

    /// <summary>Scores every page listed in the ground truth of <paramref name="directory"/>.</summary>
    /// <exception cref="FileNotFoundException">The ground truth or a listed page is missing.</exception>
    /// <exception cref="InvalidDataException">The ground truth is not the benchmark's JSON.</exception>
    public (IReadOnlyList<BenchmarkPage> Pages, TimeSpan ExtractionTime) Run(string directory)
    {
        var truthPath = Path.Combine(directory, "ground-truth.json");
        if (!File.Exists(truthPath))
        {
            throw new FileNotFoundException($"{truthPath}: not found (expected the benchmark's ground-truth.json)", truthPath);
        }

        var gold = ReadGroundTruth(truthPath);
        var pages = new List<BenchmarkPage>(gold.Count);
        var watch = new Stopwatch();
        foreach (var (id, (body, url)) in gold.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var html = ReadPage(Path.Combine(directory, "html", id + ".html.gz"));
            watch.Start();
            var page = _extractor.Extract(html, url);
            watch.Stop();
            pages.Add(new BenchmarkPage(id, url, body, page.Text, ShingleScore.Compute(body, page.Text)));
        }

        return (pages, watch.Elapsed);
    }

    private static Dictionary<string, (string Body, string? Url)> ReadGroundTruth(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var result = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
            foreach (var p in json.RootElement.EnumerateObject())
            {
                var body = p.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? string.Empty : string.Empty;
                var url = p.Value.TryGetProperty("url", out var u) ? u.GetString() : null;
                result[p.Name] = (body, url);
            }

            return result;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not the benchmark's ground truth ({e.Message})", e);
        }
    }

    private static string ReadPage(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: page listed in the ground truth is missing", path);
        }

        try
        {
            using var file = File.OpenRead(path);
            using var gz = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new StreamReader(gz, Encoding.UTF8);
            return reader.ReadToEnd();
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: not a gzipped page ({e.Message})", e);
        }
    }
}
