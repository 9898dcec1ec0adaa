using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Core.Model;
using Detente.Nlp.Temporal;
using Detente.Nlp.Temporal.Evaluation;

namespace Detente.Cli.Commands;

/// <summary>Scores time-expression recognition and normalisation on TimeML files, TempEval-3 style.</summary>
internal sealed class EvalTimexCommand : ICliCommand, IHasFlags
{
    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "rules" };

    public string Name => "eval timex";

    public string Summary => "score time expressions on TimeML files (TempEval-3 style)";

    public string Help => """
        Usage: detente eval timex --timeml DIR [--errors N] [--rules] [--speed RUNS]
        Reads every *.tml file below DIR, recognises and resolves time expressions in the TEXT element using
        the file's document creation time (DCT) as the reference date, and prints TempEval-3 style figures:
        strict and relaxed extent F1, value F1 (value-correct relaxed matches over system and gold), and type
        accuracy.
          --errors N   also list up to N disagreements (missed, spurious, wrong value or type)
          --rules      also print, per rule, how many expressions it produced and how many were right
          --speed RUNS also time recognition plus normalisation over all sentences RUNS times on one
                       thread and print the median sentences per second
        Example: detente eval timex --timeml ../shared/data/time/tbaq
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var dir = args.Get("timeml") ?? throw new CliUsageException("eval timex needs --timeml DIR");
        int maxErrors = args.GetInt("errors", 0);
        bool rules = args.Has("rules");
        int speedRuns = args.GetInt("speed", 0);
        args.RejectUnknown();
        if (!Directory.Exists(dir))
        {
            throw new CliUsageException($"--timeml {dir}: no such directory");
        }

        var files = Directory.GetFiles(dir, "*.tml", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            throw new CliUsageException($"--timeml {dir}: no .tml files found");
        }

        var recognizer = new TimeExpressionRecognizer(TemporalLexicon.Load(context.DataDirectory));
        var score = new TimexScore();
        var perRule = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var errors = new List<string>();
        var corpus = new List<(TimeMlDocument Doc, IReadOnlyList<TextRange> Sentences)>();
        int noDct = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TimeMlDocument doc;
            try
            {
                doc = TimeMlDocument.Load(file);
            }
            catch (InvalidDataException e)
            {
                throw new CliUsageException(e.Message);
            }

            noDct += doc.CreationDate is null ? 1 : 0;
            var sentences = SentenceSpans.Split(doc.Text);
            corpus.Add((doc, sentences));
            var system = recognizer.Recognize(doc.Text, sentences, doc.CreationDate);
            score.Add(doc.Gold, system, (g, s) =>
            {
                if (s is not null)
                {
                    var counts = perRule.TryGetValue(s.Rule ?? "?", out var c) ? c : perRule[s.Rule ?? "?"] = new int[3];
                    counts[0]++;
                    counts[1] += g is null ? 0 : 1;
                    counts[2] += g is not null && g.Value == s.Value ? 1 : 0;
                }

                bool wrong = g is null || s is null || g.Value != s.Value || g.Type != s.Type || g.Range != s.Range;
                if (wrong && errors.Count < maxErrors)
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{doc.Id} dct={doc.CreationDate:yyyy-MM-dd} gold=[{g?.Text}|{g?.Type}|{g?.Value}] sys=[{s?.Text}|{s?.Type}|{s?.Value}|{s?.Rule}] ctx=\"{Context(doc.Text, (g ?? s)!.Range)}\""));
                }
            });
        }

        var o = context.Out;
        var inv = CultureInfo.InvariantCulture;
        await o.WriteLineAsync(string.Create(inv, $"files: {files.Length} ({noDct} without DCT)   gold: {score.Gold}   system: {score.System}")).ConfigureAwait(false);
        await o.WriteLineAsync(string.Create(inv, $"strict extent F1:  {score.StrictF1:F1}")).ConfigureAwait(false);
        await o.WriteLineAsync(string.Create(inv, $"relaxed extent F1: {score.RelaxedF1:F1}   (P {score.RelaxedPrecision:F1}, R {score.RelaxedRecall:F1})")).ConfigureAwait(false);
        await o.WriteLineAsync(string.Create(inv, $"value F1:          {score.ValueF1:F1}   (accuracy on relaxed matches {score.ValueAccuracy:F1})")).ConfigureAwait(false);
        await o.WriteLineAsync(string.Create(inv, $"type accuracy:     {score.TypeAccuracy:F1}   (type F1 {score.TypeF1:F1})")).ConfigureAwait(false);
        if (rules)
        {
            await o.WriteLineAsync("rule: produced / matched gold / value right").ConfigureAwait(false);
            foreach (var (rule, c) in perRule.OrderByDescending(kv => kv.Value[0]))
            {
                await o.WriteLineAsync(string.Create(inv, $"  {rule,-24} {c[0],5} {c[1],5} {c[2],5}")).ConfigureAwait(false);
            }
        }

        if (speedRuns > 0)
        {
            int sentenceCount = corpus.Sum(c => c.Sentences.Count);
            var wall = new List<double>();
            var cpu = new List<double>();
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            for (int run = 0; run < speedRuns + 1; run++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var clock = System.Diagnostics.Stopwatch.StartNew();
                foreach (var (doc, sentences) in corpus)
                {
                    recognizer.Recognize(doc.Text, sentences, doc.CreationDate);
                }

                clock.Stop();
                process.Refresh();
                if (run > 0)
                {
                    wall.Add(sentenceCount / clock.Elapsed.TotalSeconds);
                    cpu.Add(sentenceCount / (process.TotalProcessorTime - cpuBefore).TotalSeconds);
                }
            }

            wall.Sort();
            cpu.Sort();
            await o.WriteLineAsync(string.Create(inv,
                $"speed: {wall[wall.Count / 2]:F0} sentences/s wall clock, {cpu[cpu.Count / 2]:F0} sentences/s of process CPU time (medians of {speedRuns} runs over {sentenceCount} sentences, one thread, after a warm-up run)")).ConfigureAwait(false);
        }

        foreach (var e in errors)
        {
            await o.WriteLineAsync(e).ConfigureAwait(false);
        }

        return 0;
    }

    private static string Context(string text, TextRange range)
    {
        int s = Math.Max(0, range.Start - 50), e = Math.Min(text.Length, range.End + 50);
        return text[s..range.Start].ReplaceLineEndings(" ") + "[[" + range.Of(text) + "]]" + text[range.End..e].ReplaceLineEndings(" ");
    }
}
