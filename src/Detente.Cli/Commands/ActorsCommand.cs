using Detente.Cli.Hosting;
using Detente.Storage;

namespace Detente.Cli.Commands;

/// <summary>Lists the actors mentioned in stored articles.</summary>
internal sealed class ActorsCommand : ListCommand
{
    public override string Name => "actors";

    public override string Summary => "list actors mentioned in stored articles, most mentioned first";

    protected override string Details => """
        Filters:
          --actor X        actors whose id, country or name matches X
          --article ID     actors of one article

        Examples:
          detente actors --actor RUS
        """;

    protected override QueryFilter ReadFilter(CommandArgs args, QueryFilter filter) =>
        filter with { Actor = args.Get("actor"), Article = args.Get("article") };

    protected override Task<IReadOnlyList<Row>> QueryAsync(IDetenteStore store, QueryFilter filter, CancellationToken cancellationToken) =>
        store.ActorsAsync(filter, cancellationToken);
}
