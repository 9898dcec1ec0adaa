using Detente.Cli.Hosting;
using Detente.Nlp.Events.Evaluation;

namespace Detente.Cli.Commands;

/// <summary>Scores the event coder on the PETRARCH-2 validation sentences with their provided UD parses.</summary>
internal sealed class EvalEventsGsrCommand : ICliCommand, IHasFlags
{
    public string Name => "eval events gsr";

    public string Summary => "event P/R/F1 on the PETRARCH-2 validation sentences (source country, target country, CAMEO root)";

    public string Help => """
        Usage: detente eval events gsr [--dev-data DIR] [--verbose]
        Codes the 78 PETRARCH-2 validation sentences from their provided UD parses, with actors found through the
        Phoenix actor dictionaries, and prints precision, recall and F1 on (source country, target country, CAMEO
        root). Negated and denied events are not counted as predictions. --verbose lists each sentence's misses.
        """;

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "verbose" };

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var events = EventEvaluationSupport.DevData(args, context, "events");
        bool verbose = args.Has("verbose");
        args.RejectUnknown();
        var set = GsrValidationSet.Load(Path.Combine(events, "petr2-gsr-validation"));
        var dicts = Path.Combine(events, "cameo");
        var actors = PetrarchActorDictionary.Load(
            Path.Combine(dicts, "Phoenix.Countries.actors.txt"),
            Path.Combine(dicts, "Phoenix.International.actors.txt"),
            Path.Combine(dicts, "Phoenix.MilNonState.actors.txt"));
        var coder = EventEvaluationSupport.LoadCoder(context);
        var score = set.Score(coder, actors, (r, doc, predicted) =>
        {
            if (verbose && !predicted.SetEquals(r.Gold))
            {
                context.Out.WriteLine($"{r.Id}: gold {Show(r.Gold)} predicted {Show(predicted)}");
                context.Out.WriteLine("  " + doc.Text);
                context.Out.WriteLine("  mentions: " + string.Join("; ", doc.Mentions.Select(m => m.Text + "=" + m.Actor?.Code)));
                foreach (var e in coder.Code(doc))
                {
                    context.Out.WriteLine($"  event {e.Source.Actor?.Code}->{e.Target?.Actor?.Code} {e.Cameo} {e.Modality}: {e.Rule}");
                }
            }
        });
        await context.Out.WriteLineAsync($"eval events gsr: {set.Records.Count} sentences, gold {score.TruePositives + score.FalseNegatives}, predicted {score.TruePositives + score.FalsePositives}, correct {score.TruePositives}").ConfigureAwait(false);
        await context.Out.WriteLineAsync($"precision {EventEvaluationSupport.F(score.Precision)}  recall {EventEvaluationSupport.F(score.Recall)}  F1 {EventEvaluationSupport.F(score.F1)}").ConfigureAwait(false);
        return 0;
    }

    private static string Show(IEnumerable<(string S, string T, string R)> set) =>
        "[" + string.Join(", ", set.Select(x => x.S + "->" + x.T + " " + x.R)) + "]";
}
