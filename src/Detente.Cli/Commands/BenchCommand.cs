using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Detente.Cli.Bench;
using Detente.Cli.Hosting;
using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp;
using Detente.Sources;

namespace Detente.Cli.Commands;

/// <summary>Measures the pipeline's throughput on a corpus: per stage and end to end, with peak memory.</summary>
internal sealed class BenchCommand : ICliCommand, IHasFlags
{
    /// <inheritdoc />
    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "store" };

    public string Name => "bench";

    public string Summary => "measure throughput per stage and end to end on a corpus";

    public string Help => """
        Usage: detente bench --corpus DIR [options]
        Loads the corpus (text, JSONL or Reuters .sgm/.sgm.gz files) into memory, then runs the pipeline over it
        several times and prints articles/s, sentences/s, tokens/s and MB/s per stage and end to end, the median
        of the runs, and the peak memory. Nothing is stored.

        With --store the measure is end to end as analyze runs: the corpus is streamed (never held in memory),
        analysed on --threads cores and stored in a new SQLite database (a temporary file, or --db PATH, which must
        not exist); each run starts from an empty database, and the working set is sampled as the run goes.

        Options:
          --corpus DIR      the corpus (required; repeatable)
          --runs N          timed runs (default 5; the median is reported)
          --limit N         use at most N articles
          --threads N       worker threads (default 1)
          --stages S        all (default) or the name of the last stage to run (e.g. tokenize)
          --store           stream the corpus through analyze into a new database (end to end)
          --db PATH         with --store: the new database file (default: a temporary file, deleted after)

        Example:
          detente bench --corpus ../shared/data/corpus/reuters21578/sgm-data --stages tokenize
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var corpora = args.GetAll("corpus");
        if (corpora.Count == 0)
        {
            throw new CliUsageException("name the corpus with --corpus DIR");
        }

        int runs = args.GetInt("runs", 5);
        int limit = args.GetInt("limit", int.MaxValue);
        int threads = args.GetInt("threads", 1);
        var lastStage = args.Get("stages") ?? "all";
        bool endToEnd = args.Has("store");
        var db = args.Get("db");
        args.RejectUnknown();
        if (runs < 1 || threads < 1 || limit < 1)
        {
            throw new CliUsageException("--runs, --threads and --limit must be at least 1");
        }

        if (endToEnd)
        {
            if (lastStage != "all" || limit != int.MaxValue)
            {
                throw new CliUsageException("--store measures the whole pipeline on the whole corpus: drop --stages and --limit");
            }

            return await new StreamingBench(context, corpora, threads, db).RunAsync(runs, cancellationToken).ConfigureAwait(false);
        }

        if (db is not null)
        {
            throw new CliUsageException("--db needs --store");
        }

        var stages = new PipelineFactory(context.DataDirectory).CreateStages().ToList();
        if (lastStage != "all")
        {
            int last = stages.FindIndex(s => s.Name == lastStage);
            if (last < 0)
            {
                throw new CliUsageException($"--stages must be all or one of {string.Join(", ", stages.Select(s => s.Name))}");
            }

            stages = stages.Take(last + 1).ToList();
        }

        var pipeline = DocumentPipeline.Build(stages);
        var articles = new List<Article>();
        await foreach (var item in InputReader.CreateDefault().ReadAsync(corpora, new ReadOptions(), TextReader.Null, cancellationToken).ConfigureAwait(false))
        {
            if (item.Article is not null && articles.Count < limit)
            {
                articles.Add(item.Article);
            }
        }

        if (articles.Count == 0)
        {
            throw new CliUsageException("the corpus holds no readable article");
        }

        double megabytes = articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text)) / 1e6;
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {articles.Count} articles, {megabytes:0.00} MB of text; stages: {pipeline.Description}; threads: {threads}; runs: {runs}")).ConfigureAwait(false);

        // One warm-up pass so the JIT and caches are settled; then timed runs.
        var failures = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var (sentences, tokens, _) = Measure(pipeline, articles, threads, failures, cancellationToken);
        var samples = new List<(double Seconds, Dictionary<string, double> StageSeconds)>();
        for (int r = 0; r < runs; r++)
        {
            var (_, _, timing) = Measure(pipeline, articles, threads, failures, cancellationToken);
            samples.Add(timing);
        }

        var median = samples.OrderBy(s => s.Seconds).ElementAt(samples.Count / 2);
        double total = median.StageSeconds.Values.Sum();
        await context.Out.WriteLineAsync($"{"stage",-12} {"share",7} {"MB/s",9} {"sentences/s",12} {"tokens/s",12}").ConfigureAwait(false);
        foreach (var stage in pipeline.Stages)
        {
            double s = median.StageSeconds.GetValueOrDefault(stage.Name);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{stage.Name,-12} {s / total,7:P1} {megabytes / s,9:0.00} {sentences / s,12:0} {tokens / s,12:0}")).ConfigureAwait(false);
        }

        foreach (var failure in failures.Keys.Order(StringComparer.Ordinal).Take(20))
        {
            await context.Error.WriteLineAsync("detente bench: " + failure).ConfigureAwait(false);
        }

        long peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"runs (s): {string.Join(", ", samples.Select(x => x.Seconds.ToString("0.000", CultureInfo.InvariantCulture)))}; median {median.Seconds:0.000} s; {megabytes / median.Seconds:0.00} MB/s; {tokens / median.Seconds:0} tokens/s")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(BenchReport.EndToEnd(sentences, articles.Count, median.Seconds, threads, peakMb)).ConfigureAwait(false);
        return failures.IsEmpty ? 0 : 1;
    }

    private static (long Sentences, long Tokens, (double Seconds, Dictionary<string, double> StageSeconds) Timing) Measure(
        DocumentPipeline pipeline, List<Article> articles, int threads, ConcurrentDictionary<string, byte> failures, CancellationToken cancellationToken)
    {
        var stageTicks = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        long sentences = 0, tokens = 0;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, () => new Dictionary<string, long>(StringComparer.Ordinal),
            (article, _, local) =>
            {
                var result = pipeline.Run(new Document(article), (stage, ticks) => local[stage] = local.GetValueOrDefault(stage) + ticks);
                foreach (var failure in result.Failures)
                {
                    failures.TryAdd(failure.ToString(), 0);
                }

                var doc = result.Document;
                Interlocked.Add(ref sentences, doc.Sentences.Length);
                Interlocked.Add(ref tokens, doc.Tokens.Length);
                return local;
            },
            local =>
            {
                foreach (var (k, v) in local)
                {
                    stageTicks.AddOrUpdate(k, v, (_, old) => old + v);
                }
            });
        double seconds = clock.Elapsed.TotalSeconds;
        var stageSeconds = stageTicks.ToDictionary(kv => kv.Key, kv => (double)kv.Value / Stopwatch.Frequency / threads, StringComparer.Ordinal);
        return (sentences, tokens, (seconds, stageSeconds));
    }
}
