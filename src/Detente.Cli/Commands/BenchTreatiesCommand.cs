using System.Diagnostics;
using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp;
using Detente.Nlp.Treaties;

namespace Detente.Cli.Commands;

/// <summary>Measures how much time the treaty stage adds to the rest of the pipeline.</summary>
internal sealed class BenchTreatiesCommand : ICliCommand
{
    public string Name => "bench treaties";

    public string Summary => "measure the time the treaty stage adds to the pipeline";

    public string Help => """
        Usage: detente bench treaties [FILE|DIR...] [--repeat N] [--runs R]
        Runs the pipeline (without the treaty stage) over the text files (default: examples/) repeated N times
        (default 200), then the treaty stage over the results, R times (default 7) after one warm-up run, and prints the median time
        of each and the share the treaty stage adds. Single-threaded.

        Example:
          detente bench treaties examples/ --repeat 300
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        int repeat = args.GetInt("repeat", 200);
        int runs = args.GetInt("runs", 7);
        args.RejectUnknown();
        if (repeat < 1 || runs < 1)
        {
            throw new CliUsageException("--repeat and --runs must be at least 1");
        }

        var inputs = args.Positional.Count > 0 ? args.Positional : [Path.Combine(Path.GetDirectoryName(context.DataDirectory) ?? ".", "examples")];
        var files = inputs.SelectMany(Expand).ToList();
        if (files.Count == 0)
        {
            throw new CliUsageException("no .txt files found in " + string.Join(", ", inputs));
        }

        var texts = files.Select(f => (Id: Path.GetFileNameWithoutExtension(f), Text: File.ReadAllText(f))).ToList();
        var pipeline = DocumentPipeline.Build(new PipelineFactory(context.DataDirectory).CreateStages().Where(s => s.Name != "treaties"));
        var stage = TreatyStage.Create(context.DataDirectory);

        var pipelineTimes = new List<double>();
        var treatyTimes = new List<double>();
        var mentionTimes = new List<double>();
        int actions = 0;
        for (int run = -1; run < runs; run++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var docs = new List<Document>(texts.Count * repeat);
            var clock = Stopwatch.StartNew();
            for (int r = 0; r < repeat; r++)
            {
                foreach (var (id, text) in texts)
                {
                    docs.Add(pipeline.Run(new Document(new Article(id, text))).Document);
                }
            }

            double pipelineTime = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            actions = 0;
            foreach (var doc in docs)
            {
                actions += stage.Process(doc).TreatyActions.Length;
            }

            double treatyTime = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            foreach (var doc in docs)
            {
                _ = stage.Mentions(doc);
            }

            if (run >= 0)
            {
                pipelineTimes.Add(pipelineTime);
                treatyTimes.Add(treatyTime);
                mentionTimes.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        double p = Median(pipelineTimes), t = Median(treatyTimes);
        int documents = texts.Count * repeat;
        var c = CultureInfo.InvariantCulture;
        await context.Out.WriteLineAsync(string.Create(c, $"documents per run: {documents} ({texts.Count} files x {repeat}); runs: {runs}; treaty actions per run: {actions}")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(string.Create(c, $"pipeline without treaties: median {p:F1} ms ({documents / p * 1000:F0} docs/s)")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(string.Create(c, $"treaty stage:              median {t:F1} ms ({t * 1000 / documents:F1} us/doc)")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(string.Create(c, $"  of which mentions:       median {Median(mentionTimes):F1} ms")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(string.Create(c, $"treaty stage adds:         {t / p * 100:F1}% to the pipeline's time")).ConfigureAwait(false);
        return 0;
    }

    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path) ? Directory.GetFiles(path, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
        : File.Exists(path) ? [path]
        : throw new CliUsageException($"input not found: {path}");

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
