using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Detente.Cli.Hosting;
using Detente.Cli.Ingest;
using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp;
using Detente.Sources;
using Detente.Sources.Language;
using Detente.Sources.Watch;
using Detente.Sources.Web;
using Detente.Storage;
using Detente.Storage.Postgres;

namespace Detente.Cli.Commands;

/// <summary>Keeps the database current with feeds, pages and folders, polling them at an interval.</summary>
internal sealed class WatchCommand : ICliCommand, IHasFlags
{
    public string Name => "watch";

    public string Summary => "keep the database current with feeds, pages and folders";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "once" };

    public string Help => """
        Usage: detente watch [options] SOURCE...
        Polls each source, analyses what is new or changed since the last poll and stores it; then waits and
        polls again, until stopped (Ctrl-C or kill: the item in flight is abandoned, everything before is kept).
        One line per item says what became of it: stored, unchanged, skipped or failed.

        Sources:
          URL               an RSS or Atom feed (new items' pages are fetched), or a page (read again when
                            it changes); conditional requests ask only for changes
          DIR               a folder: new and changed files (text, JSONL, saved pages and feeds) are read

        Options:
          --every T         time between polls, e.g. 90s, 15m, 2h (default 15m)
          --once            poll every source once and exit (for cron and tests)
          --state DIR       where what was seen is remembered (default: beside the database, DB.watch/)
          --date DATE       reference date (YYYY-MM-DD) for articles that carry none
          --db PATH         the database (default: see detente --help)
        """ + "\n" + WebOptions.Help + "\n" + """

        Stopping and restarting at any moment loses and duplicates nothing: an item is remembered only once it
        is stored, the state is replaced atomically, and content already stored is recognised by its hash.
        Items whose page could not be fetched are tried again at the next poll. Copies of stored articles are
        stored with duplicate_of naming the original, and their events fuse with the original's.

        Exit codes: 0 stopped or done; 1 a source or item failed in a --once pass; 2 usage error.

        Examples:
          detente watch https://example.org/world/rss.xml --every 15m
          detente watch saved-pages/ https://example.org/atom.xml --once
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        bool once = args.Has("once");
        var every = WebOptions.Interval(args, "every") ?? TimeSpan.FromMinutes(15);
        if (every <= TimeSpan.Zero)
        {
            throw new CliUsageException("--every must be a positive interval, e.g. 15m");
        }

        if (args.Positional.Count == 0)
        {
            throw new CliUsageException("name at least one source (a feed or page URL, or a folder)");
        }

        var db = args.Get("db") ?? context.DefaultDatabase;
        var stateDir = args.Get("state") ?? DefaultStateDirectory(db, context);
        var options = new ReadOptions { Date = args.GetDate("date") };
        using var fetcher = new WebFetcher(WebOptions.Read(args));
        args.RejectUnknown();
        var pipeline = new PipelineFactory(context.DataDirectory).Create();
        await using var store = await StoreAccess.OpenAsync(db, mustExist: false, cancellationToken).ConfigureAwait(false);
        var ingest = await ArticleIngest.CreateAsync(store, new EnglishGate(StopwordLanguageDetector.Load(context.DataDirectory)), reprocess: false, cancellationToken).ConfigureAwait(false);
        var web = WebOptions.Source(fetcher);
        var watcher = new SourceWatcher(web, InputReader.CreateDefault(web), new JsonSourceStateStore(stateDir), options);
        var pass = new WatchPassRunner(context, pipeline, ingest, store);
        try
        {
            while (true)
            {
                bool clean = await pass.RunAsync(watcher, args.Positional, cancellationToken).ConfigureAwait(false);
                if (once)
                {
                    return clean ? 0 : 1;
                }

                var next = DateTimeOffset.UtcNow + every;
                await WriteAsync(context, string.Create(CultureInfo.InvariantCulture, $"next poll at {next:yyyy-MM-dd HH:mm:ss}Z")).ConfigureAwait(false);
                await Task.Delay(every, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await WriteAsync(context, "watch stopped; what was stored is kept and the next run goes on from there").ConfigureAwait(false);
            return 0;
        }
    }

    private static string DefaultStateDirectory(string db, CliContext context)
    {
        if (!PostgresStore.IsConnectionString(db))
        {
            return Path.GetFullPath(db) + ".watch";
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(db)))[..16];
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(context.DefaultDatabase)) ?? ".", "watch-" + hash);
    }

    private static async Task WriteAsync(CliContext context, string line)
    {
        await context.Out.WriteLineAsync(line).ConfigureAwait(false);
        await context.Out.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>One poll of every source: each item analysed and stored, with a line saying what became of it.</summary>
    private sealed class WatchPassRunner(CliContext context, DocumentPipeline pipeline, ArticleIngest ingest, IDetenteStore store)
    {
        private int _stored;
        private int _unchanged;
        private int _skipped;
        private int _failed;
        private long _runId;

        /// <summary>Polls every source once; true when nothing failed.</summary>
        public async Task<bool> RunAsync(SourceWatcher watcher, IReadOnlyList<string> sources, CancellationToken ct)
        {
            (_stored, _unchanged, _skipped, _failed) = (0, 0, 0, 0);
            _runId = await store.BeginRunAsync(new RunRecord(pipeline.Description, RunVersions.Describe(context.DataDirectory), "watch " + string.Join(' ', sources)), ct).ConfigureAwait(false);
            foreach (var source in sources)
            {
                var result = await watcher.PollAsync(source, HandleAsync, ct).ConfigureAwait(false);
                if (result.Unchanged)
                {
                    await WriteAsync(context, $"unchanged {source}: nothing new").ConfigureAwait(false);
                }
            }

            await store.FinishRunAsync(_runId, new RunSummary(_stored + _unchanged + _skipped, _stored, 0, _unchanged, _failed), ct).ConfigureAwait(false);
            await WriteAsync(context, string.Create(CultureInfo.InvariantCulture,
                $"poll done at {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z: {_stored} stored, {_unchanged} unchanged, {_skipped} skipped, {_failed} failed")).ConfigureAwait(false);
            return _failed == 0;
        }

        private async Task<bool> HandleAsync(SourceItem item, CancellationToken ct)
        {
            var prepared = await ingest.PrepareAsync(item, ct).ConfigureAwait(false);
            switch (prepared.Action)
            {
                case IngestAction.Failed:
                    _failed++;
                    await WriteAsync(context, $"failed    {item.Input}: {item.Error}").ConfigureAwait(false);
                    return !InputReader.IsUrl(item.Input); // a page that could not be fetched is tried again next time
                case IngestAction.Skipped:
                    _skipped++;
                    await WriteAsync(context, $"skipped   {prepared.Message}").ConfigureAwait(false);
                    return true;
                case IngestAction.Unchanged:
                    _unchanged++;
                    await WriteAsync(context, $"unchanged {item.Input} ({item.Article!.Id}): stored already").ConfigureAwait(false);
                    return true;
            }

            var article = prepared.Item.Article!;
            var result = pipeline.Run(new Document(article));
            foreach (var failure in result.Failures)
            {
                await WriteAsync(context, "warning   " + failure).ConfigureAwait(false);
            }

            var (document, outcome) = await ingest.CompleteAsync(prepared, result, _runId, ct).ConfigureAwait(false);
            if (outcome == StoreOutcome.Unchanged)
            {
                _unchanged++;
                await WriteAsync(context, $"unchanged {item.Input} ({article.Id}): stored already").ConfigureAwait(false);
                return true;
            }

            _stored++;
            var copy = ArticleIngest.DescribeCopy(prepared) is { } c ? "; " + c : "";
            var date = document.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date";
            await WriteAsync(context, string.Create(CultureInfo.InvariantCulture,
                $"stored    {item.Input} ({article.Id}): {date}, {document.Events.Length} events, {document.Quotes.Length} quotes{copy}")).ConfigureAwait(false);
            return true;
        }
    }
}
