using Detente.Cli.Hosting;
using Detente.Nlp.Events.Evaluation;

namespace Detente.Cli.Commands;

/// <summary>PLOVER type macro-F1 and class macro-F1 on the PLOVER gold records (dev half) or the PLV train rows.</summary>
internal sealed class EvalEventsPloverCommand : ICliCommand
{
    public string Name => "eval events plover";

    public string Summary => "PLOVER type and quad-class macro-F1 on plover-gold-dev or plv-train (--set plv)";

    public string Help => """
        Usage: detente eval events plover [--set gold|plv] [--dev-data DIR]
        Codes each sentence with its marked source and target as the actors and scores the PLOVER type of the chosen
        event (macro-F1 over the gold labels; PLOVER 0.5 labels are mapped to current types, PLV's YIELD gathers
        CONCEDE and RETREAT) and its class (macro-F1 over the four quad classes). gold: plover-gold-dev (default);
        plv: plv-train/PLV_train.tsv.
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var events = EventEvaluationSupport.DevData(args, context, "events");
        var which = args.Get("set") ?? "gold";
        args.RejectUnknown();
        if (which is not ("gold" or "plv"))
        {
            throw new CliUsageException($"--set expects gold or plv, got '{which}'");
        }

        var analyze = EventEvaluationSupport.Analyzer(context, Name);
        var labels = PloverLabels.Load(context.DataDirectory);
        var items = which == "gold"
            ? LabelledSets.PloverGold(Path.Combine(events, "plover-gold-dev", "PLOVER_GSR_CAMEO.dev.json"), labels)
            : LabelledSets.Plv(Path.Combine(events, "plv-train", "PLV_train.tsv"));
        var eval = new LabelledEvaluation(EventEvaluationSupport.LoadCoder(context), analyze, null, labels);
        var (type, cls) = eval.Run(items, which == "plv" ? t => t is "CONCEDE" or "RETREAT" ? "YIELD" : t : null);
        await context.Out.WriteLineAsync($"eval events plover --set {which}: {type.Count} sentences").ConfigureAwait(false);
        await context.Out.WriteLineAsync($"PLOVER type macro-F1 {EventEvaluationSupport.F(type.MacroF1())} (accuracy {EventEvaluationSupport.F(type.Accuracy)}); quad macro-F1 {EventEvaluationSupport.F(cls.MacroF1())} (accuracy {EventEvaluationSupport.F(cls.Accuracy)})").ConfigureAwait(false);
        return 0;
    }
}
