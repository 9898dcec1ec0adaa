using System.Diagnostics;
using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Storage;
using Detente.Storage.Relational;

namespace Detente.Cli.Commands;

/// <summary>Times the dyad time series and an actor's newest events over a store of generated events.</summary>
internal sealed class BenchServiceCommand : ICliCommand
{
    public string Name => "bench service";

    public string Summary => "time the dyad time series and an actor's event list over millions of generated events";

    public string Help => """
        Usage: detente bench service [--db PATH|postgres://...] [--events N] [--runs N] [--batch N]
        Generates N synthetic events (default 1000000; 50 country pairs of state actors over ten years, some
        fused), --batch per transaction (default 1000000), into a new temporary SQLite file (deleted afterwards),
        or into the empty database named by --db (kept). Then times the USA-RUS monthly and weekly series (the
        query behind /api/dyads/USA/RUS/series) and the first page of USA's events, newest first (the query behind
        /api/events?actor=USA&order=newest&limit=50), and prints the median of the runs. A --db that holds
        exactly the N events of an earlier benchmark is timed again without generating.
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var count = args.GetInt("events", 1_000_000);
        var runs = args.GetInt("runs", 7);
        var batch = args.GetInt("batch", 1_000_000);
        if (count < 1 || runs < 1 || batch < 1)
        {
            throw new CliUsageException("--events, --runs and --batch must be positive");
        }

        var temp = Path.Combine(Path.GetTempPath(), "detente-bench-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));
        var db = args.Get("db") ?? Path.Combine(temp, "bench.db");
        args.RejectUnknown();
        try
        {
            var clock = Stopwatch.StartNew();
            await using var store = await StoreAccess.OpenAsync(db, mustExist: false, cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"opened and migrated {db} in {clock.Elapsed.TotalSeconds:0.0} s")).ConfigureAwait(false);
            var articles = await store.ArticlesAsync(new QueryFilter { Limit = 2 }, cancellationToken).ConfigureAwait(false);
            if (articles is [var only] && (string?)only["id"] == "benchmark" && Convert.ToInt64(only["events"], CultureInfo.InvariantCulture) == count)
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"reusing the {count} events generated earlier in {db}")).ConfigureAwait(false);
            }
            else if (articles.Count > 0)
            {
                throw new CliUsageException($"database {db} is not empty: the benchmark needs an empty one (or one holding exactly --events generated events)");
            }
            else
            {
                clock.Restart();
                var progress = new Progress<long>(n => context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {n} events, {clock.Elapsed.TotalSeconds:0} s")));
                await ((RelationalStore)store).GenerateBenchmarkEventsAsync(count, batch, progress, cancellationToken).ConfigureAwait(false);
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"generated {count} events in {clock.Elapsed.TotalSeconds:0.0} s ({db})")).ConfigureAwait(false);
            }

            foreach (var interval in new[] { SeriesInterval.Month, SeriesInterval.Week })
            {
                var (times, cpu, rows) = await TimeAsync(runs, () => store.DyadSeriesAsync("USA", "RUS", interval, new QueryFilter { Limit = int.MaxValue }, cancellationToken)).ConfigureAwait(false);
                var events = rows.Sum(row => Convert.ToInt64(row["events"], CultureInfo.InvariantCulture));
                await ReportAsync(context, $"USA-RUS {interval.ToString().ToLowerInvariant()} series: {rows.Count} periods, {events} distinct events", (times, cpu)).ConfigureAwait(false);
            }

            var (listTimes, listCpu, page) = await TimeAsync(runs, () => store.EventsAsync(new QueryFilter { Actor = "USA", NewestFirst = true, Limit = 50 }, cancellationToken)).ConfigureAwait(false);
            var newest = page.Count > 0 ? Convert.ToString(page[0]["date"], CultureInfo.InvariantCulture) : "none";
            await ReportAsync(context, $"USA events, first page newest first: {page.Count} events from {newest}", (listTimes, listCpu)).ConfigureAwait(false);
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

    /// <summary>
    /// Runs <paramref name="query"/> once to warm caches, then <paramref name="runs"/> timed times: wall-clock
    /// milliseconds, and this process's CPU milliseconds (the whole query for SQLite, which runs in-process; on a
    /// busy shared machine the wall clock also counts time spent waiting for a core).
    /// </summary>
    private static async Task<(List<double> Times, List<double> Cpu, IReadOnlyList<Row> Rows)> TimeAsync(int runs, Func<Task<IReadOnlyList<Row>>> query)
    {
        var times = new List<double>();
        var cpu = new List<double>();
        var rows = await query().ConfigureAwait(false);
        using var process = Process.GetCurrentProcess();
        for (int r = 0; r < runs; r++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            rows = await query().ConfigureAwait(false);
            times.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        times.Sort();
        cpu.Sort();
        return (times, cpu, rows);
    }

    private static Task ReportAsync(CliContext context, string what, (List<double> Times, List<double> Cpu) m) =>
        context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{what}; median {m.Times[m.Times.Count / 2]:0.0} ms over {m.Times.Count} runs (min {m.Times[0]:0.0}, max {m.Times[^1]:0.0}; CPU of this process median {m.Cpu[m.Cpu.Count / 2]:0} ms)"));
}
