namespace Detente.Nlp.Language;

/// <summary>
/// A greedy left-to-right part-of-speech tagger (averaged perceptron) that predicts a joint UPOS and Penn tag.
/// Read-only once loaded; safe to share across threads.
/// </summary>
public sealed class Tagger
{
    /// <summary>Model kind written in the file header.</summary>
    public const string Kind = "tagger";

    /// <summary>Creates a tagger from a trained model and its joint tags ("UPOS XPOS").</summary>
    public Tagger(LinearModel model, LabelSet tags, TagDictionary dictionary)
    {
        Model = model;
        Dictionary = dictionary;
        Tags = tags;
        var upos = new string[tags.Count];
        var xpos = new string[tags.Count];
        var keys = new ulong[tags.Count];
        for (int i = 0; i < tags.Count; i++)
        {
            var parts = tags[i].Split(' ');
            upos[i] = parts[0];
            xpos[i] = parts.Length > 1 ? parts[1] : "_";
            keys[i] = FeatureHash.Of(xpos[i]);
        }

        Upos = upos;
        Xpos = xpos;
        XposKeys = keys;
    }

    /// <summary>The classifier.</summary>
    public LinearModel Model { get; }

    /// <summary>Ambiguity classes of frequent words.</summary>
    public TagDictionary Dictionary { get; }

    /// <summary>Joint tags "UPOS XPOS" in class order.</summary>
    public LabelSet Tags { get; }

    /// <summary>The UPOS part of each class.</summary>
    public IReadOnlyList<string> Upos { get; }

    /// <summary>The Penn part of each class.</summary>
    public IReadOnlyList<string> Xpos { get; }

    /// <summary>The hash key of the Penn part of each class, as the parser's features use it.</summary>
    public IReadOnlyList<ulong> XposKeys { get; }

    /// <summary>Tags the words whose keys are loaded in <paramref name="keys"/>; writes class ids.</summary>
    public void Tag(WordKeys keys, Span<int> classes)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[Model.Classes];
        var ambiguity = Dictionary.Lookup(keys);
        for (int i = 0; i < keys.Count; i++)
        {
            int n = TaggerFeatures.Extract(keys, ambiguity, i, i > 0 ? classes[i - 1] : -1, i > 1 ? classes[i - 2] : -1, features);
            Model.Score(features[..n], scores);
            classes[i] = ArgMax(scores);
        }
    }

    /// <summary>Tags <paramref name="forms"/>; returns UPOS and XPOS arrays.</summary>
    public (string[] Upos, string[] Xpos) Tag(IReadOnlyList<string> forms)
    {
        var keys = new WordKeys();
        keys.Load(forms);
        var classes = new int[forms.Count];
        Tag(keys, classes);
        var upos = new string[forms.Count];
        var xpos = new string[forms.Count];
        for (int i = 0; i < classes.Length; i++)
        {
            upos[i] = Upos[classes[i]];
            xpos[i] = Xpos[classes[i]];
        }

        return (upos, xpos);
    }

    /// <summary>Index of the highest score (the first on ties).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>Saves the tagger to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        using var w = ModelFile.Create(path, Kind);
        ModelFile.WriteStrings(w, Tags.Names);
        Dictionary.Write(w);
        Model.Write(w);
    }

    /// <summary>Loads a tagger saved by <see cref="Save"/>.</summary>
    public static Tagger Load(string path)
    {
        using var r = ModelFile.Open(path, Kind);
        var tags = new LabelSet(ModelFile.ReadStrings(r));
        var dictionary = TagDictionary.Read(r);
        var model = LinearModel.Read(r);
        if (model.Classes != tags.Count)
        {
            throw new InvalidDataException($"{path}: {tags.Count} tags but {model.Classes} classes");
        }

        return new Tagger(model, tags, dictionary);
    }
}
