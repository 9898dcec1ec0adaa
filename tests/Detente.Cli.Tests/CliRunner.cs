using System.Diagnostics;
using Detente.Cli.Hosting;
using Detente.Tests.Common;

namespace Detente.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output, or as a real child process.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static async Task<Result> RunWithInputAsync(string db, string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext
        {
            Out = output,
            Error = error,
            In = new StringReader(stdin),
            DataDirectory = TestPaths.Data,
            DefaultDatabase = db,
        };
        int code = await new CliApp(CommandCatalog.All()).RunAsync(args, context, CancellationToken.None);
        return new Result(code, output.ToString(), error.ToString());
    }

    public static Task<Result> RunAsync(string db, params string[] args) => RunWithInputAsync(db, string.Empty, args);

    /// <summary>Starts the built CLI as a separate process.</summary>
    public static Process Start(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "detente.dll"));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["DETENTE_DATA"] = TestPaths.Data;
        return Process.Start(psi)!;
    }
}
