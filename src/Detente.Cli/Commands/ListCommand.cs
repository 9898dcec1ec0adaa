using Detente.Cli.Hosting;
using Detente.Cli.Output;
using Detente.Storage;

namespace Detente.Cli.Commands;

/// <summary>A command that lists stored rows with filters and a choice of output format.</summary>
internal abstract class ListCommand : ICliCommand
{
    private const int MaxLimit = 1_000_000;

    public abstract string Name { get; }

    public abstract string Summary { get; }

    /// <summary>The command-specific part of the help (filters and examples).</summary>
    protected abstract string Details { get; }

    public string Help => $"""
        Usage: detente {Name} [options]
        {Summary}.

        {Details.TrimEnd()}

        Output and paging:
          --format table|json|jsonl|csv   output format (default table)
          --limit N                       at most N rows (default 50)
          --offset N                      skip N rows
          --db PATH                       the database (default: see detente --help)
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var format = args.Get("format") ?? "table";
        if (!RowWriter.Formats.Contains(format))
        {
            throw new CliUsageException($"--format must be one of {string.Join(", ", RowWriter.Formats)}, not '{format}'");
        }

        int limit = args.GetInt("limit", 50);
        int offset = args.GetInt("offset", 0);
        if (limit < 1 || limit > MaxLimit || offset < 0)
        {
            throw new CliUsageException($"--limit must be 1..{MaxLimit} and --offset not negative");
        }

        var filter = new QueryFilter { Limit = limit, Offset = offset, From = args.GetDate("from"), To = args.GetDate("to") };
        filter = ReadFilter(args, filter);
        await using var store = await StoreAccess.OpenAsync(args, context, mustExist: true, cancellationToken).ConfigureAwait(false);
        args.RejectUnknown();
        var rows = await QueryAsync(store, filter, cancellationToken).ConfigureAwait(false);
        await RowWriter.WriteAsync(context.Out, rows, format).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Reads the command's own filters.</summary>
    protected abstract QueryFilter ReadFilter(CommandArgs args, QueryFilter filter);

    /// <summary>Runs the query.</summary>
    protected abstract Task<IReadOnlyList<Row>> QueryAsync(IDetenteStore store, QueryFilter filter, CancellationToken cancellationToken);

    /// <summary>Parses --dyad AAA-BBB.</summary>
    protected static (string, string)? ParseDyad(string? dyad)
    {
        if (dyad is null)
        {
            return null;
        }

        var parts = dyad.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts.Any(p => p.Length == 0))
        {
            throw new CliUsageException($"--dyad expects two country codes joined by '-', like USA-RUS, not '{dyad}'");
        }

        return (parts[0].ToUpperInvariant(), parts[1].ToUpperInvariant());
    }
}
