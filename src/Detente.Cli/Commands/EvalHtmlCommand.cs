using System.Globalization;
using System.Text.Json;
using Detente.Cli.Hosting;
using Detente.Sources.Html;

namespace Detente.Cli.Commands;

/// <summary>Scores HTML article extraction on the article-extraction benchmark (4-gram shingle P/R/F1).</summary>
internal sealed class EvalHtmlCommand : ICliCommand, IHasFlags
{
    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "plain" };

    public string Name => "eval html";

    public string Summary => "score HTML article extraction on the article-extraction benchmark";

    public string Help => """
        Usage: detente eval html --benchmark DIR [--worst N] [--output FILE] [--plain]
        Extracts the article body of every page in DIR/html/*.html.gz and scores it against
        DIR/ground-truth.json with the benchmark's method: \w+ tokens, 4-gram shingles, per-page
        precision and recall averaged over pages, F1 of the averages.
          --benchmark DIR  the benchmark folder (e.g. ../shared/data/html/scrapinghub-dev)
          --worst N        list the N pages with the lowest F1 (default 0)
          --output FILE    write the extracted bodies as benchmark JSON (id → articleBody)
          --plain          SmartReader alone, without the boilerplate filter (for comparison)
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var dir = args.Get("benchmark") ?? throw new CliUsageException("eval html needs --benchmark DIR");
        int worst = args.GetInt("worst", 0);
        var output = args.Get("output");
        bool plain = args.Has("plain");
        args.RejectUnknown();
        if (!Directory.Exists(dir))
        {
            await context.Error.WriteLineAsync($"{dir}: benchmark folder not found").ConfigureAwait(false);
            return 1;
        }

        IReadOnlyList<BenchmarkPage> pages;
        TimeSpan elapsed;
        try
        {
            (pages, elapsed) = new ExtractionBenchmark(new HtmlArticleExtractor(clean: !plain)).Run(dir);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
        {
            await context.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 1;
        }

        var (p, r, f1) = ShingleScore.Aggregate(pages.Select(x => x.Score).ToList());
        var inv = CultureInfo.InvariantCulture;
        await context.Out.WriteLineAsync(string.Create(inv, $"pages      {pages.Count}")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(string.Create(inv, $"precision  {p:F3}")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(string.Create(inv, $"recall     {r:F3}")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(string.Create(inv, $"F1         {f1:F3}")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(string.Create(inv, $"speed      {pages.Count / Math.Max(elapsed.TotalSeconds, 1e-9):F1} pages/s ({elapsed.TotalSeconds:F2} s extracting)")).ConfigureAwait(false);
        foreach (var page in pages.OrderBy(x => F1(x.Score)).Take(worst))
        {
            await context.Out.WriteLineAsync(string.Create(inv,
                $"  {F1(page.Score):F3}  P {page.Score.Precision:F3}  R {page.Score.Recall:F3}  {page.Id[..12]}  {page.Url}")).ConfigureAwait(false);
        }

        if (output is not null)
        {
            var json = pages.ToDictionary(x => x.Id, x => new Dictionary<string, string> { ["articleBody"] = x.Extracted }, StringComparer.Ordinal);
            await File.WriteAllTextAsync(output, JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }), cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }

    private static double F1(ShingleScore s) => s.Precision + s.Recall > 0 ? 2 * s.Precision * s.Recall / (s.Precision + s.Recall) : 0;
}
