using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Nlp.Language;

namespace Detente.Cli.Commands;

/// <summary>Shared pieces of the language training and evaluation commands.</summary>
internal static class LanguageCommandSupport
{
    /// <summary>Reads the CoNLL-U file named by option <paramref name="option"/>, with clear errors.</summary>
    public static List<ConlluSentence> ReadTreebank(CommandArgs args, string option)
    {
        var path = args.Get(option) ?? throw new CliUsageException($"option --{option} FILE is required");
        if (!File.Exists(path))
        {
            throw new CliUsageException($"--{option}: file {path} not found");
        }

        try
        {
            var sentences = ConlluReader.ReadFile(path);
            return sentences.Count > 0 ? sentences : throw new CliUsageException($"--{option}: {path} holds no sentences");
        }
        catch (FormatException ex)
        {
            throw new CliUsageException($"--{option}: {ex.Message}");
        }
    }

    /// <summary>The training options from --seed and --epochs over <paramref name="defaults"/>.</summary>
    public static TrainingOptions Options(CommandArgs args, TrainingOptions defaults) => defaults with
    {
        Seed = args.GetInt("seed", defaults.Seed),
        Epochs = Positive(args.GetInt("epochs", defaults.Epochs), "epochs"),
    };

    /// <summary>The output folder from --out, created.</summary>
    public static string OutputDirectory(CommandArgs args)
    {
        var dir = args.Get("out") ?? throw new CliUsageException("option --out DIR is required");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Tags and lemmatizes <paramref name="sentences"/> keeping their gold trees (to score the tagger alone).</summary>
    public static List<SentenceAnalysis> TagOnly(Tagger tagger, Lemmatizer lemmatizer, IReadOnlyList<ConlluSentence> sentences) =>
        sentences.Select(s =>
        {
            var (upos, xpos) = tagger.Tag(s.Forms);
            var lemmas = s.Forms.Select((f, i) => lemmatizer.Lemmatize(f, xpos[i])).ToArray();
            return new SentenceAnalysis(upos, xpos, lemmas, s.Heads, s.Relations);
        }).ToList();

    /// <summary>One line "UPOS 95.12  XPOS ..." of the word-level scores.</summary>
    public static string FormatScores(UdScores s) => string.Create(CultureInfo.InvariantCulture,
        $"UPOS {s.F1(s.Upos):F2}  XPOS {s.F1(s.Xpos):F2}  Lemma {s.F1(s.Lemma):F2}  UAS {s.F1(s.Uas):F2}  LAS {s.F1(s.Las):F2}  (LAS with subtypes {s.F1(s.LasFull):F2})");

    /// <summary>Elapsed time as "12.3 s".</summary>
    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s";

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new CliUsageException($"option --{name} must be at least 1, got {value}");
}
