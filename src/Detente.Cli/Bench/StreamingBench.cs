using System.Diagnostics;
using System.Globalization;
using Detente.Cli.Commands;
using Detente.Cli.Hosting;
using Detente.Cli.Ingest;
using Detente.Nlp;
using Detente.Sources;
using Detente.Sources.Language;
using Detente.Storage;

namespace Detente.Cli.Bench;

/// <summary>
/// The end-to-end measure: the corpus streamed through the same run as analyze (read, every stage on all
/// threads, store into a new SQLite database), timed per run, with the working set sampled every second.
/// </summary>
internal sealed class StreamingBench(CliContext context, IReadOnlyList<string> corpora, int threads, string? database)
{
    /// <summary>Runs <paramref name="runs"/> times, prints each run and the median; 0 when every article went through.</summary>
    public async Task<int> RunAsync(int runs, CancellationToken cancellationToken)
    {
        if (database is not null && File.Exists(database))
        {
            throw new CliUsageException($"--db {database}: the file exists; the measure needs a new database");
        }

        var pipeline = new PipelineFactory(context.DataDirectory).Create();
        var gate = new EnglishGate(StopwordLanguageDetector.Load(context.DataDirectory));
        await context.Out.WriteLineAsync($"end to end with storage: {string.Join(", ", corpora)}; stages: {pipeline.Description}; threads: {threads}; runs: {runs}").ConfigureAwait(false);
        var results = new List<(double Seconds, int Articles, long Sentences, long Tokens, long PeakMb)>();
        int exit = 0;
        for (int r = 0; r < runs; r++)
        {
            var path = database ?? Path.Combine(Path.GetTempPath(), $"detente-bench-{Environment.ProcessId}-{r}.db");
            try
            {
                var quiet = new CliContext { Out = TextWriter.Null, Error = context.Error, In = TextReader.Null, DataDirectory = context.DataDirectory, DefaultDatabase = path };
                await using var store = await StoreAccess.OpenAsync(path, mustExist: false, cancellationToken).ConfigureAwait(false);
                var ingest = await ArticleIngest.CreateAsync(store, gate, reprocess: false, cancellationToken).ConfigureAwait(false);
                var run = new AnalyzeCommand.AnalyzeRun(quiet, pipeline, ingest, store, "none", quiet: true, tokens: false);
                using var sampler = new WorkingSetSampler(context.Out, run);
                var clock = Stopwatch.StartNew();
                exit |= await run.ExecuteAsync(InputReader.CreateDefault(), corpora, new ReadOptions(), threads, cancellationToken).ConfigureAwait(false);
                double seconds = clock.Elapsed.TotalSeconds;
                sampler.Stop();
                long dbMb = new FileInfo(path).Length / (1024 * 1024);
                results.Add((seconds, run.Read, run.Sentences, run.Tokens, sampler.PeakMb));
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"run {r + 1}: {run.Read} articles, {run.Sentences} sentences, {run.Tokens} tokens in {seconds:0.0} s; {run.Sentences / seconds:0} sentences/s; peak working set {sampler.PeakMb} MB; database {dbMb} MB")).ConfigureAwait(false);
            }
            finally
            {
                if (database is null)
                {
                    foreach (var suffix in new[] { "", "-wal", "-shm" })
                    {
                        File.Delete(path + suffix);
                    }
                }
            }
        }

        var median = results.OrderBy(x => x.Seconds).ElementAt(results.Count / 2);
        long peak = Math.Max(results.Max(x => x.PeakMb), Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024));
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"runs (s): {string.Join(", ", results.Select(x => x.Seconds.ToString("0.0", CultureInfo.InvariantCulture)))}; median {median.Seconds:0.0} s; {median.Tokens / median.Seconds:0} tokens/s")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(BenchReport.EndToEnd(median.Sentences, median.Articles, median.Seconds, threads, peak)).ConfigureAwait(false);
        return exit;
    }
}
