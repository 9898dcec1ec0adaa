using Detente.Cli.Hosting;
using Detente.Storage;

namespace Detente.Cli.Commands;

/// <summary>Lists stored quotes.</summary>
internal sealed class QuotesCommand : ListCommand
{
    public override string Name => "quotes";

    public override string Summary => "list stored quotes with their speakers";

    protected override string Details => """
        Filters:
          --speaker X      quotes by X (name, id or the words that named the speaker)
          --article ID     quotes of one article
          --from DATE      said on or after DATE
          --to DATE        said on or before DATE

        Examples:
          detente quotes --speaker Lavrov
        """;

    protected override QueryFilter ReadFilter(CommandArgs args, QueryFilter filter) =>
        filter with { Speaker = args.Get("speaker"), Article = args.Get("article") };

    protected override Task<IReadOnlyList<Row>> QueryAsync(IDetenteStore store, QueryFilter filter, CancellationToken cancellationToken) =>
        store.QuotesAsync(filter, cancellationToken);
}
