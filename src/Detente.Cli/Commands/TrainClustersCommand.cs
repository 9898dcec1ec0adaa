using System.Diagnostics;
using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp.Entities.Ner;
using Detente.Nlp.Language;
using Detente.Nlp.Text;
using Detente.Sources;

namespace Detente.Cli.Commands;

/// <summary>Learns word classes from unlabelled text for the named-entity recogniser's features.</summary>
internal sealed class TrainClustersCommand : ICliCommand
{
    public string Name => "train clusters";

    public string Summary => "learn word classes from unlabelled text (features of the named-entity recogniser)";

    public string Help => """
        Usage: detente train clusters [--text FILE ...] [--corpus PATH ...] [--sizes 64,256,1024] [--min-count N]
                                      [--iterations N] [--out PATH]
        Reads the words of --text files (CoNLL-U, UNER IOB2 or CoNLL) and of the articles under --corpus (any
        format `detente analyze` reads, tokenised by the shipped text stages), learns word classes at each size
        with the exchange algorithm (single-threaded, deterministic) for the words seen at least N times
        (default 3), and writes them to PATH (default: data/models/clusters.bin).

        Example:
          detente train clusters --text ../shared/data/nlp/uner-ewt/en_ewt-ud-train.iob2 \
            --corpus ../shared/data/corpus/reuters21578/sgm-data
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var texts = args.GetAll("text");
        var corpora = args.GetAll("corpus");
        var sizesText = args.Get("sizes") ?? "64,256,1024";
        int minCount = args.GetInt("min-count", 3);
        int iterations = args.GetInt("iterations", 8);
        var output = args.Get("out") ?? Path.Combine(context.DataDirectory, "models", WordClusters.FileName);
        args.RejectUnknown();
        if (texts.Count + corpora.Count == 0)
        {
            throw new CliUsageException("name unlabelled text with --text FILE or --corpus PATH");
        }

        var sizes = new List<int>();
        foreach (var part in sizesText.Split(','))
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out int size) || size is < 2 or > 65535)
            {
                throw new CliUsageException($"--sizes: '{part}' is not a class count between 2 and 65535");
            }

            sizes.Add(size);
        }

        foreach (var file in texts.Concat(corpora))
        {
            if (!File.Exists(file) && !Directory.Exists(file))
            {
                await context.Error.WriteLineAsync($"{file}: no such file or folder").ConfigureAwait(false);
                return 1;
            }
        }

        var sentences = new List<string[]>();
        foreach (var file in texts)
        {
            sentences.AddRange(file.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase)
                ? ConlluReader.ReadFile(file).Select(s => s.Forms)
                : NerCorpus.Read(file).Select(s => s.Words));
        }

        if (corpora.Count > 0)
        {
            var pipeline = DocumentPipeline.Build(TextStages.Create(context.DataDirectory));
            await foreach (var item in InputReader.CreateDefault().ReadAsync(corpora, new ReadOptions(), TextReader.Null, cancellationToken).ConfigureAwait(false))
            {
                if (item.Article is null)
                {
                    continue;
                }

                var doc = pipeline.Run(new Document(item.Article)).Document;
                foreach (var s in doc.Sentences)
                {
                    sentences.Add([.. doc.Tokens.AsSpan(s.FirstToken, s.TokenCount).ToArray().Select(t => t.Form)]);
                }
            }
        }

        var clock = Stopwatch.StartNew();
        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{sentences.Count} sentences, {sentences.Sum(s => s.Length)} words; classes {string.Join(", ", sizes)}")).ConfigureAwait(false);
        var clusters = ClusterTrainer.Train(sentences, sizes, minCount, iterations, (size, pass, moved) =>
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size} classes, pass {pass}: {moved} words moved ({clock.Elapsed.TotalSeconds:0}s)")));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        clusters.Save(output);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"wrote {output}: {clusters.Count} words ({new FileInfo(output).Length / 1024} KiB) in {clock.Elapsed.TotalSeconds:0}s")).ConfigureAwait(false);
        return 0;
    }
}
