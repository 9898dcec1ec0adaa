using System.Diagnostics;
using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp.Language;
using Detente.Nlp.Text;

namespace Detente.Cli.Commands;

/// <summary>Scores the shipped tagger, lemmatizer and parser on a CoNLL-U file and measures their speed.</summary>
internal sealed class EvalUdCommand : ICliCommand, IHasFlags
{
    public string Name => "eval ud";

    public string Summary => "score tagging, lemmas and parsing on a Universal Dependencies CoNLL-U file";

    public string Help => """
        Usage: detente eval ud --conllu FILE [--raw] [--models DIR] [--runs N] [--write FILE]
        Tags, lemmatizes and parses the gold tokens of FILE and prints UPOS, XPOS and lemma accuracy, UAS and
        LAS (LAS on universal relations, as the CoNLL 2018 scorer counts it), and the speed in tokens per second
        (median of --runs runs, default 3, one thread).
        With --raw the text is rebuilt from FILE and run through our own normalisation, tokenization and sentence
        splitting first; tokens, sentences and words are aligned by character spans and every score is an F1.
        --models defaults to the shipped data/models. --write saves the analyses (gold tokens) as CoNLL-U.
        Example: detente eval ud --conllu ../shared/data/nlp/ud-ewt/en_ewt-ud-test.conllu
        """;

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "raw" };

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var gold = LanguageCommandSupport.ReadTreebank(args, "conllu");
        bool raw = args.Has("raw");
        var modelsDir = args.Get("models") ?? Path.Combine(context.DataDirectory, "models");
        int runs = args.GetInt("runs", 3);
        var write = args.Get("write");
        args.RejectUnknown();
        if (runs < 1)
        {
            throw new CliUsageException($"option --runs must be at least 1, got {runs}");
        }

        long before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        LanguageModels models;
        try
        {
            models = LanguageModels.Load(modelsDir);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            throw new CliUsageException($"--models: {ex.Message}");
        }

        var loadTime = clock.Elapsed;
        long memory = GC.GetTotalMemory(forceFullCollection: true) - before;
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"models: {modelsDir} ({SizeOf(modelsDir)}), loaded in {LanguageCommandSupport.Seconds(loadTime)}, {memory / (1024.0 * 1024.0):F0} MB in memory")).ConfigureAwait(false);
        int words = gold.Sum(s => s.Length);
        var times = new List<double>();
        UdScores? scores = null;
        for (int run = 0; run < runs; run++)
        {
            clock.Restart();
            scores = raw ? RunRaw(gold, models, context.DataDirectory) : RunGold(gold, models);
            times.Add(clock.Elapsed.TotalSeconds);
        }

        times.Sort();
        if (write is not null)
        {
            var workspace = new LanguageWorkspace();
            using var output = new StreamWriter(write);
            ConlluWriter.Write(output, gold.Select(g =>
            {
                var a = models.Analyze(g.Forms, workspace);
                return g.With(a.Upos, a.Xpos, a.Lemmas, a.Heads, a.Relations);
            }));
        }

        double median = times[times.Count / 2];
        var s = scores!;
        if (raw)
        {
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"raw text: Tokens {UdScores.F1(s.MatchedTokens, s.GoldTokens, s.SystemTokens):F2}  Sentences {UdScores.F1(s.MatchedSentences, s.GoldSentences, s.SystemSentences):F2}  Words {s.F1(s.AlignedWords):F2}")).ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync((raw ? "raw text: " : "gold tokens: ") + LanguageCommandSupport.FormatScores(s)).ConfigureAwait(false);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"speed: {words / median:F0} tokens/s ({(raw ? "normalise, tokenize, split, " : "")}tag, lemmatize and parse; {words} tokens; median of {runs} runs; one thread)")).ConfigureAwait(false);
        return 0;
    }

    private static UdScores RunGold(List<ConlluSentence> gold, LanguageModels models)
    {
        var workspace = new LanguageWorkspace();
        var analyses = new List<SentenceAnalysis>(gold.Count);
        foreach (var s in gold)
        {
            analyses.Add(models.Analyze(s.Forms, workspace));
        }

        return UdEvaluator.Evaluate(gold, analyses);
    }

    private static UdScores RunRaw(List<ConlluSentence> gold, LanguageModels models, string dataDirectory)
    {
        var pipeline = DocumentPipeline.Build([.. TextStages.Create(dataDirectory), new TaggerStage(models), new ParserStage(models)]);
        return UdRawEvaluator.Evaluate(gold, text =>
        {
            var result = pipeline.Run(new Document(new Article("ud", text)));
            return result.Succeeded
                ? result.Document
                : throw new InvalidOperationException(string.Join("; ", result.Failures.Select(f => f.ToString())));
        });
    }

    private static string SizeOf(string dir)
    {
        var files = new[] { LanguageModels.TaggerFile, LanguageModels.LemmatizerFile, LanguageModels.ParserFile };
        return string.Join(", ", files.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"{f} {new FileInfo(Path.Combine(dir, f)).Length / (1024.0 * 1024.0):F1} MB")));
    }
}
