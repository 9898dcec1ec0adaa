using Detente.Cli.Hosting;
using Detente.Nlp.Events;
using Detente.Nlp.Events.Evaluation;

namespace Detente.Cli.Commands;

/// <summary>Five-way class accuracy (statement, verbal/material cooperation, verbal/material conflict) on cameo-class-train.</summary>
internal sealed class EvalEventsCameoClassCommand : ICliCommand
{
    public string Name => "eval events cameo-class";

    public string Summary => "5-way CAMEO class accuracy on cameo-class-train";

    public string Help => """
        Usage: detente eval events cameo-class [--dev-data DIR]
        Codes each sentence (actors found with the Phoenix actor dictionaries), takes the class of the most confident
        event (a sentence without events counts as a statement) and prints accuracy and macro-F1 over the five classes.
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var events = EventEvaluationSupport.DevData(args, context, "events");
        args.RejectUnknown();
        var analyze = EventEvaluationSupport.Analyzer(context, Name);
        var dicts = Path.Combine(events, "cameo");
        var actors = PetrarchActorDictionary.Load(Path.Combine(dicts, "Phoenix.Countries.actors.txt"), Path.Combine(dicts, "Phoenix.International.actors.txt"));
        var items = LabelledSets.CameoClass(Path.Combine(events, "cameo-class-train", "train.tsv"));
        var eval = new LabelledEvaluation(EventEvaluationSupport.LoadCoder(context), analyze, actors, PloverLabels.Load(context.DataDirectory));
        var (_, cls) = eval.Run(items);
        await context.Out.WriteLineAsync($"eval events cameo-class: {cls.Count} sentences, accuracy {EventEvaluationSupport.F(cls.Accuracy)}, macro-F1 {EventEvaluationSupport.F(cls.MacroF1())}").ConfigureAwait(false);
        return 0;
    }
}
