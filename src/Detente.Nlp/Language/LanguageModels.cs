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
        var analysis = new SentenceAnalysis(new string[n], new string[n], new string[n], new int[n], new string[n]);
        Tag(forms, workspace, analysis.Upos, analysis.Xpos, analysis.Lemmas);
        Parse(forms, analysis.Xpos, workspace, analysis.Heads, analysis.Relations, wordsLoaded: true);
        return analysis;
    }

    /// <summary>Tags and lemmatizes one sentence into the given arrays.</summary>
    public void Tag(IReadOnlyList<string> forms, LanguageWorkspace workspace, string[] upos, string[] xpos, string[] lemmas)
    {
        int n = forms.Count;
        workspace.Words.Load(forms);
        var classes = workspace.Classes(n);
        Tagger.Tag(workspace.Words, classes.AsSpan(0, n));
        for (int i = 0; i < n; i++)
        {
            upos[i] = Tagger.Upos[classes[i]];
            xpos[i] = Tagger.Xpos[classes[i]];
            lemmas[i] = Lemmatizer.Lemmatize(forms[i], xpos[i]);
        }
    }

    /// <summary>Parses one tagged sentence into the given arrays (heads 0-based, -1 for the root).</summary>
    public void Parse(IReadOnlyList<string> forms, IReadOnlyList<string> xpos, LanguageWorkspace workspace, int[] heads, string[] relations, bool wordsLoaded = false)
    {
        int n = forms.Count;
        if (n == 0)
        {
            return;
        }

        if (!wordsLoaded)
        {
            workspace.Words.Load(forms);
        }

        var tagKeys = Parser.TagKeys(xpos);
        var labels = workspace.LabelBuffer(n);
        Parser.Parse(workspace.State, workspace.Words, tagKeys, heads, labels.AsSpan(0, n));
        for (int i = 0; i < n; i++)
        {
            relations[i] = Parser.Relations[labels[i]];
        }
    }
}
