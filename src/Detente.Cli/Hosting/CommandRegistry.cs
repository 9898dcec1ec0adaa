namespace Detente.Cli.Hosting;

/// <summary>Finds the command for an argument list (longest verb path first) and prints the command list.</summary>
internal sealed class CommandRegistry(IReadOnlyList<ICliCommand> commands)
{
    /// <summary>All commands in registration order.</summary>
    public IReadOnlyList<ICliCommand> Commands => commands;

    /// <summary>The command whose verb path starts <paramref name="args"/>, and the number of words it used.</summary>
    public (ICliCommand? Command, int Words) Find(IReadOnlyList<string> args)
    {
        ICliCommand? best = null;
        int bestWords = 0;
        foreach (var c in commands)
        {
            var words = c.Name.Split(' ');
            if (words.Length > args.Count || words.Length <= bestWords)
            {
                continue;
            }

            bool match = true;
            for (int i = 0; i < words.Length && match; i++)
            {
                match = string.Equals(words[i], args[i], StringComparison.Ordinal);
            }

            if (match)
            {
                best = c;
                bestWords = words.Length;
            }
        }

        return (best, bestWords);
    }

    /// <summary>Commands whose verb path begins with <paramref name="prefix"/> ("eval" lists "eval ud", "eval timex" ...).</summary>
    public IEnumerable<ICliCommand> WithPrefix(string prefix) =>
        commands.Where(c => c.Name.StartsWith(prefix + " ", StringComparison.Ordinal));
}
