namespace Detente.Nlp.Language;

/// <summary>
/// A greedy labelled arc-hybrid dependency parser scored by an averaged perceptron. Classes are SHIFT, then
/// LEFT with each relation, then RIGHT with each relation. Read-only once loaded; safe to share across threads.
/// </summary>
public sealed class Parser
{
    /// <summary>Model kind written in the file header.</summary>
    public const string Kind = "parser";

    /// <summary>Creates a parser from a trained model and its relations.</summary>
    public Parser(LinearModel model, LabelSet relations)
    {
        if (model.Classes != 1 + (2 * relations.Count))
        {
            throw new ArgumentException("model classes do not match the relations", nameof(model));
        }

        Model = model;
        Relations = relations;
        RootLabel = relations.IdOf("root");
    }

    /// <summary>The classifier.</summary>
    public LinearModel Model { get; }

    /// <summary>The dependency relations.</summary>
    public LabelSet Relations { get; }

    /// <summary>Id of the "root" relation (-1 when absent).</summary>
    public int RootLabel { get; }

    /// <summary>The transition kind of class <paramref name="c"/> (see <see cref="ParseState"/>).</summary>
    public int KindOf(int c) => c == 0 ? ParseState.Shift : c <= Relations.Count ? ParseState.Left : ParseState.Right;

    /// <summary>The relation of class <paramref name="c"/>.</summary>
    public int LabelOf(int c) => c == 0 ? -1 : (c - 1) % Relations.Count;

    /// <summary>The class of a transition kind with a relation.</summary>
    public int ClassOf(int kind, int label) => kind switch
    {
        ParseState.Shift => 0,
        ParseState.Left => 1 + label,
        _ => 1 + Relations.Count + label,
    };

    /// <summary>True when class <paramref name="c"/> may be taken in <paramref name="st"/>.</summary>
    public bool IsValid(ParseState st, int c)
    {
        int kind = KindOf(c);
        if (!st.CanDo(kind))
        {
            return false;
        }

        if (kind == ParseState.Shift)
        {
            return true;
        }

        bool toRoot = kind == ParseState.Left && st.Buffer == st.Length;
        return (LabelOf(c) == RootLabel) == toRoot;
    }

    /// <summary>The highest-scoring valid class.</summary>
    public int BestValid(ParseState st, ReadOnlySpan<float> scores)
    {
        int best = -1;
        for (int c = 0; c < scores.Length; c++)
        {
            if ((best < 0 || scores[c] > scores[best]) && IsValid(st, c))
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>Parses one sentence: heads (-1 for the root) and relation ids.</summary>
    public void Parse(ParseState st, WordKeys words, ulong[] tags, Span<int> heads, Span<int> labels)
    {
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = stackalloc float[Model.Classes];
        int n = words.Count;
        st.Reset(n);
        while (!st.IsTerminal)
        {
            int k = ParserFeatures.Extract(st, words, tags, features);
            Model.Score(features[..k], scores);
            int c = BestValid(st, scores);
            st.Apply(KindOf(c), LabelOf(c));
        }

        for (int i = 0; i < n; i++)
        {
            heads[i] = st.Heads[i] == n ? -1 : st.Heads[i];
            labels[i] = st.Labels[i];
        }
    }

    /// <summary>Parses words with their Penn tags; heads are 0-based (-1 for the root).</summary>
    public (int[] Heads, string[] Relations) Parse(IReadOnlyList<string> forms, IReadOnlyList<string> xpos)
    {
        var words = new WordKeys();
        words.Load(forms);
        var tags = TagKeys(xpos);
        var heads = new int[forms.Count];
        var labels = new int[forms.Count];
        Parse(new ParseState(), words, tags, heads, labels);
        return (heads, labels.Select(l => Relations[l]).ToArray());
    }

    /// <summary>The keys of Penn tags as the features use them.</summary>
    public static ulong[] TagKeys(IReadOnlyList<string> xpos)
    {
        var keys = new ulong[xpos.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = FeatureHash.Of(xpos[i]);
        }

        return keys;
    }

    /// <summary>Saves the parser.</summary>
    public void Save(string path)
    {
        using var w = ModelFile.Create(path, Kind);
        ModelFile.WriteStrings(w, Relations.Names);
        Model.Write(w);
    }

    /// <summary>Loads a parser saved by <see cref="Save"/>.</summary>
    public static Parser Load(string path)
    {
        using var r = ModelFile.Open(path, Kind);
        var relations = new LabelSet(ModelFile.ReadStrings(r));
        var model = LinearModel.Read(r);
        if (model.Classes != 1 + (2 * relations.Count))
        {
            throw new InvalidDataException($"{path}: {relations.Count} relations but {model.Classes} classes");
        }

        return new Parser(model, relations);
    }
}
