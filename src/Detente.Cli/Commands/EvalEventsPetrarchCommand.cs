using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Nlp.Events.Evaluation;

namespace Detente.Cli.Commands;

/// <summary>Runs the PETRARCH-2 unit-test records (invented actors) through the pipeline and counts exact records.</summary>
internal sealed class EvalEventsPetrarchCommand : ICliCommand
{
    public string Name => "eval events petrarch";

    public string Summary => "share of PETRARCH-2 unit-test records coded exactly right (a rule regression)";

    public string Help => """
        Usage: detente eval events petrarch [--dev-data DIR]
        Codes the 284 PETRARCH-2 unit-test sentences (fictional actors, found with the suite's own actor and agent dictionaries)
        and prints the share of records whose (source, target, code) set equals the expected one, and event P/R/F1.
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var events = EventEvaluationSupport.DevData(args, context, "events");
        args.RejectUnknown();
        var analyze = EventEvaluationSupport.Analyzer(context, Name);
        var set = PetrarchUnitTestSet.Load(Path.Combine(events, "petrarch-unit-tests", "PETR.UnitTest.records.jsonl"));
        var actors = PetrarchActorDictionary.Load([Path.Combine(events, "cameo", "PETR.Validate.actors.txt")], [Path.Combine(events, "cameo", "PETR.Validate.agents.txt")]);
        var (exact, score) = set.Run(EventEvaluationSupport.LoadCoder(context), analyze, actors);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"eval events petrarch: {set.Count} records, exact {exact} ({EventEvaluationSupport.F((double)exact / Math.Max(1, set.Count))}); events P {EventEvaluationSupport.F(score.Precision)} R {EventEvaluationSupport.F(score.Recall)} F1 {EventEvaluationSupport.F(score.F1)}")).ConfigureAwait(false);
        return 0;
    }
}
