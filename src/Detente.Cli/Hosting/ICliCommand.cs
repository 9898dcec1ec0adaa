namespace Detente.Cli.Hosting;

/// <summary>One CLI verb (analyze, events, train ...): one class per file under Commands/.</summary>
internal interface ICliCommand
{
    /// <summary>The verb, or a verb path such as "eval ud" or "kb check".</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>Full help: usage, options and examples.</summary>
    string Help { get; }

    /// <summary>Runs the command; returns the process exit code.</summary>
    Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken);
}
