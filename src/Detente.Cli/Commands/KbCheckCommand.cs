using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Knowledge.Loading;

namespace Detente.Cli.Commands;

/// <summary>Validates the knowledge base and prints every problem with its file and line.</summary>
internal sealed class KbCheckCommand : ICliCommand
{
    public string Name => "kb check";

    public string Summary => "validate the knowledge base (errors name file and line)";

    public string Help => """
        Usage: detente kb check [--dir DIR]
        Loads the knowledge base (data/kb, or DIR) and checks every file: headers, column counts, codes, dates,
        references between files (roles to people, offices and states). Prints each problem as FILE:LINE: MESSAGE
        and a summary of what was loaded.

        Exit codes: 0 valid; 1 problems found; 2 usage error.
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var dir = args.Get("dir") ?? Path.Combine(context.DataDirectory, "kb");
        args.RejectUnknown();
        if (!Directory.Exists(dir))
        {
            await context.Error.WriteLineAsync($"{dir}: no such folder").ConfigureAwait(false);
            return 1;
        }

        var kb = KnowledgeBaseLoader.TryLoad(dir, out var errors);
        foreach (var e in errors)
        {
            await context.Error.WriteLineAsync(Path.Combine(dir, e.ToString())).ConfigureAwait(false);
        }

        if (kb is null)
        {
            await context.Error.WriteLineAsync(errors.Count.ToString(CultureInfo.InvariantCulture) + " problem(s) in " + dir).ConfigureAwait(false);
            return 1;
        }

        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{dir}: valid — {kb.States.Count} states, {kb.Organisations.Count} organisations, {kb.People.Count} people, {kb.Tenures.Count} dated roles, {kb.Offices.Count} office titles, {kb.Agents.Count} agent nouns, {kb.Metonyms.Count} metonyms, {kb.Memberships.Count} memberships")).ConfigureAwait(false);
        return 0;
    }
}
