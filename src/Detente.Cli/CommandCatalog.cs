using Detente.Cli.Commands;
using Detente.Cli.Hosting;

namespace Detente.Cli;

/// <summary>The list of commands, in the order --help shows them. Add a command here and in Commands/.</summary>
internal static class CommandCatalog
{
    /// <summary>Every command.</summary>
    public static IReadOnlyList<ICliCommand> All() =>
    [
        new AnalyzeCommand(),
        new WatchCommand(),
        new ArticlesCommand(),
        new ShowCommand(),
        new EventsCommand(),
        new ExplainCommand(),
        new QuotesCommand(),
        new ActorsCommand(),
        new TreatiesCommand(),
        new TreatyCommand(),
        new BenchTreatiesCommand(),
        new StatsCommand(),
        new KbCheckCommand(),
        new KbMentionsCommand(),
        new KbImportPetrarchCommand(),
        new TrainNerCommand(),
        new TrainClustersCommand(),
        new EvalNerCommand(),
        new ServeCommand(),
        new ExportCommand(),
        new BenchCommand(),
        new BenchServiceCommand(),
        new BenchCorpusCommand(),
        new VersionCommand(),
        new EvalTimexCommand(),
        new EvalEventsGsrCommand(),
        new EvalEventsPetrarchCommand(),
        new EvalEventsPloverCommand(),
        new EvalEventsCameoClassCommand(),
        new TrainEventsCommand(),
        new BenchEventsCommand(),
        new EvalHtmlCommand(),
        new EvalDedupCommand(),
        new EvalQuotesCommand(),
        new TrainTaggerCommand(),
        new TrainParserCommand(),
        new EvalUdCommand(),
    ];
}
