using Detente.Cli.Hosting;

namespace Detente.Cli;

/// <summary>Entry point: wires the commands and dispatches.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cts.Cancel();
        };
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true; // stop like Ctrl-C: the work in flight is abandoned, what is stored stays
            cts.Cancel();
        });
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        try
        {
            var context = new CliContext
            {
                Out = stdout,
                Error = Console.Error,
                In = Console.In,
                Interactive = !Console.IsErrorRedirected,
                DataDirectory = DataLocator.FindDataDirectory(),
                DefaultDatabase = DataLocator.DefaultDatabase(),
            };
            return await new CliApp(CommandCatalog.All()).RunAsync(args, context, cts.Token).ConfigureAwait(false);
        }
        finally
        {
            await stdout.FlushAsync().ConfigureAwait(false);
        }
    }
}
