using System.Diagnostics;
using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Storage;
using Detente.Storage.Relational;

namespace Detente.Cli.Commands;

/// <summary>Times the dyad time series over a store of generated events.</summary>
internal sealed class BenchServiceCommand : ICliCommand
{
    public string Name => "bench service";

    public string Summary => "time the dyad time series over a million generated stored events";

    public string Help => """
        Usage: detente bench service [--db PATH|postgres://...] [--events N] [--runs N]
        Generates N synthetic events (default 1000000; 50 country pairs over ten years, some fused) into a new
        temporary SQLite file, or into the empty PostgreSQL database named by --db, then times the USA-RUS monthly
        and weekly series (the query behind /api/dyads/USA/RUS/series) and prints the median of the runs.
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var count = args.GetInt("events", 1_000_000);
        var runs = args.GetInt("runs", 7);
        if (count < 1 || runs < 1)
        {
            throw new CliUsageException("--events and --runs must be positive");
        }

        var temp = Path.Combine(Path.GetTempPath(), "detente-bench-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));
        var db = args.Get("db") ?? Path.Combine(temp, "bench.db");
        args.RejectUnknown();
        try
        {
            await using var store = await StoreAccess.OpenAsync(db, mustExist: false, cancellationToken).ConfigureAwait(false);
            if ((await store.ArticlesAsync(new QueryFilter { Limit = 1 }, cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                throw new CliUsageException($"database {db} is not empty: the benchmark needs an empty one");
            }

            var clock = Stopwatch.StartNew();
            await ((RelationalStore)store).GenerateBenchmarkEventsAsync(count, cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"generated {count} events in {clock.Elapsed.TotalSeconds:0.0} s ({db})")).ConfigureAwait(false);
            foreach (var interval in new[] { SeriesInterval.Month, SeriesInterval.Week })
            {
                var times = new List<double>();
                int periods = 0;
                long events = 0;
                for (int r = 0; r < runs + 1; r++)
                {
                    clock.Restart();
                    var rows = await store.DyadSeriesAsync("USA", "RUS", interval, new QueryFilter { Limit = int.MaxValue }, cancellationToken).ConfigureAwait(false);
                    var ms = clock.Elapsed.TotalMilliseconds;
                    if (r > 0)
                    {
                        times.Add(ms); // the first run warms caches and is not counted
                    }

                    periods = rows.Count;
                    events = rows.Sum(row => Convert.ToInt64(row["events"], CultureInfo.InvariantCulture));
                }

                times.Sort();
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"USA-RUS {interval.ToString().ToLowerInvariant()} series: {periods} periods, {events} distinct events; median {times[times.Count / 2]:0.0} ms over {runs} runs (min {times[0]:0.0}, max {times[^1]:0.0})")).ConfigureAwait(false);
            }

            return 0;
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }
}
