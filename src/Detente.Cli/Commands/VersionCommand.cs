using Detente.Cli.Hosting;

namespace Detente.Cli.Commands;

/// <summary>Prints the version of the program and of the shipped data.</summary>
internal sealed class VersionCommand : ICliCommand
{
    public string Name => "version";

    public string Summary => "print the program version and data location";

    public string Help => """
        Usage: detente version
        Prints the program version and where the shipped data is read from.
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        args.RejectUnknown();
        await context.Out.WriteLineAsync("detente " + typeof(VersionCommand).Assembly.GetName().Version?.ToString(3)).ConfigureAwait(false);
        await context.Out.WriteLineAsync("data: " + context.DataDirectory).ConfigureAwait(false);
        return 0;
    }
}
