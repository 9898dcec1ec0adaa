using Detente.Nlp.Language;

namespace Detente.Nlp.Entities.Ner;

/// <summary>
/// A named-entity recogniser: an averaged structured perceptron over hashed features (<see cref="NerFeatures"/>),
/// decoded with Viterbi under IOB2 constraints (I-X only after B-X or I-X). The file holds the model header, the
/// hash width, the name lists and the weights (half precision); the word classes it was trained with live in
/// <see cref="WordClusters.FileName"/> beside it. Immutable after loading; safe to share across threads.
/// </summary>
public sealed class NerModel
{
    /// <summary>The labels, in weight order.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

    /// <summary>The previous-label index used before the first word.</summary>
    internal const int Start = 7;

    private const string Kind = "ner";
    private const int Version = 2;

    private readonly float[] _weights;

    /// <summary>Wraps trained weights (2^<paramref name="bits"/> rows of one weight per label).</summary>
    public NerModel(float[] weights, int bits, NerGazetteer gazetteer, WordClusters? clusters)
    {
        if (bits is < 10 or > 26 || weights.Length != (1 << bits) * Labels.Count)
        {
            throw new ArgumentException("bits must be 10..26 and weights 2^bits × labels long");
        }

        _weights = weights;
        Bits = bits;
        Features = new NerFeatures(gazetteer, clusters, bits);
    }

    /// <summary>Width of the feature hash in bits (2^Bits weight rows).</summary>
    public int Bits { get; }

    internal NerFeatures Features { get; }

    /// <summary>The IOB2 tag of every word; <paramref name="upos"/> are the words' UPOS tags (null when untagged).</summary>
    public string[] Tag(string[] words, string[]? upos)
    {
        var labels = new int[words.Length];
        Decode(words, upos, labels);
        return [.. labels.Select(l => Labels[l])];
    }

    /// <summary>Decodes label indices (into <see cref="Labels"/>) into <paramref name="labels"/>.</summary>
    public void Decode(string[] words, string[]? upos, int[] labels)
    {
        var (rows, shapes) = Features.Encode(words, upos);
        Viterbi(_weights, Features, rows, shapes, labels);
    }

    /// <summary>True when label <paramref name="label"/> may follow <paramref name="previous"/> (IOB2).</summary>
    internal static bool Allowed(int previous, int label) =>
        label % 2 == 1 || label == 0 || (previous != Start && previous != 0 && (previous + 1) / 2 == label / 2);

    /// <summary>The best label sequence under the weights, first-order Viterbi over the IOB2 labels.</summary>
    internal static void Viterbi(float[] weights, NerFeatures features, int[] rows, ulong[] shapes, int[] labels)
    {
        const int L = 7;
        int n = shapes.Length;
        if (n == 0)
        {
            return;
        }

        var score = new float[n * L];
        var back = new byte[n * L];
        Span<float> local = stackalloc float[L];
        for (int i = 0; i < n; i++)
        {
            local.Clear();
            for (int k = 0; k < NerFeatures.PerWord; k++)
            {
                int row = rows[(i * NerFeatures.PerWord) + k] * L;
                for (int l = 0; l < L; l++)
                {
                    local[l] += weights[row + l];
                }
            }

            for (int l = 0; l < L; l++)
            {
                score[(i * L) + l] = float.NegativeInfinity;
            }

            int firstPrevious = i == 0 ? Start : 0, lastPrevious = i == 0 ? Start : L - 1;
            for (int p = firstPrevious; p <= lastPrevious; p++)
            {
                float before = i == 0 ? 0 : score[((i - 1) * L) + p];
                if (float.IsNegativeInfinity(before))
                {
                    continue;
                }

                var (alone, withShape) = features.TransitionRows(p, shapes[i]);
                for (int l = 0; l < L; l++)
                {
                    if (!Allowed(p, l))
                    {
                        continue;
                    }

                    float s = before + local[l] + weights[(alone * L) + l] + weights[(withShape * L) + l];
                    if (s > score[(i * L) + l])
                    {
                        score[(i * L) + l] = s;
                        back[(i * L) + l] = (byte)p;
                    }
                }
            }
        }

        int best = 0;
        for (int l = 1; l < L; l++)
        {
            if (score[((n - 1) * L) + l] > score[((n - 1) * L) + best])
            {
                best = l;
            }
        }

        for (int i = n - 1; i >= 0; i--)
        {
            labels[i] = best;
            best = back[(i * L) + best];
        }
    }

    /// <summary>Writes the model (the word classes are saved separately).</summary>
    public void Save(string path)
    {
        using var w = ModelFile.Create(path, Kind);
        w.Write(Version);
        w.Write(Bits);
        w.Write(Labels.Count);
        var clusterSizes = Features.Clusters?.Sizes ?? [];
        w.Write(clusterSizes.Count);
        foreach (var s in clusterSizes)
        {
            w.Write(s);
        }

        var phrases = Features.Gazetteer.Phrases;
        w.Write(phrases.Count);
        foreach (var (phrase, kinds) in phrases.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(phrase);
            w.Write(kinds);
        }

        foreach (var x in _weights)
        {
            w.Write((Half)x);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>, with the word classes it was trained with (ignored when it used none).</summary>
    /// <exception cref="InvalidDataException">The file is not a NER model of this version, or the word classes do not match.</exception>
    public static NerModel Load(string path, WordClusters? clusters)
    {
        using var r = ModelFile.Open(path, Kind);
        int version = r.ReadInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"{path}: NER model version {version}, this program reads version {Version}");
        }

        int bits = r.ReadInt32();
        int labels = r.ReadInt32();
        if (labels != Labels.Count)
        {
            throw new InvalidDataException($"{path}: {labels} labels, expected {Labels.Count}");
        }

        var sizes = new int[r.ReadInt32()];
        for (int i = 0; i < sizes.Length; i++)
        {
            sizes[i] = r.ReadInt32();
        }

        if (sizes.Length == 0)
        {
            clusters = null;
        }
        else if (!sizes.SequenceEqual(clusters?.Sizes ?? []))
        {
            throw new InvalidDataException($"{path}: trained with word classes of sizes [{string.Join(",", sizes)}], given [{string.Join(",", clusters?.Sizes ?? [])}]");
        }

        int count = r.ReadInt32();
        var phrases = new List<KeyValuePair<string, byte>>(count);
        for (int i = 0; i < count; i++)
        {
            phrases.Add(KeyValuePair.Create(r.ReadString(), r.ReadByte()));
        }

        var weights = new float[(1 << bits) * labels];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)r.ReadHalf();
        }

        return new NerModel(weights, bits, new NerGazetteer(phrases), clusters);
    }

    /// <summary>Loads the model at <paramref name="path"/> with the word classes in the same folder (when it was trained with them).</summary>
    public static NerModel Load(string path)
    {
        var clustersPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, WordClusters.FileName);
        return Load(path, File.Exists(clustersPath) ? WordClusters.Load(clustersPath) : null);
    }
}
