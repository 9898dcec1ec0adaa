using System.Diagnostics;
using Detente.Cli.Hosting;
using Detente.Nlp.Language;

namespace Detente.Cli.Commands;

/// <summary>Trains the part-of-speech tagger and the lemmatizer on a CoNLL-U treebank.</summary>
internal sealed class TrainTaggerCommand : ICliCommand
{
    public string Name => "train tagger";

    public string Summary => "train the part-of-speech tagger and lemmatizer on a CoNLL-U treebank";

    public string Help => """
        Usage: detente train tagger --train FILE --dev FILE --out DIR [--seed N] [--epochs N]
        Trains the averaged-perceptron tagger (joint UPOS and Penn tags) and the lemmatizer on --train, scores
        them on --dev, and writes tagger.bin and lemmatizer.bin into DIR. Single-threaded and deterministic for a
        given seed (default 1) and number of epochs (default 8).
        Example: detente train tagger --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out data/models
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var train = LanguageCommandSupport.ReadTreebank(args, "train");
        var dev = LanguageCommandSupport.ReadTreebank(args, "dev");
        var options = LanguageCommandSupport.Options(args, TaggerTrainer.Defaults);
        var outDir = LanguageCommandSupport.OutputDirectory(args);
        args.RejectUnknown();

        var clock = Stopwatch.StartNew();
        var tagger = TaggerTrainer.Train(train, options, line => context.Error.WriteLine(line));
        var lemmatizer = Lemmatizer.Train(train);
        tagger.Save(Path.Combine(outDir, LanguageModels.TaggerFile));
        lemmatizer.Save(Path.Combine(outDir, LanguageModels.LemmatizerFile));
        var trained = clock.Elapsed;

        var scores = UdEvaluator.Evaluate(dev, LanguageCommandSupport.TagOnly(tagger, lemmatizer, dev));
        await context.Out.WriteLineAsync($"trained in {LanguageCommandSupport.Seconds(trained)}; {tagger.Model.Rows} weight rows; lemmatizer {lemmatizer.LexiconSize} exceptions, {lemmatizer.RuleCount} rules").ConfigureAwait(false);
        await context.Out.WriteLineAsync("dev: " + LanguageCommandSupport.FormatScores(scores).Split("  UAS")[0]).ConfigureAwait(false);
        return 0;
    }
}
