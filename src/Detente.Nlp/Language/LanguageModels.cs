namespace Detente.Nlp.Language;

/// <summary>
/// The tagger, lemmatizer and parser loaded together from a models folder. Loaded once; read-only and safe
/// to share across threads.
/// </summary>
public sealed class LanguageModels
{
    /// <summary>File names inside the models folder.</summary>
    public const string TaggerFile = "tagger.bin", LemmatizerFile = "lemmatizer.bin", ParserFile = "parser.bin";

    /// <summary>Creates the set from loaded models.</summary>
    public LanguageModels(Tagger tagger, Lemmatizer lemmatizer, Parser parser)
    {
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
    }

    /// <summary>The part-of-speech tagger.</summary>
    public Tagger Tagger { get; }

    /// <summary>The lemmatizer.</summary>
    public Lemmatizer Lemmatizer { get; }

    /// <summary>The dependency parser.</summary>
    public Parser Parser { get; }

    /// <summary>Loads the three models from <paramref name="modelsDirectory"/> (e.g. data/models).</summary>
    /// <exception cref="FileNotFoundException">A model file is missing; the message names it.</exception>
    public static LanguageModels Load(string modelsDirectory) => new(
        Tagger.Load(Path.Combine(modelsDirectory, TaggerFile)),
        Lemmatizer.Load(Path.Combine(modelsDirectory, LemmatizerFile)),
        Parser.Load(Path.Combine(modelsDirectory, ParserFile)));

    /// <summary>Tags, lemmatizes and parses one sentence.</summary>
    public SentenceAnalysis Analyze(IReadOnlyList<string> forms, LanguageWorkspace workspace)
    {
        int n = forms.Count;
        var upos = new string[n];
        var xpos = new string[n];
        var lemmas = new string[n];
        var heads = new int[n];
        var relations = new string[n];
        if (n == 0)
        {
            return new SentenceAnalysis(upos, xpos, lemmas, heads, relations);
        }

        workspace.Words.Load(forms);
        var classes = workspace.Classes(n);
        Tagger.Tag(workspace.Words, classes.AsSpan(0, n));
        var tagKeys = new ulong[n];
        for (int i = 0; i < n; i++)
        {
            upos[i] = Tagger.Upos[classes[i]];
            xpos[i] = Tagger.Xpos[classes[i]];
            tagKeys[i] = Tagger.XposKeys[classes[i]];
            lemmas[i] = Lemmatizer.Lemmatize(forms[i], xpos[i]);
        }

        var labels = workspace.LabelBuffer(n);
        Parser.Parse(workspace.State, workspace.Words, tagKeys, heads, labels.AsSpan(0, n));
        for (int i = 0; i < n; i++)
        {
            relations[i] = Parser.Relations[labels[i]];
        }

        return new SentenceAnalysis(upos, xpos, lemmas, heads, relations);
    }
}
