using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Detente.Cli.Hosting;
using Detente.Cli.Output;
using Detente.Core.Interchange;
using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp;
using Detente.Sources;
using Detente.Sources.Language;
using Detente.Storage;

namespace Detente.Cli.Commands;

/// <summary>Reads inputs, runs the pipeline on each article, stores the results and prints a summary or JSON lines.</summary>
internal sealed class AnalyzeCommand : ICliCommand, IHasFlags
{
    private static readonly string[] OutputFormats = ["summary", "jsonl", "none"];

    public string Name => "analyze";

    public string Summary => "analyse articles and store them (or print them as JSON lines)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "no-store", "reprocess", "quiet", "tokens" };

    public string Help => """
        Usage: detente analyze [options] INPUT...
        Reads articles, finds actors, times, events, quotes and treaty actions, and stores them.

        Inputs:
          FILE.txt          one article per UTF-8 text file; the id is the file name, the first line is the
                            title when it reads like a headline
          FILE.jsonl        one article per line: {"id", "text", "title"?, "date"?, "url"?}
          DIR               every .txt and .jsonl file below DIR, in name order
          'PATTERN'         a glob such as 'news/**/*.txt'
          -                 standard input (text, or JSON lines when it starts with '{')

        Options:
          --db PATH         the database (default: see detente --help)
          --no-store        do not store; print the analysis (JSON lines by default)
          --format F        summary | jsonl | none (default: summary, or jsonl with --no-store)
          --date DATE       reference date (YYYY-MM-DD) for articles that carry none
          --stdin-format F  auto | text | jsonl for '-'
          --reprocess       analyse and store again even when the same content is stored
          --tokens          include tokens with tags and parse in JSON output
          --threads N       analyse on N threads (default: all cores); output order is input order
          --quiet           no progress and no summary

        Exit codes: 0 all inputs analysed; 1 some inputs could not be read or a stage failed; 2 usage error.

        Examples:
          detente analyze examples/
          detente analyze --no-store --format jsonl examples/000_7dc160e5a654365a.txt
          cat articles.jsonl | detente analyze -
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        bool noStore = args.Has("no-store");
        var format = args.Get("format") ?? (noStore ? "jsonl" : "summary");
        if (!OutputFormats.Contains(format))
        {
            throw new CliUsageException($"--format must be summary, jsonl or none, not '{format}'");
        }

        var stdinFormat = args.Get("stdin-format") ?? "auto";
        if (stdinFormat is not ("auto" or "text" or "jsonl"))
        {
            throw new CliUsageException($"--stdin-format must be auto, text or jsonl, not '{stdinFormat}'");
        }

        var options = new ReadOptions { Date = args.GetDate("date"), StdinFormat = stdinFormat };
        bool reprocess = args.Has("reprocess");
        bool quiet = args.Has("quiet");
        bool tokens = args.Has("tokens");
        int threads = args.GetInt("threads", Environment.ProcessorCount);
        if (threads < 1)
        {
            throw new CliUsageException("--threads must be at least 1");
        }

        if (args.Positional.Count == 0)
        {
            throw new CliUsageException("name at least one input (a file, a directory, a glob, or - for standard input)");
        }

        var pipeline = new PipelineFactory(context.DataDirectory).Create();
        IDetenteStore? store = noStore ? null : await StoreAccess.OpenAsync(args, context, mustExist: false, cancellationToken).ConfigureAwait(false);
        args.RejectUnknown();
        try
        {
            var run = new AnalyzeRun(context, pipeline, new EnglishGate(StopwordLanguageDetector.Load(context.DataDirectory)), store, format, reprocess, quiet, tokens);
            return await run.ExecuteAsync(args.Positional, options, threads, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (store is not null)
            {
                await store.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>An input on its way through the run: read, maybe known already, maybe analysed.</summary>
    private sealed record Work(SourceItem Item, bool Unchanged, PipelineResult? Result, string? Skipped = null);

    /// <summary>One execution of analyze: counters, progress and output. The bench command runs it end to end.</summary>
    internal sealed class AnalyzeRun(CliContext context, DocumentPipeline pipeline, EnglishGate language, IDetenteStore? store, string format, bool reprocess, bool quiet, bool tokens)
    {
        /// <summary>Analysed articles are stored in batches of at most this many, one transaction each.</summary>
        private const int MaxBatch = 64;

        /// <summary>A batch is stored once its first article has waited this long, so slow inputs still land soon.</summary>
        private static readonly TimeSpan MaxBatchDelay = TimeSpan.FromMilliseconds(250);

        private readonly SemaphoreSlim _storeGate = new(1, 1);
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _read;
        private int _inserted;
        private int _updated;
        private int _unchanged;
        private int _skipped;
        private int _failedInputs;
        private int _stageFailures;
        private readonly List<StoreRequest> _pending = [];
        private TimeSpan _pendingSince;
        private long _sentences;
        private long _tokens;

        /// <summary>Articles read so far.</summary>
        public int Read => _read;

        /// <summary>Sentences analysed so far.</summary>
        public long Sentences => _sentences;

        /// <summary>Tokens analysed so far.</summary>
        public long Tokens => _tokens;

        public async Task<int> ExecuteAsync(IReadOnlyList<string> inputs, ReadOptions options, int threads, CancellationToken cancellationToken)
        {
            long runId = store is null ? 0 : await store.BeginRunAsync(
                new RunRecord(pipeline.Description, RunVersions.Describe(context.DataDirectory), "analyze " + string.Join(' ', inputs)), cancellationToken).ConfigureAwait(false);
            var items = InputReader.CreateDefault().ReadAsync(inputs, options, context.In, cancellationToken);
            var processed = OrderedParallel.SelectAsync(
                MarkUnchangedAsync(items, cancellationToken),
                work => work.Unchanged || work.Skipped is not null || work.Item.Article is null ? work : work with { Result = pipeline.Run(new Document(work.Item.Article)) },
                threads,
                capacity: threads * 8,
                cancellationToken);
            await foreach (var work in processed.ConfigureAwait(false))
            {
                await HandleAsync(work, runId, cancellationToken).ConfigureAwait(false);
                Progress();
            }

            if (store is not null)
            {
                await FlushAsync(runId, cancellationToken).ConfigureAwait(false);
                await store.FinishRunAsync(runId, new RunSummary(_read, _inserted, _updated, _unchanged, _failedInputs), cancellationToken).ConfigureAwait(false);
            }

            ClearProgress();
            if (format == "summary" && !quiet)
            {
                await context.Out.WriteLineAsync(Totals()).ConfigureAwait(false);
            }
            else if (!quiet)
            {
                await context.Error.WriteLineAsync(Totals()).ConfigureAwait(false);
            }

            return _failedInputs > 0 || _stageFailures > 0 ? 1 : 0;
        }

        /// <summary>Marks articles whose content is stored already, so they are not analysed again.</summary>
        private async IAsyncEnumerable<Work> MarkUnchangedAsync(IAsyncEnumerable<SourceItem> items, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var item in items.ConfigureAwait(false))
            {
                bool unchanged = false;
                var skipped = item.Article is { } a ? language.SkipReason(a) : null;
                if (skipped is null && store is not null && !reprocess && item.Article is { } article)
                {
                    await _storeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
                    try
                    {
                        unchanged = await store.HasContentAsync(article.Id, article.ContentHash, cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        _storeGate.Release();
                    }
                }

                yield return new Work(item, unchanged, null, skipped);
            }
        }

        private async Task HandleAsync(Work work, long runId, CancellationToken cancellationToken)
        {
            var item = work.Item;
            if (item.Article is null)
            {
                _failedInputs++;
                ClearProgress();
                await context.Error.WriteLineAsync($"detente analyze: {item.Input}: {item.Error}").ConfigureAwait(false);
                return;
            }

            _read++;
            if (work.Skipped is not null)
            {
                _skipped++;
                ClearProgress();
                await context.Error.WriteLineAsync("detente analyze: " + work.Skipped).ConfigureAwait(false);
                return;
            }

            if (work.Unchanged || work.Result is not { } result)
            {
                _unchanged++;
                return;
            }

            _sentences += result.Document.Sentences.Length;
            _tokens += result.Document.Tokens.Length;
            foreach (var failure in result.Failures)
            {
                _stageFailures++;
                ClearProgress();
                await context.Error.WriteLineAsync("detente analyze: " + failure).ConfigureAwait(false);
            }

            if (store is not null)
            {
                if (_pending.Count == 0)
                {
                    _pendingSince = _clock.Elapsed;
                }

                _pending.Add(new StoreRequest(result.Document, result.Failures));
                if (_pending.Count >= MaxBatch || _clock.Elapsed - _pendingSince > MaxBatchDelay)
                {
                    await FlushAsync(runId, cancellationToken).ConfigureAwait(false);
                }
            }

            if (format == "jsonl")
            {
                await context.Out.WriteLineAsync(DocumentJson.ToJson(result.Document, tokens)).ConfigureAwait(false);
            }
            else if (format == "summary")
            {
                ClearProgress();
                await SummaryPrinter.PrintAsync(context.Out, [result.Document]).ConfigureAwait(false);
            }
        }

        /// <summary>Stores the pending batch in one transaction and counts what it did.</summary>
        private async Task FlushAsync(long runId, CancellationToken cancellationToken)
        {
            if (store is null || _pending.Count == 0)
            {
                return;
            }

            IReadOnlyList<StoreOutcome> outcomes;
            await _storeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                outcomes = await store.StoreBatchAsync(_pending, runId, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _storeGate.Release();
            }

            _pending.Clear();
            foreach (var outcome in outcomes)
            {
                switch (outcome)
                {
                    case StoreOutcome.Inserted: _inserted++; break;
                    case StoreOutcome.Updated: _updated++; break;
                    default: _unchanged++; break;
                }
            }
        }

        private string Totals()
        {
            var seconds = _clock.Elapsed.TotalSeconds;
            var stored = store is null ? "not stored" : $"{_inserted} new, {_updated} updated, {_unchanged} unchanged";
            return string.Create(CultureInfo.InvariantCulture,
                $"{_read} articles read ({stored}); {_skipped} skipped as not English; {_failedInputs} inputs failed; {_stageFailures} stage failures; {_sentences} sentences in {seconds:0.0} s");
        }

        private void Progress()
        {
            if (!context.Interactive || quiet)
            {
                return;
            }

            context.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\ranalyzing: {_read} articles, {_sentences} sentences, {_clock.Elapsed.TotalSeconds:0} s "));
        }

        private void ClearProgress()
        {
            if (context.Interactive && !quiet)
            {
                context.Error.Write("\r" + new string(' ', 70) + "\r");
            }
        }
    }
}
