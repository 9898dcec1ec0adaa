using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Storage;

namespace Detente.Cli.Commands;

/// <summary>Lists stored events.</summary>
internal sealed class EventsCommand : ListCommand
{
    public override string Name => "events";

    public override string Summary => "list stored events (who did what to whom, with evidence and rule)";

    protected override string Details => """
        Filters:
          --actor X        source or target is X (an actor id, country or code; else part of a name)
          --dyad A-B       events between countries A and B in either direction (e.g. USA-RUS)
          --from DATE      events on or after DATE (YYYY-MM-DD)
          --to DATE        events on or before DATE
          --code C         CAMEO code prefix (e.g. 11 for all disapproval, 112 for accuse)
          --quad Q         quad class 0..4
          --modality M     asserted, negated, hypothetical, future, denied or reported
          --article ID     events of one article

        Examples:
          detente events --dyad USA-RUS --from 2019-01-01
          detente events --actor Lavrov --format csv > lavrov.csv
        """;

    protected override QueryFilter ReadFilter(CommandArgs args, QueryFilter filter)
    {
        int? quad = args.Get("quad") is { } q
            ? int.TryParse(q, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 4 ? v : throw new CliUsageException($"--quad must be 0..4, not '{q}'")
            : null;
        var modality = args.Get("modality");
        if (modality is not null && modality is not ("asserted" or "negated" or "hypothetical" or "future" or "denied" or "reported"))
        {
            throw new CliUsageException($"--modality must be asserted, negated, hypothetical, future, denied or reported, not '{modality}'");
        }

        return filter with
        {
            Actor = args.Get("actor"),
            Dyad = ParseDyad(args.Get("dyad")),
            Code = args.Get("code"),
            Quad = quad,
            Modality = modality,
            Article = args.Get("article"),
        };
    }

    protected override Task<IReadOnlyList<Row>> QueryAsync(IDetenteStore store, QueryFilter filter, CancellationToken cancellationToken) =>
        store.EventsAsync(filter, cancellationToken);
}
