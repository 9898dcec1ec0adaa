using Detente.Cli.Hosting;
using Detente.Storage;

namespace Detente.Cli.Commands;

/// <summary>Lists stored articles.</summary>
internal sealed class ArticlesCommand : ListCommand
{
    public override string Name => "articles";

    public override string Summary => "list stored articles with their dates and counts";

    protected override string Details => """
        Filters:
          --from DATE      reference date on or after DATE
          --to DATE        reference date on or before DATE

        Examples:
          detente articles --format csv
        """;

    protected override QueryFilter ReadFilter(CommandArgs args, QueryFilter filter) => filter;

    protected override Task<IReadOnlyList<Row>> QueryAsync(IDetenteStore store, QueryFilter filter, CancellationToken cancellationToken) =>
        store.ArticlesAsync(filter, cancellationToken);
}
