using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Detente.Cli.Bench;
using Detente.Cli.Hosting;
using Detente.Core.Model;
using Detente.Sources;

namespace Detente.Cli.Commands;

/// <summary>Writes a large benchmark corpus (gzipped JSONL) by repeating a source corpus with variations.</summary>
internal sealed class BenchCorpusCommand : ICliCommand
{
    public string Name => "bench corpus";

    public string Summary => "generate a large benchmark corpus (gzipped JSONL) from a smaller one";

    public string Help => """
        Usage: detente bench corpus --from INPUT... --out FILE.jsonl.gz [--size SIZE] [--seed N]
        Reads the source articles (any input analyze reads, e.g. the Reuters-21578 .sgm.gz files) and writes them
        again and again until the article text written reaches SIZE (default 1GB; suffixes KB, MB, GB). Every
        round after the first varies each article: its date moves on by one day per round, the paragraphs after the
        lede are reordered, and country names are renamed by a fixed rotation, so every article is distinct.
        The output is JSON lines ({"id","title","date","text"}), gzipped when FILE ends in .gz.

        Example:
          detente bench corpus --from ../shared/data/corpus/reuters21578/sgm-data --out /tmp/news-1gb.jsonl.gz
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var from = args.GetAll("from");
        var output = args.Get("out") ?? throw new CliUsageException("name the output file with --out FILE.jsonl.gz");
        long size = ParseSize(args.Get("size") ?? "1GB");
        int seed = args.GetInt("seed", 1);
        args.RejectUnknown();
        if (from.Count == 0)
        {
            throw new CliUsageException("name the source corpus with --from INPUT");
        }

        var sources = new List<Article>();
        await foreach (var item in InputReader.CreateDefault().ReadAsync(from, new ReadOptions(), TextReader.Null, cancellationToken).ConfigureAwait(false))
        {
            if (item.Article is { } a && a.Text.Length > 0)
            {
                sources.Add(a);
            }
        }

        if (sources.Count == 0)
        {
            throw new CliUsageException($"the source corpus ({string.Join(", ", from)}) holds no readable article");
        }

        var variation = new CorpusVariation(seed);
        var clock = Stopwatch.StartNew();
        long written = 0, articles = 0;
        int rounds = 0;
        var temporary = output + ".part";
        await using (var file = File.Create(temporary))
        {
            Stream stream = output.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.Fastest) : file;
            await using (stream.ConfigureAwait(false))
            await using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
            {
                while (written < size)
                {
                    foreach (var source in sources)
                    {
                        if (written >= size)
                        {
                            break;
                        }

                        var a = variation.Vary(source, rounds);
                        await writer.WriteLineAsync(Line(a)).ConfigureAwait(false);
                        written += Encoding.UTF8.GetByteCount(a.Text);
                        articles++;
                    }

                    rounds++;
                }
            }
        }

        File.Move(temporary, output, overwrite: true);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{output}: {articles} articles, {written / 1e6:0.0} MB of text, {rounds} rounds over {sources.Count} source articles; {new FileInfo(output).Length / 1e6:0.0} MB on disk; {clock.Elapsed.TotalSeconds:0} s")).ConfigureAwait(false);
        return 0;
    }

    private static string Line(Article a)
    {
        var o = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["id"] = a.Id,
            ["title"] = a.Title,
            ["date"] = a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["text"] = a.Text,
        };
        return JsonSerializer.Serialize(o);
    }

    /// <summary>Parses "1GB", "500MB", "64KB" or a byte count.</summary>
    internal static long ParseSize(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        long unit = 1;
        foreach (var (suffix, factor) in new[] { ("GB", 1_000_000_000L), ("MB", 1_000_000L), ("KB", 1_000L), ("B", 1L) })
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = factor;
                t = t[..^suffix.Length];
                break;
            }
        }

        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || value <= 0)
        {
            throw new CliUsageException($"--size must be a positive size such as 1GB or 500MB, not '{text}'");
        }

        return (long)(value * unit);
    }
}
