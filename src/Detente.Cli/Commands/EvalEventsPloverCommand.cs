using Detente.Cli.Hosting;
using Detente.Nlp.Events;
using Detente.Nlp.Events.Evaluation;
using Detente.Nlp.Events.Typing;

namespace Detente.Cli.Commands;

/// <summary>PLOVER type macro-F1 and class macro-F1 on the PLOVER gold records (dev half) or the PLV train rows.</summary>
internal sealed class EvalEventsPloverCommand : ICliCommand, IHasFlags
{
    public string Name => "eval events plover";

    public string Summary => "PLOVER type and quad-class macro-F1 on plover-gold-dev or plv-train (--set plv, cross-validated)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(["rules"], StringComparer.Ordinal);

    public string Help => """
        Usage: detente eval events plover [--set gold|plv] [--rules] [--folds K] [--margin M] [--dev-data DIR]
        Codes each sentence with its marked source and target as the actors and scores the PLOVER type of the chosen
        event (macro-F1 over the gold labels; PLOVER 0.5 labels are mapped to current types, PLV's YIELD gathers
        CONCEDE and RETREAT) and its class (macro-F1 over the four quad classes).
        gold: plover-gold-dev (default), coded with the shipped typer (trained on plv-train only).
        plv: plv-train/PLV_train.tsv, K-fold cross-validated (default 5; folds by sentence): the typer scoring a fold is
        trained on the other folds and on AW train, never on the fold itself.
        --rules: the rules alone, without the learned typer.
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var events = EventEvaluationSupport.DevData(args, context, "events");
        var which = args.Get("set") ?? "gold";
        bool rulesOnly = args.Has("rules");
        int folds = args.GetInt("folds", 5);
        float margin = args.GetInt("margin", (int)EventTyper.DefaultMargin);
        args.RejectUnknown();
        if (which is not ("gold" or "plv"))
        {
            throw new CliUsageException($"--set expects gold or plv, got '{which}'");
        }

        var codebook = CameoCodebook.Load(context.DataDirectory);
        var rules = new EventCoder(codebook, PredicateLexicon.Load(context.DataDirectory));
        LabelScore type, cls;
        string how;
        if (which == "gold")
        {
            var eval = new LabelledEvaluation(rules, EventEvaluationSupport.Analyzer(context, Name), null, codebook.Labels);
            var items = LabelledSets.PloverGold(Path.Combine(events, "plover-gold-dev", "PLOVER_GSR_CAMEO.dev.json"), codebook.Labels);
            var model = rulesOnly ? null : PloverTypeModel.LoadIfPresent(context.DataDirectory);
            var typer = model is null ? null : new EventTyper(model, codebook, margin);
            (type, cls) = eval.Score(items, eval.Analyze(items), _ => typer);
            how = model is null ? "rules alone" : "rules and the shipped typer";
        }
        else
        {
            var (plv, docs, aw, eval) = EventEvaluationSupport.TyperTraining(context, events, Name, rules);
            (type, cls) = rulesOnly
                ? eval.Score(plv, docs, _ => null, EventEvaluationSupport.PlvLabel)
                : eval.CrossValidate(plv, docs, aw, folds, PloverTypeTrainer.Defaults, codebook, margin, EventEvaluationSupport.PlvLabel);
            how = rulesOnly ? "rules alone" : $"rules and the typer, {folds}-fold cross-validated";
        }

        await context.Out.WriteLineAsync($"eval events plover --set {which}: {type.Count} sentences ({how})").ConfigureAwait(false);
        await context.Out.WriteLineAsync($"PLOVER type macro-F1 {EventEvaluationSupport.F(type.MacroF1())} (accuracy {EventEvaluationSupport.F(type.Accuracy)}); quad macro-F1 {EventEvaluationSupport.F(cls.MacroF1())} (accuracy {EventEvaluationSupport.F(cls.Accuracy)})").ConfigureAwait(false);
        return 0;
    }
}
