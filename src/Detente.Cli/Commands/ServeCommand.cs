using Detente.Cli.Hosting;
using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Knowledge.Treaties;
using Detente.Nlp;
using Detente.Server;
using Detente.Sources;
using Detente.Storage;

namespace Detente.Cli.Commands;

/// <summary>Serves the JSON API and the dashboard over HTTP.</summary>
internal sealed class ServeCommand : ICliCommand, IHasFlags
{
    public string Name => "serve";

    public string Summary => "serve the HTTP API and the dashboard";

    public string Help => """
        Usage: detente serve [--urls http://127.0.0.1:5055] [--db PATH|postgres://...] [--enable-ingest --token TOKEN]
        Serves the JSON API (/api/articles, /api/events, /api/quotes, /api/actors, /api/treaties,
        /api/treaties/status?as_of=DATE, /api/dyads/{a}/{b}/series, /api/search), its OpenAPI document (/openapi/v1.json) and the dashboard (/).
        Listens on loopback unless --urls names another address. POST /api/ingest (a JSONL body of articles to
        analyse and store) is off unless --enable-ingest is given, and then needs the bearer token given by
        --token or the DETENTE_TOKEN environment variable.
        """;

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "enable-ingest" };

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var urls = args.Get("urls") ?? "http://127.0.0.1:5055";
        var db = args.Get("db") ?? context.DefaultDatabase;
        var ingest = args.Has("enable-ingest");
        var token = args.Get("token") ?? Environment.GetEnvironmentVariable("DETENTE_TOKEN");
        args.RejectUnknown();
        if (ingest && string.IsNullOrWhiteSpace(token))
        {
            throw new CliUsageException("--enable-ingest needs a token: give --token TOKEN or set DETENTE_TOKEN");
        }

        await (await StoreAccess.OpenAsync(db, mustExist: false, cancellationToken).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        var options = new ServerOptions
        {
            Urls = urls,
            OpenStore = ct => StoreAccess.ConnectAsync(db, ct),
            Ingest = ingest ? IngestFrom(new PipelineFactory(context.DataDirectory).Create(), db) : null,
            Token = ingest ? token : null,
            Treaties = new TreatyLifecycle(TreatyKnowledgeBase.Load(context.DataDirectory)),
        };
        await using var app = DetenteServer.Build(options);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        await context.Out.WriteLineAsync($"detente serve: listening on {urls} (database {db}); Ctrl+C stops").ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return 0;
    }

    private static Func<Stream, CancellationToken, Task<int>> IngestFrom(DocumentPipeline pipeline, string db) => async (body, ct) =>
    {
        await using var store = await StoreAccess.ConnectAsync(db, ct).ConfigureAwait(false);
        var runId = await store.BeginRunAsync(new RunRecord(pipeline.Description, "{}", "serve ingest"), ct).ConfigureAwait(false);
        using var reader = new StreamReader(body);
        int read = 0, stored = 0, failed = 0;
        await foreach (var item in InputReader.CreateDefault().ReadAsync(["-"], new ReadOptions { StdinFormat = "jsonl" }, reader, ct).ConfigureAwait(false))
        {
            if (item.Article is null)
            {
                failed++;
                continue;
            }

            read++;
            var result = pipeline.Run(new Document(item.Article));
            if (await store.StoreAsync(result.Document, result.Failures, runId, ct).ConfigureAwait(false) != StoreOutcome.Unchanged)
            {
                stored++;
            }
        }

        await store.FinishRunAsync(runId, new RunSummary(read, stored, 0, read - stored, failed), ct).ConfigureAwait(false);
        return stored;
    };
}
