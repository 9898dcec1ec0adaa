using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Sources.Dedup;

namespace Detente.Cli.Commands;

/// <summary>Scores near-duplicate detection on a labelled corpus of originals and syndicated copies.</summary>
internal sealed class EvalDedupCommand : ICliCommand
{
    public string Name => "eval dedup";

    public string Summary => "score duplicate and syndicated-copy detection on a labelled corpus";

    public string Help => """
        Usage: detente eval dedup --corpus DIR
        Reads DIR/labels.tsv (NAME<TAB>ORIGINAL, or - for an original, in arrival order) and DIR/NAME.txt, runs every
        text through the duplicate index analyze and watch use, and prints precision and recall of the copy links.
          --corpus DIR       e.g. tests/Detente.Sources.Tests/Dedup/Corpus
          --jaccard X        least estimated Jaccard similarity for a near copy (default 0.5, as shipped)
          --containment X    least estimated containment for a cut-down copy (default 0.6, as shipped)
        """;

    private static double Threshold(CommandArgs args, string name, double fallback)
    {
        var text = args.Get(name);
        if (text is null)
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x is > 0 and <= 1
            ? x
            : throw new CliUsageException($"--{name} must be a number in (0, 1], not '{text}'");
    }

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var dir = args.Get("corpus") ?? throw new CliUsageException("eval dedup needs --corpus DIR");
        double jaccard = Threshold(args, "jaccard", DuplicateIndex.DefaultJaccard), containment = Threshold(args, "containment", DuplicateIndex.DefaultContainment);
        args.RejectUnknown();
        DuplicateBenchmarkResult r;
        try
        {
            r = DuplicateBenchmark.Run(dir, new DuplicateIndex(new MinHasher(), jaccardThreshold: jaccard, containmentThreshold: containment));
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or DirectoryNotFoundException)
        {
            await context.Error.WriteLineAsync("detente eval dedup: " + e.Message).ConfigureAwait(false);
            return 1;
        }

        var inv = CultureInfo.InvariantCulture;
        await context.Out.WriteLineAsync(string.Create(inv, $"texts      {r.Originals + r.Copies} ({r.Originals} originals, {r.Copies} copies)")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(string.Create(inv, $"precision  {r.Precision:F3} ({r.FalsePositives} wrong links, {r.OriginalsTaken} originals taken for copies)")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(string.Create(inv, $"recall     {r.Recall:F3} ({r.TruePositives} of {r.Copies} copies linked to their original)")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(string.Create(inv, $"F1         {r.F1:F3}")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(string.Create(inv, $"closest distinct stories: Jaccard {r.ClosestDistinctJaccard:F2}, containment {r.ClosestDistinctContainment:F2} (thresholds {jaccard:F2}, {containment:F2})")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(string.Create(inv, $"speed      {(r.Originals + r.Copies) / Math.Max(r.Elapsed.TotalSeconds, 1e-9):F0} texts/s")).ConfigureAwait(false);
        foreach (var e in r.Errors)
        {
            await context.Out.WriteLineAsync("  " + e).ConfigureAwait(false);
        }

        return 0;
    }
}
