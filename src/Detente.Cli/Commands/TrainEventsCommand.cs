using System.Diagnostics;
using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Nlp.Events;
using Detente.Nlp.Events.Typing;

namespace Detente.Cli.Commands;

/// <summary>Trains the PLOVER typer on PLV and AW train, reporting its cross-validated scores first.</summary>
internal sealed class TrainEventsCommand : ICliCommand
{
    public string Name => "train events";

    public string Summary => "train the PLOVER event typer on plv-train (PLV typed rows, AW cooperation/conflict rows)";

    public string Help => """
        Usage: detente train events [--out FILE] [--folds K] [--margin M] [--seed N] [--epochs N] [--dev-data DIR]
        Codes every PLV_train and AW_train sentence with the rules (marked source and target as the actors), turns the
        chosen event (or the actors' interaction when the rules code none) into features, prints the K-fold
        cross-validated PLOVER type and quad macro-F1 on PLV (folds by sentence; AW always in training), then trains on
        all rows and writes the model (default data/models/plover-type.bin). Single-threaded and deterministic for a
        given seed (default 1) and number of epochs (default 12).
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var events = EventEvaluationSupport.DevData(args, context, "events");
        var options = LanguageCommandSupport.Options(args, PloverTypeTrainer.Defaults);
        int folds = args.GetInt("folds", 5);
        float margin = args.GetInt("margin", (int)EventTyper.DefaultMargin);
        var output = args.Get("out") ?? Path.Combine(context.DataDirectory, "models", PloverTypeModel.FileName);
        args.RejectUnknown();
        if (folds < 2)
        {
            throw new CliUsageException($"--folds expects 2 or more, got {folds}");
        }

        var clock = Stopwatch.StartNew();
        var codebook = CameoCodebook.Load(context.DataDirectory);
        var rules = new EventCoder(codebook, PredicateLexicon.Load(context.DataDirectory));
        var (plv, docs, aw, eval) = EventEvaluationSupport.TyperTraining(context, events, Name, rules);
        var (type, cls) = eval.CrossValidate(plv, docs, aw, folds, options, codebook, margin, EventEvaluationSupport.PlvLabel);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"PLV train, {folds}-fold cross-validation: PLOVER type macro-F1 {EventEvaluationSupport.F(type.MacroF1())} (accuracy {EventEvaluationSupport.F(type.Accuracy)}); quad macro-F1 {EventEvaluationSupport.F(cls.MacroF1())} (accuracy {EventEvaluationSupport.F(cls.Accuracy)})")).ConfigureAwait(false);

        var all = eval.Examples(plv, docs).Concat(aw).ToList();
        var model = PloverTypeTrainer.Train(all, options);
        model.Save(output);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"trained on {all.Count} examples ({aw.Count} AW) in {clock.Elapsed.TotalSeconds:0.0} s: {model.Types.Count} types, {model.Model.Rows} feature rows -> {output}")).ConfigureAwait(false);
        return 0;
    }
}
