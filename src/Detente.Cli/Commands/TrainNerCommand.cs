using System.Diagnostics;
using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Nlp.Entities.Ner;

namespace Detente.Cli.Commands;

/// <summary>Trains the named-entity recogniser on IOB2/CoNLL gold files and writes the model.</summary>
internal sealed class TrainNerCommand : ICliCommand
{
    public string Name => "train ner";

    public string Summary => "train the named-entity recogniser (PER, ORG, LOC)";

    public string Help => """
        Usage: detente train ner --train FILE [--train FILE ...] [--dev FILE] [--epochs N] [--buckets N] [--out PATH]
        Trains an averaged perceptron on UNER-style IOB2 files or CoNLL files with IO/IOB tags (types other than
        PER, ORG and LOC become O), single-threaded and reproducible, and writes it to PATH
        (default: data/models/ner.bin). With --dev, prints per-type and overall F1 on that file.

        Example:
          detente train ner --train ../shared/data/nlp/uner-ewt/en_ewt-ud-train.iob2 \
            --train ../shared/data/nlp/wikigold/wikigold.conll.txt --dev ../shared/data/nlp/uner-ewt/en_ewt-ud-dev.iob2
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var train = args.GetAll("train");
        var dev = args.Get("dev");
        int epochs = args.GetInt("epochs", 10);
        int buckets = args.GetInt("buckets", 1 << 18);
        var output = args.Get("out") ?? Path.Combine(context.DataDirectory, "models", "ner.bin");
        args.RejectUnknown();
        if (train.Count == 0)
        {
            throw new CliUsageException("name the training data with --train FILE");
        }

        if (buckets <= 0 || (buckets & (buckets - 1)) != 0)
        {
            throw new CliUsageException("--buckets must be a power of two");
        }

        var sentences = new List<NerSentence>();
        foreach (var file in train.Concat(dev is null ? [] : [dev]))
        {
            if (!File.Exists(file))
            {
                await context.Error.WriteLineAsync($"{file}: no such file").ConfigureAwait(false);
                return 1;
            }
        }

        foreach (var file in train)
        {
            sentences.AddRange(NerCorpus.Read(file));
        }

        var clock = Stopwatch.StartNew();
        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"training on {sentences.Count} sentences, {epochs} epochs")).ConfigureAwait(false);
        var model = NerTrainer.Train(sentences, epochs, buckets, (epoch, accuracy) =>
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: token accuracy {accuracy:P2} ({clock.Elapsed.TotalSeconds:0}s)")));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        model.Save(output);
        await context.Out.WriteLineAsync($"wrote {output} ({new FileInfo(output).Length / 1024} KiB)").ConfigureAwait(false);
        if (dev is not null)
        {
            await EvalNerCommand.PrintAsync(model, dev, context).ConfigureAwait(false);
        }

        return 0;
    }
}
