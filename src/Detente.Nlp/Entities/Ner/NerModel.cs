using System.Text;

namespace Detente.Nlp.Entities.Ner;

/// <summary>
/// A named-entity recogniser: an averaged perceptron over hashed word features, decoded greedily left to right
/// with IOB2 constraints. The file is "DETENTE-NER" + version + bucket count + half-precision weights.
/// Immutable after loading; safe to share across threads.
/// </summary>
public sealed class NerModel
{
    /// <summary>The labels, in weight order.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

    private const string Magic = "DETENTE-NER";
    private const int Version = 1;
    private const int Start = 7;

    private readonly float[] _weights;
    private readonly int _mask;

    /// <summary>Wraps trained weights (<paramref name="buckets"/> rows of one weight per label).</summary>
    public NerModel(float[] weights, int buckets)
    {
        if (buckets <= 0 || (buckets & (buckets - 1)) != 0 || weights.Length != buckets * Labels.Count)
        {
            throw new ArgumentException("buckets must be a power of two and weights buckets × labels long");
        }

        _weights = weights;
        _mask = buckets - 1;
    }

    /// <summary>Number of hash buckets.</summary>
    public int Buckets => _mask + 1;

    /// <summary>The IOB2 tag of every word.</summary>
    public string[] Tag(string[] words)
    {
        var labels = new int[words.Length];
        Decode(words, labels, null);
        return [.. labels.Select(l => Labels[l])];
    }

    /// <summary>Decodes label indices into <paramref name="labels"/>; when <paramref name="only"/> is given, other words are O.</summary>
    public void Decode(string[] words, int[] labels, bool[]? only)
    {
        Span<uint> features = stackalloc uint[NerFeatures.Max];
        Span<float> scores = stackalloc float[Labels.Count];
        for (int i = 0; i < words.Length; i++)
        {
            if (only is not null && !only[i])
            {
                labels[i] = 0;
                continue;
            }

            int p1 = i > 0 ? labels[i - 1] : Start;
            int p2 = i > 1 ? labels[i - 2] : Start;
            int n = NerFeatures.Extract(words, i, p1, p2, features);
            Score(features[..n], scores);
            labels[i] = Best(scores, p1);
        }
    }

    internal void Score(ReadOnlySpan<uint> features, Span<float> scores) => Score(_weights, _mask, features, scores);

    internal static void Score(float[] weights, int mask, ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        int labels = scores.Length;
        foreach (var f in features)
        {
            int row = (int)(f & (uint)mask) * labels;
            for (int l = 0; l < labels; l++)
            {
                scores[l] += weights[row + l];
            }
        }
    }

    /// <summary>The best label allowed after <paramref name="previous"/> (I-X only continues B-X or I-X).</summary>
    internal static int Best(ReadOnlySpan<float> scores, int previous)
    {
        int best = 0;
        for (int l = 1; l < scores.Length; l++)
        {
            bool inside = l % 2 == 0;
            if (inside && (previous == Start || previous == 0 || (previous + 1) / 2 != l / 2))
            {
                continue;
            }

            if (scores[l] > scores[best])
            {
                best = l;
            }
        }

        return best;
    }

    /// <summary>Writes the model.</summary>
    public void Save(string path)
    {
        using var stream = File.Create(path);
        using var w = new BinaryWriter(stream, Encoding.UTF8);
        w.Write(Magic);
        w.Write(Version);
        w.Write(Buckets);
        w.Write(Labels.Count);
        foreach (var x in _weights)
        {
            w.Write((Half)x);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a Detente NER model of this version.</exception>
    public static NerModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var r = new BinaryReader(stream, Encoding.UTF8);
        string magic;
        try
        {
            magic = r.ReadString();
        }
        catch (EndOfStreamException)
        {
            magic = string.Empty;
        }

        if (magic != Magic)
        {
            throw new InvalidDataException($"{path}: not a Detente NER model");
        }

        int version = r.ReadInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"{path}: NER model version {version}, this program reads version {Version}");
        }

        int buckets = r.ReadInt32();
        int labels = r.ReadInt32();
        if (labels != Labels.Count)
        {
            throw new InvalidDataException($"{path}: {labels} labels, expected {Labels.Count}");
        }

        var weights = new float[buckets * labels];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)r.ReadHalf();
        }

        return new NerModel(weights, buckets);
    }
}
