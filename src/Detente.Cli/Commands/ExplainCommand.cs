using System.Globalization;
using System.Text.Json;
using Detente.Cli.Hosting;
using Detente.Core.Interchange;
using Detente.Core.Model;
using Detente.Nlp;
using Detente.Nlp.Events;

namespace Detente.Cli.Commands;

/// <summary>Explains why a stored event was coded as it was: sentence, parse, rule and the reason for each argument.</summary>
internal sealed class ExplainCommand : ICliCommand
{
    public string Name => "explain";

    public string Summary => "explain a stored event: its sentence, parse, rule and why each argument was chosen";

    public string Help => """
        Usage: detente explain ARTICLE_ID EVENT_INDEX [--db PATH]
        The event index is its position in the article's events (0-based), as 'detente show ARTICLE_ID' lists them.
        The stored article is analysed again with the shipped models (analysis is deterministic); when the models
        changed since it was stored, the explanation says so.

        Example:
          detente explain 003_e0bed1de2388a5c0 0
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        if (args.Positional.Count != 2 || !int.TryParse(args.Positional[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) || index < 0)
        {
            throw new CliUsageException("name an article id and an event index (a whole number from 0)");
        }

        var id = args.Positional[0];
        await using var store = await StoreAccess.OpenAsync(args, context, mustExist: true, cancellationToken).ConfigureAwait(false);
        args.RejectUnknown();
        var json = await store.ArticleJsonAsync(id, cancellationToken).ConfigureAwait(false);
        if (json is null)
        {
            await context.Error.WriteLineAsync($"detente explain: no stored article with id '{id}' (see 'detente articles')").ConfigureAwait(false);
            return 1;
        }

        using var stored = JsonDocument.Parse(json);
        var root = stored.RootElement;
        var storedEvents = root.GetProperty("events").GetArrayLength();
        if (index >= storedEvents)
        {
            throw new CliUsageException($"article '{id}' has {storedEvents} events: the index must be 0..{storedEvents - 1}");
        }

        DateOnly? date = root.GetProperty("date_source").GetString() == "given" && root.GetProperty("reference_date").GetString() is { } d
            ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
        var article = new Article(id, root.GetProperty("text").GetString()!, root.GetProperty("title").GetString(), date, null,
            root.TryGetProperty("url", out var url) ? url.GetString() : null);
        var result = new PipelineFactory(context.DataDirectory).Create().Run(new Document(article));
        var doc = result.Document;
        if (index >= doc.Events.Length || DocumentJson.EventJson(doc.Events[index]) != root.GetProperty("events")[index].GetRawText())
        {
            await context.Out.WriteLineAsync("note: the models or rules changed since this article was stored; explaining the event as coded now.").ConfigureAwait(false);
            if (index >= doc.Events.Length)
            {
                return 1;
            }
        }

        var explainer = new EventExplainer(CameoCodebook.Load(context.DataDirectory));
        await context.Out.WriteLineAsync(explainer.Explain(doc, doc.Events[index])).ConfigureAwait(false);
        return 0;
    }
}
