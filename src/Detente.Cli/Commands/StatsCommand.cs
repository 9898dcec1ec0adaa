using Detente.Cli.Hosting;
using Detente.Cli.Output;

namespace Detente.Cli.Commands;

/// <summary>Counts what the database holds.</summary>
internal sealed class StatsCommand : ICliCommand
{
    public string Name => "stats";

    public string Summary => "count what the database holds";

    public string Help => """
        Usage: detente stats [--db PATH] [--format table|json|jsonl|csv]
        Counts articles, mentions, events (and distinct events after fusion), quotes, treaty actions, runs and failures.
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var format = args.Get("format") ?? "table";
        if (!RowWriter.Formats.Contains(format))
        {
            throw new CliUsageException($"--format must be one of {string.Join(", ", RowWriter.Formats)}, not '{format}'");
        }

        await using var store = await StoreAccess.OpenAsync(args, context, mustExist: true, cancellationToken).ConfigureAwait(false);
        args.RejectUnknown();
        await RowWriter.WriteAsync(context.Out, await store.StatsAsync(cancellationToken).ConfigureAwait(false), format).ConfigureAwait(false);
        return 0;
    }
}
