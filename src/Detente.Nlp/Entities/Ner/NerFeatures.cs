using Detente.Nlp.Language;

namespace Detente.Nlp.Entities.Ner;

/// <summary>
/// The NER perceptron's features. Label-independent ones (word, lower case, affixes, shape, capitalisation pattern
/// with sentence-initial position, neighbouring words ±2, UPOS, name lists, word classes) are computed once per
/// sentence as weight rows; the ones that depend on the previous label (the transition alone and with the word's
/// shape) are looked up while decoding. Immutable; safe to share across threads.
/// </summary>
internal sealed class NerFeatures(NerGazetteer gazetteer, WordClusters? clusters, int bits)
{
    /// <summary>Label-independent features per word.</summary>
    public const int PerWord = 48;

    private const int MaxGranularities = 3;

    private readonly int _shift = 64 - bits;

    private readonly int[] _transitions = [.. Enumerable.Range(0, NerModel.Start + 1).Select(p => (int)(FeatureHash.Key(60, (ulong)p) >> (64 - bits)))];

    /// <summary>The name lists the features look words up in.</summary>
    public NerGazetteer Gazetteer => gazetteer;

    /// <summary>The word classes, if any.</summary>
    public WordClusters? Clusters => clusters;

    /// <summary>Encodes a sentence: <see cref="PerWord"/> weight rows per word and the shape key of each word.</summary>
    public (int[] Rows, ulong[] Shapes) Encode(string[] words, string[]? upos) => Encode(words, upos, gazetteer);

    /// <summary>Encodes a sentence with other name lists (in training, lists that leave the sentence's own names out).</summary>
    public (int[] Rows, ulong[] Shapes) Encode(string[] words, string[]? upos, NerGazetteer names)
    {
        int n = words.Length;
        var keys = new WordKeys();
        keys.Load(words);
        var kinds = new byte[n];
        var begins = new bool[n];
        names.Mark(words, kinds, begins);
        var classes = new ushort[]?[n];
        var known = new ulong[n]; // whether unlabelled text holds the form and its lower case ("Reel" but "reel": seldom a name)
        var pos = new ulong[n];
        int capitalised = 0, alphabetic = 0;
        for (int i = 0; i < n; i++)
        {
            var lower = words[i].ToLowerInvariant();
            classes[i] = clusters?.Of(words[i], lower);
            known[i] = clusters is null ? 8UL : (clusters.Knows(words[i]) ? 1UL : 0UL) | (clusters.Knows(lower) ? 2UL : 0UL);
            pos[i] = upos is null ? FeatureHash.None + 1 : FeatureHash.Of(upos[i]);
            if (words[i].Length > 0 && char.IsLetter(words[i][0]))
            {
                alphabetic++;
                capitalised += char.IsUpper(words[i][0]) ? 1 : 0;
            }
        }

        // Headlines capitalise most words and some writers none, so capitals there say less.
        ulong casing = alphabetic >= 3 && capitalised * 10 >= alphabetic * 7 ? 1UL : capitalised == 0 ? 2UL : 0UL;
        var rows = new int[n * PerWord];
        var shapes = new ulong[n];
        Span<ulong> f = stackalloc ulong[PerWord];
        for (int i = 0; i < n; i++)
        {
            ulong Lower(int k) => keys.Get(k, WordKeys.Lower);
            ulong Shape(int k) => keys.Get(k, WordKeys.Shape);
            ulong Flags(int k) => keys.Get(k, WordKeys.Flags);
            ulong Pos(int k) => k < 0 ? FeatureHash.None : k >= n ? FeatureHash.Root : pos[k];
            ulong Kind(int k) => k < 0 || k >= n ? 255UL : kinds[k];
            ulong Class(int k, int g) => k < 0 ? FeatureHash.None : k >= n ? FeatureHash.Root : classes[k] is { } c && g < c.Length ? c[g] : 65535UL;

            shapes[i] = Shape(i);
            int m = 0;
            f[m++] = FeatureHash.Key(1, 0);
            f[m++] = FeatureHash.Key(2, Lower(i));
            f[m++] = FeatureHash.Key(3, keys.Get(i, WordKeys.Exact));
            f[m++] = FeatureHash.Key(4, keys.Get(i, WordKeys.Prefix1));
            f[m++] = FeatureHash.Key(5, keys.Get(i, WordKeys.Prefix2));
            f[m++] = FeatureHash.Key(6, keys.Get(i, WordKeys.Prefix3));
            f[m++] = FeatureHash.Key(7, keys.Get(i, WordKeys.Suffix1));
            f[m++] = FeatureHash.Key(8, keys.Get(i, WordKeys.Suffix2));
            f[m++] = FeatureHash.Key(9, keys.Get(i, WordKeys.Suffix3));
            f[m++] = FeatureHash.Key(10, keys.Get(i, WordKeys.Suffix4));
            f[m++] = FeatureHash.Key(11, Shape(i));
            f[m++] = FeatureHash.Key(12, Flags(i));
            f[m++] = FeatureHash.Key(13, i == 0 ? 1UL : 0UL, Shape(i));
            f[m++] = FeatureHash.Key(14, Lower(i - 1));
            f[m++] = FeatureHash.Key(15, Lower(i + 1));
            f[m++] = FeatureHash.Key(16, Lower(i - 2));
            f[m++] = FeatureHash.Key(17, Lower(i + 2));
            f[m++] = FeatureHash.Key(18, Shape(i - 1));
            f[m++] = FeatureHash.Key(19, Shape(i + 1));
            f[m++] = FeatureHash.Key(20, Lower(i - 1), Lower(i));
            f[m++] = FeatureHash.Key(21, Lower(i), Lower(i + 1));
            f[m++] = FeatureHash.Key(22, Shape(i - 1), Shape(i), Shape(i + 1));
            f[m++] = FeatureHash.Key(23, Flags(i - 1) & 1, Flags(i) & 1, Flags(i + 1) & 1);
            f[m++] = FeatureHash.Key(24, casing, Shape(i));
            f[m++] = FeatureHash.Key(25, Pos(i));
            f[m++] = FeatureHash.Key(26, Pos(i - 1));
            f[m++] = FeatureHash.Key(27, Pos(i + 1));
            f[m++] = FeatureHash.Key(28, Pos(i - 1), Pos(i));
            f[m++] = FeatureHash.Key(29, Pos(i), Pos(i + 1));
            f[m++] = FeatureHash.Key(30, Pos(i), Shape(i));
            f[m++] = FeatureHash.Key(31, Kind(i), begins[i] ? 1UL : 0UL);
            f[m++] = FeatureHash.Key(32, Kind(i - 1));
            f[m++] = FeatureHash.Key(33, Kind(i + 1));
            f[m++] = FeatureHash.Key(34, Kind(i), Flags(i) & 1);
            f[m++] = FeatureHash.Key(35, Kind(i), Lower(i));
            f[m++] = FeatureHash.Key(36, Kind(i) & 0xE0, Flags(i) & 1);
            f[m++] = FeatureHash.Key(37, casing, Lower(i));
            f[m++] = FeatureHash.Key(38, Flags(i) & 1, known[i]);
            for (int g = 0; g < MaxGranularities; g++)
            {
                f[m++] = FeatureHash.Key(40 + g, Class(i, g));
                f[m++] = FeatureHash.Key(44 + g, Class(i - 1, g));
                f[m++] = FeatureHash.Key(48 + g, Class(i + 1, g));
            }

            f[m++] = FeatureHash.Key(52, Class(i, 1), Shape(i));
            for (int k = 0; k < PerWord; k++)
            {
                rows[(i * PerWord) + k] = Row(f[k]);
            }
        }

        return (rows, shapes);
    }

    /// <summary>The two rows that depend on the previous label <paramref name="previous"/> at a word of shape <paramref name="shape"/>.</summary>
    public (int Alone, int WithShape) TransitionRows(int previous, ulong shape) =>
        (_transitions[previous], Row(FeatureHash.Key(61, (ulong)previous, shape)));

    private int Row(ulong key) => (int)(key >> _shift);
}
