using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Nlp.Entities.Ner;

namespace Detente.Cli.Commands;

/// <summary>Evaluates the named-entity recogniser on a gold IOB2 file: per-type and overall span F1.</summary>
internal sealed class EvalNerCommand : ICliCommand
{
    public string Name => "eval ner";

    public string Summary => "evaluate the named-entity recogniser (per-type and overall F1)";

    public string Help => """
        Usage: detente eval ner --iob2 FILE [--model PATH]
        Tags the words of FILE (UNER IOB2, or CoNLL) with the model (default: data/models/ner.bin) and prints
        precision, recall and F1 per type (PER, ORG, LOC) and overall, counting exact spans as conlleval does.

        Example:
          detente eval ner --iob2 ../shared/data/nlp/uner-ewt/en_ewt-ud-test.iob2
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var gold = args.Get("iob2") ?? throw new CliUsageException("name the gold file with --iob2 FILE");
        var modelPath = args.Get("model") ?? Path.Combine(context.DataDirectory, "models", "ner.bin");
        args.RejectUnknown();
        foreach (var file in new[] { gold, modelPath })
        {
            if (!File.Exists(file))
            {
                await context.Error.WriteLineAsync($"{file}: no such file").ConfigureAwait(false);
                return 1;
            }
        }

        await PrintAsync(NerModel.Load(modelPath), gold, context).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Evaluates <paramref name="model"/> on <paramref name="gold"/> and prints the table.</summary>
    public static async Task PrintAsync(NerModel model, string gold, CliContext context)
    {
        var eval = new NerEvaluation();
        var sentences = NerCorpus.Read(gold);
        foreach (var s in sentences)
        {
            eval.Add(s.Tags, model.Tag(s.Words));
        }

        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{gold}: {sentences.Count} sentences")).ConfigureAwait(false);
        await context.Out.WriteLineAsync($"{"type",-8} {"gold",6} {"found",6} {"P",7} {"R",7} {"F1",7}").ConfigureAwait(false);
        foreach (var (type, g, p, precision, recall, f1) in eval.Rows())
        {
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{type,-8} {g,6} {p,6} {precision * 100,7:0.00} {recall * 100,7:0.00} {f1 * 100,7:0.00}")).ConfigureAwait(false);
        }
    }
}
