using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Nlp.Entities.Ner;
using Detente.Nlp.Language;

namespace Detente.Cli.Commands;

/// <summary>Evaluates the named-entity recogniser on a gold IOB2 file: per-type and overall span F1.</summary>
internal sealed class EvalNerCommand : ICliCommand
{
    public string Name => "eval ner";

    public string Summary => "evaluate the named-entity recogniser (per-type and overall F1)";

    public string Help => """
        Usage: detente eval ner --iob2 FILE [--model PATH] [--errors PATH] [--speed N]
        Tags the words of FILE (UNER IOB2, or CoNLL) with the shipped tagger and the model (default:
        data/models/ner.bin, with the word classes in the same folder) and prints precision, recall and F1 per
        type (PER, ORG, LOC) and overall, counting exact spans as conlleval does. --errors writes every sentence
        whose spans differ, with the gold and the found spans. --speed N decodes the file N more times (the UPOS
        tags computed once) and prints the median sentences/s and words/s of the recogniser alone.

        Example:
          detente eval ner --iob2 ../shared/data/nlp/uner-ewt/en_ewt-ud-test.iob2
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var gold = args.Get("iob2") ?? throw new CliUsageException("name the gold file with --iob2 FILE");
        var modelPath = args.Get("model") ?? Path.Combine(context.DataDirectory, "models", "ner.bin");
        var errors = args.Get("errors");
        int speedRuns = args.GetInt("speed", 0);
        args.RejectUnknown();
        foreach (var file in new[] { gold, modelPath })
        {
            if (!File.Exists(file))
            {
                await context.Error.WriteLineAsync($"{file}: no such file").ConfigureAwait(false);
                return 1;
            }
        }

        var tagger = LoadTagger(context);
        var model = NerModel.Load(modelPath);
        var sentences = NerCorpus.ReadTagged(gold, tagger);
        await PrintAsync(model, gold, sentences, context).ConfigureAwait(false);
        if (errors is not null)
        {
            await File.WriteAllLinesAsync(errors, Differences(model, sentences), cancellationToken).ConfigureAwait(false);
        }

        if (speedRuns > 0)
        {
            var seconds = new List<double>();
            for (int run = 0; run < speedRuns; run++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                foreach (var (s, upos) in sentences)
                {
                    model.Decode(s.Words, upos, new int[s.Words.Length]);
                }

                seconds.Add(clock.Elapsed.TotalSeconds);
            }

            double median = seconds.Order().ElementAt(seconds.Count / 2);
            long words = sentences.Sum(s => (long)s.Sentence.Words.Length);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"decoding: {sentences.Count / median:0} sentences/s, {words / median:0} words/s (median of {speedRuns} runs, 1 thread)")).ConfigureAwait(false);
        }

        return 0;
    }

    private static IEnumerable<string> Differences(NerModel model, IReadOnlyList<(NerSentence Sentence, string[]? Upos)> sentences)
    {
        foreach (var (s, upos) in sentences)
        {
            var gold = NerEvaluation.Spans(s.Tags);
            var found = NerEvaluation.Spans(model.Tag(s.Words, upos));
            if (!gold.SetEquals(found))
            {
                string Show(IEnumerable<(int Start, int End, string Type)> spans) =>
                    string.Join(" | ", spans.OrderBy(x => x.Start).Select(x => x.Type + ": " + string.Join(' ', s.Words[x.Start..x.End])));
                yield return string.Join(' ', s.Words);
                yield return "  missed: " + Show(gold.Except(found));
                yield return "  wrong:  " + Show(found.Except(gold));
            }
        }
    }

    /// <summary>The shipped part-of-speech tagger, whose UPOS tags the recogniser uses.</summary>
    public static Tagger LoadTagger(CliContext context) => Tagger.Load(Path.Combine(context.DataDirectory, "models", LanguageModels.TaggerFile));

    /// <summary>Evaluates <paramref name="model"/> on the tagged gold sentences of <paramref name="name"/> and prints the table.</summary>
    public static async Task PrintAsync(NerModel model, string name, IReadOnlyList<(NerSentence Sentence, string[]? Upos)> sentences, CliContext context)
    {
        var eval = NerEvaluation.Of(model, sentences);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name}: {sentences.Count} sentences")).ConfigureAwait(false);
        await context.Out.WriteLineAsync($"{"type",-8} {"gold",6} {"found",6} {"P",7} {"R",7} {"F1",7}").ConfigureAwait(false);
        foreach (var (type, g, p, precision, recall, f1) in eval.Rows())
        {
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{type,-8} {g,6} {p,6} {precision * 100,7:0.00} {recall * 100,7:0.00} {f1 * 100,7:0.00}")).ConfigureAwait(false);
        }
    }
}
