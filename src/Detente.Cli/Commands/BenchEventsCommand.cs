using System.Diagnostics;
using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Core.Model;
using Detente.Nlp.Events.Evaluation;

namespace Detente.Cli.Commands;

/// <summary>Measures event-coding speed on parsed input (gold UD parses with dictionary actor mentions), one thread.</summary>
internal sealed class BenchEventsCommand : ICliCommand
{
    public string Name => "bench events";

    public string Summary => "event-coding throughput on parsed sentences (sentences/s on one core)";

    public string Help => """
        Usage: detente bench events [--runs N] [--seconds S] [--dev-data DIR]
        Builds documents from the UD English-EWT dev parses (2,001 sentences), finds actor mentions with the Phoenix
        actor dictionaries, then codes them repeatedly on one thread for S seconds per run (default 3) and prints
        sentences per second for each of N runs (default 5, after one warm-up run) and their median; the same for the
        78 PETRARCH-2 validation news sentences with their provided parses. Parsing and mention finding are excluded.
        The rate per CPU-second (process CPU time, GC included) is the per-core figure on a busy machine.
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var events = EventEvaluationSupport.DevData(args, context, "events");
        var ewt = EventEvaluationSupport.DevData(args, context, Path.Combine("nlp", "ud-ewt"));
        int runs = args.GetInt("runs", 5);
        int seconds = args.GetInt("seconds", 3);
        args.RejectUnknown();
        var dicts = Path.Combine(events, "cameo");
        var actors = PetrarchActorDictionary.Load(Path.Combine(dicts, "Phoenix.Countries.actors.txt"), Path.Combine(dicts, "Phoenix.International.actors.txt"));
        var ewtBlocks = File.ReadAllText(Path.Combine(ewt, "en_ewt-ud-dev.conllu")).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var ewtDocs = new List<Document>();
        for (int i = 0; i < ewtBlocks.Length; i += 20)
        {
            ewtDocs.Add(actors.FindMentions(ConlluDocument.Build("ewt" + i.ToString(CultureInfo.InvariantCulture), ewtBlocks.Skip(i).Take(20), new DateOnly(2024, 1, 1))));
        }

        var gsr = GsrValidationSet.Load(Path.Combine(events, "petr2-gsr-validation"));
        var gsrDocs = gsr.Records.Select(r => actors.FindMentions(ConlluDocument.Build(r.Id, [r.Parse], r.Date))).ToList();
        var coder = EventEvaluationSupport.LoadCoder(context);
        foreach (var (name, docs) in new[] { ("UD EWT dev (web text)", ewtDocs), ("PETRARCH-2 validation (news)", gsrDocs) })
        {
            int sentences = docs.Sum(d => d.Sentences.Length);
            int found = docs.Sum(d => coder.Code(d).Length);
            var rates = new List<double>();
            var cpuRates = new List<double>();
            for (int r = 0; r <= runs; r++)
            {
                long coded = 0;
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                while (sw.Elapsed.TotalSeconds < seconds)
                {
                    foreach (var d in docs)
                    {
                        coder.Code(d);
                    }

                    coded += sentences;
                }

                var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
                if (r > 0)
                {
                    rates.Add(coded / sw.Elapsed.TotalSeconds);
                    cpuRates.Add(coded / cpu);
                }
            }

            rates.Sort();
            cpuRates.Sort();
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"bench events {name}: {sentences} sentences, {docs.Sum(d => d.Mentions.Length)} mentions, {found} events; runs {string.Join(' ', rates.Select(x => x.ToString("0", CultureInfo.InvariantCulture)))}; median {rates[rates.Count / 2]:0} sentences/s wall clock, {cpuRates[cpuRates.Count / 2]:0} per CPU-second, one thread")).ConfigureAwait(false);
        }

        return 0;
    }
}
