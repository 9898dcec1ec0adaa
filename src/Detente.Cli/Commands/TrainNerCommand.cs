using System.Diagnostics;
using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Knowledge.Loading;
using Detente.Nlp.Entities.Ner;

namespace Detente.Cli.Commands;

/// <summary>Trains the named-entity recogniser on IOB2/CoNLL gold files and writes the model.</summary>
internal sealed class TrainNerCommand : ICliCommand, IHasFlags
{
    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "no-clusters", "no-gazetteer" };

    public string Name => "train ner";

    public string Summary => "train the named-entity recogniser (PER, ORG, LOC)";

    public string Help => """
        Usage: detente train ner --train FILE [--train FILE ...] [--dev FILE] [--epochs N] [--bits N] [--seed N]
                                 [--folds N] [--runs N] [--clusters PATH | --no-clusters] [--no-gazetteer] [--out PATH]
        Trains an averaged structured perceptron (Viterbi decoding) on UNER-style IOB2 files or CoNLL files with
        IO/IOB tags (types other than PER, ORG and LOC become O), single-threaded and reproducible, and writes it
        to PATH (default: data/models/ner.bin). The words are tagged with the shipped tagger (UPOS features);
        the name lists come from the knowledge base under data/kb (stored in the model); the word classes from
        --clusters (default: data/models/clusters.bin, made by `detente train clusters`). --bits sets the
        feature hash width (default 18). The names tagged in the training data join the lists, each sentence
        seeing only the names of the other --folds parts (default 0: left out). --runs N trains N times with
        seeds seed, seed+1, ... and keeps the mean of the weights (default 1).
        With --dev, prints the dev F1 after every epoch and the final table.

        Example:
          detente train ner --train ../shared/data/nlp/uner-ewt/en_ewt-ud-train.iob2 \
            --train ../shared/data/nlp/wikigold/wikigold.conll.txt --dev ../shared/data/nlp/uner-ewt/en_ewt-ud-dev.iob2
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var train = args.GetAll("train");
        var dev = args.Get("dev");
        int epochs = args.GetInt("epochs", 10);
        int bits = args.GetInt("bits", 18);
        int seed = args.GetInt("seed", 17);
        int folds = args.GetInt("folds", 0);
        int runs = args.GetInt("runs", 1);
        bool noClusters = args.Has("no-clusters");
        bool noGazetteer = args.Has("no-gazetteer");
        var clustersPath = args.Get("clusters") ?? Path.Combine(context.DataDirectory, "models", WordClusters.FileName);
        var output = args.Get("out") ?? Path.Combine(context.DataDirectory, "models", "ner.bin");
        args.RejectUnknown();
        if (train.Count == 0)
        {
            throw new CliUsageException("name the training data with --train FILE");
        }

        if (bits is < 10 or > 26)
        {
            throw new CliUsageException("--bits must be between 10 and 26");
        }

        foreach (var file in train.Concat(dev is null ? [] : [dev]).Concat(noClusters ? [] : [clustersPath]))
        {
            if (!File.Exists(file))
            {
                await context.Error.WriteLineAsync($"{file}: no such file").ConfigureAwait(false);
                return 1;
            }
        }

        var tagger = EvalNerCommand.LoadTagger(context);
        var sentences = train.SelectMany(f => NerCorpus.ReadTagged(f, tagger)).ToList();
        var devSentences = dev is null ? null : NerCorpus.ReadTagged(dev, tagger);
        var gazetteer = noGazetteer ? new NerGazetteer([]) : NerGazetteer.FromKnowledgeBase(KnowledgeBaseLoader.Load(context.DataDirectory));
        var clusters = noClusters ? null : WordClusters.Load(clustersPath);
        var options = new NerTrainingOptions(epochs, bits, seed, gazetteer, clusters, folds, runs);
        var clock = Stopwatch.StartNew();
        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"training on {sentences.Count} sentences, {epochs} epochs, 2^{bits} rows, {gazetteer.Phrases.Count} names, {clusters?.Count ?? 0} clustered words")).ConfigureAwait(false);
        var model = NerTrainer.Train(sentences, options,
            (run, epoch, accuracy) => context.Error.Write(string.Create(CultureInfo.InvariantCulture, $"run {run} epoch {epoch}: token accuracy {accuracy:P2} ({clock.Elapsed.TotalSeconds:0}s)")),
            (run, epoch, m) => context.Error.WriteLine(devSentences is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"; dev F1 {NerEvaluation.Of(m, devSentences).F1 * 100:0.00}")));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        model.Save(output);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"wrote {output} ({new FileInfo(output).Length / 1024} KiB) in {clock.Elapsed.TotalSeconds:0}s")).ConfigureAwait(false);
        if (devSentences is not null)
        {
            await EvalNerCommand.PrintAsync(model, dev!, devSentences, context).ConfigureAwait(false);
        }

        return 0;
    }
}
