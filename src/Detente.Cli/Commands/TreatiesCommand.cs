using Detente.Cli.Hosting;
using Detente.Storage;

namespace Detente.Cli.Commands;

/// <summary>Lists treaty actions found in stored articles.</summary>
internal sealed class TreatiesCommand : ListCommand
{
    public override string Name => "treaties";

    public override string Summary => "list treaty actions found in stored articles";

    protected override string Details => """
        Filters:
          --treaty T       actions on treaty T (id or part of it, e.g. INF)
          --actor X        actions by party X (actor id or country)
          --from DATE      actions on or after DATE
          --to DATE        actions on or before DATE
          --article ID     actions of one article

        Examples:
          detente treaties --treaty INF
        """;

    protected override QueryFilter ReadFilter(CommandArgs args, QueryFilter filter) =>
        filter with { Treaty = args.Get("treaty"), Actor = args.Get("actor"), Article = args.Get("article") };

    protected override Task<IReadOnlyList<Row>> QueryAsync(IDetenteStore store, QueryFilter filter, CancellationToken cancellationToken) =>
        store.TreatyActionsAsync(filter, cancellationToken);
}
