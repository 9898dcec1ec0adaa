using System.Diagnostics;
using Detente.Cli.Hosting;
using Detente.Nlp.Language;

namespace Detente.Cli.Commands;

/// <summary>Trains the dependency parser on a CoNLL-U treebank, with jackknifed tags.</summary>
internal sealed class TrainParserCommand : ICliCommand
{
    public string Name => "train parser";

    public string Summary => "train the dependency parser on a CoNLL-U treebank";

    public string Help => """
        Usage: detente train parser --train FILE --dev FILE --out DIR [--seed N] [--epochs N] [--folds N]
        Trains the arc-hybrid parser with a dynamic oracle on --train, using Penn tags predicted by taggers
        trained on the other folds (default 4), and writes parser.bin into DIR. DIR must already hold the tagger
        (run "train tagger" first): it tags --dev, on which every epoch is scored. Single-threaded and
        deterministic for a given seed (default 1) and number of epochs (default 10).
        Example: detente train parser --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out data/models
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var train = LanguageCommandSupport.ReadTreebank(args, "train");
        var dev = LanguageCommandSupport.ReadTreebank(args, "dev");
        var options = LanguageCommandSupport.Options(args, ParserTrainer.Defaults);
        int folds = args.GetInt("folds", 4);
        var outDir = LanguageCommandSupport.OutputDirectory(args);
        args.RejectUnknown();
        if (folds < 2)
        {
            throw new CliUsageException($"option --folds must be at least 2, got {folds}");
        }

        var taggerPath = Path.Combine(outDir, LanguageModels.TaggerFile);
        if (!File.Exists(taggerPath))
        {
            throw new CliUsageException($"--out: {taggerPath} not found; run 'detente train tagger' into the same folder first");
        }

        var tagger = Tagger.Load(taggerPath);
        var clock = Stopwatch.StartNew();
        var trainTags = TaggerTrainer.Jackknife(train, folds, TaggerTrainer.Defaults with { Seed = options.Seed }, line => context.Error.WriteLine(line));
        var devTags = dev.Select(s => tagger.Tag(s.Forms).Xpos).ToList();
        string Report(Parser parser)
        {
            var analyses = dev.Select((s, i) =>
            {
                var (heads, relations) = parser.Parse(s.Forms, devTags[i]);
                return new SentenceAnalysis(s.Upos, devTags[i], s.Lemmas, heads, relations);
            }).ToList();
            var scores = UdEvaluator.Evaluate(dev, analyses);
            return FormattableString.Invariant($"dev UAS {scores.F1(scores.Uas):F2} LAS {scores.F1(scores.Las):F2} ({LanguageCommandSupport.Seconds(clock.Elapsed)})");
        }

        var parser = ParserTrainer.Train(train, trainTags, options, line => context.Error.WriteLine(line), Report);
        parser.Save(Path.Combine(outDir, LanguageModels.ParserFile));
        await context.Out.WriteLineAsync($"trained in {LanguageCommandSupport.Seconds(clock.Elapsed)}; {parser.Model.Rows} weight rows; {Report(parser)}").ConfigureAwait(false);
        return 0;
    }
}
