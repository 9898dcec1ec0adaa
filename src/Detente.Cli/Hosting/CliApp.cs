using System.Globalization;

namespace Detente.Cli.Hosting;

/// <summary>Dispatches an argument list to its command and turns errors into messages and exit codes.</summary>
internal sealed class CliApp(IReadOnlyList<ICliCommand> commands)
{
    /// <summary>Exit code for a usage mistake.</summary>
    public const int UsageError = 2;

    private readonly CommandRegistry _registry = new(commands);

    /// <summary>Runs the command named by <paramref name="args"/>.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
        {
            if (args.Count > 1 && args[0] == "help")
            {
                return await RunAsync([.. args.Skip(1), "--help"], context, cancellationToken).ConfigureAwait(false);
            }

            PrintOverview(context);
            return args.Count == 0 ? UsageError : 0;
        }

        if (args[0] == "--version")
        {
            await context.Out.WriteLineAsync("detente " + typeof(CliApp).Assembly.GetName().Version?.ToString(3)).ConfigureAwait(false);
            return 0;
        }

        var (command, words) = _registry.Find(args);
        if (command is null)
        {
            var group = _registry.WithPrefix(args[0]).ToList();
            if (group.Count > 0)
            {
                await context.Error.WriteLineAsync($"detente {args[0]}: choose one of:").ConfigureAwait(false);
                foreach (var c in group)
                {
                    await context.Error.WriteLineAsync($"  {c.Name,-22} {c.Summary}").ConfigureAwait(false);
                }

                return UsageError;
            }

            await context.Error.WriteLineAsync($"detente: unknown command '{args[0]}'. Run 'detente --help' for the list.").ConfigureAwait(false);
            return UsageError;
        }

        var rest = args.Skip(words).ToList();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            await context.Out.WriteLineAsync(command.Help.TrimEnd()).ConfigureAwait(false);
            return 0;
        }

        try
        {
            return await command.RunAsync(ParseFor(command, rest), context, cancellationToken).ConfigureAwait(false);
        }
        catch (CliUsageException ex)
        {
            await context.Error.WriteLineAsync($"detente {command.Name}: {ex.Message}").ConfigureAwait(false);
            await context.Error.WriteLineAsync($"Run 'detente {command.Name} --help' for usage.").ConfigureAwait(false);
            return UsageError;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync($"detente {command.Name}: cancelled").ConfigureAwait(false);
            return 130;
        }
    }

    private static CommandArgs ParseFor(ICliCommand command, List<string> rest) =>
        CommandArgs.Parse(rest, command is IHasFlags f ? f.Flags : new HashSet<string>(StringComparer.Ordinal));

    private void PrintOverview(CliContext context)
    {
        var w = context.Out;
        w.WriteLine("detente — events, quotes, actors and treaties from news about relations between states");
        w.WriteLine();
        w.WriteLine("Usage: detente COMMAND [options]    (detente COMMAND --help for details)");
        w.WriteLine();
        w.WriteLine("Commands:");
        foreach (var c in _registry.Commands)
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.Name,-22} {c.Summary}"));
        }

        w.WriteLine();
        w.WriteLine("Default database: " + context.DefaultDatabase + "  (override with --db PATH or DETENTE_DB)");
        w.WriteLine("Shipped data:     " + context.DataDirectory + "  (override with DETENTE_DATA)");
        w.WriteLine();
        w.WriteLine("Examples:");
        w.WriteLine("  detente analyze examples/                       process the sample articles into the database");
        w.WriteLine("  detente analyze --no-store --format jsonl a.txt print the analysis as JSON lines");
        w.WriteLine("  detente events --dyad USA-RUS --from 2019-01-01 list stored events between two states");
    }
}
