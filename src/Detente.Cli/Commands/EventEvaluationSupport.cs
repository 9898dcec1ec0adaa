using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Nlp.Events;

namespace Detente.Cli.Commands;

/// <summary>What the `eval events ...` commands share: finding the development data and loading the coder.</summary>
internal static class EventEvaluationSupport
{
    /// <summary>The development data folder: --dev-data, else DETENTE_DEV_DATA, else ../shared/data beside the repository.</summary>
    /// <exception cref="CliUsageException">The folder does not exist.</exception>
    public static string DevData(CommandArgs args, CliContext context, string sub)
    {
        var root = args.Get("dev-data") ?? Environment.GetEnvironmentVariable("DETENTE_DEV_DATA")
            ?? Path.GetFullPath(Path.Combine(context.DataDirectory, "..", "..", "shared", "data"));
        var dir = Path.Combine(root, sub);
        return Directory.Exists(dir)
            ? dir
            : throw new CliUsageException($"development data folder not found: {dir} (pass --dev-data DIR, the folder holding events/)");
    }

    /// <summary>The event coder over the shipped codebook and lexicons.</summary>
    public static EventCoder LoadCoder(CliContext context) =>
        new(CameoCodebook.Load(context.DataDirectory), PredicateLexicon.Load(context.DataDirectory));

    /// <summary>Formats a figure with three decimals, culture-invariant.</summary>
    public static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
