using Detente.Nlp.Language;

namespace Detente.Nlp.Entities.Ner;

/// <summary>
/// Word classes learned from unlabelled text (see <see cref="ClusterTrainer"/>), at several granularities (for
/// example 64, 256 and 1024 classes). The file is a model header + class counts + words with their class per
/// granularity. Immutable after loading; safe to share across threads.
/// </summary>
public sealed class WordClusters
{
    /// <summary>The file name under the models folder.</summary>
    public const string FileName = "clusters.bin";

    private const string Kind = "word-clusters";

    private readonly Dictionary<string, ushort[]> _classes;

    /// <summary>Wraps the classes of each word (one per granularity, in the order of <paramref name="sizes"/>).</summary>
    public WordClusters(IReadOnlyList<int> sizes, Dictionary<string, ushort[]> classes)
    {
        if (classes.Values.Any(c => c.Length != sizes.Count))
        {
            throw new ArgumentException("every word needs one class per granularity", nameof(classes));
        }

        Sizes = sizes;
        _classes = classes;
    }

    /// <summary>The number of classes at each granularity.</summary>
    public IReadOnlyList<int> Sizes { get; }

    /// <summary>Number of words with classes.</summary>
    public int Count => _classes.Count;

    /// <summary>The classes of <paramref name="word"/> (its lower-case form when the word itself is unknown), or null.</summary>
    public ushort[]? Of(string word) => Of(word, word.ToLowerInvariant());

    /// <summary>The classes of <paramref name="word"/>, else of <paramref name="lower"/> (its lower-case form), or null.</summary>
    public ushort[]? Of(string word, string lower) =>
        _classes.TryGetValue(word, out var c) || _classes.TryGetValue(lower, out c) ? c : null;

    /// <summary>True when <paramref name="word"/> itself (not its lower-case form) has classes.</summary>
    public bool Knows(string word) => _classes.ContainsKey(word);

    /// <summary>Writes the clusters.</summary>
    public void Save(string path)
    {
        using var w = ModelFile.Create(path, Kind);
        w.Write(Sizes.Count);
        foreach (var s in Sizes)
        {
            w.Write(s);
        }

        w.Write(_classes.Count);
        foreach (var (word, classes) in _classes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            foreach (var c in classes)
            {
                w.Write(c);
            }
        }
    }

    /// <summary>Reads clusters written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a Detente clusters file of this version.</exception>
    public static WordClusters Load(string path)
    {
        using var r = ModelFile.Open(path, Kind);
        var sizes = new int[r.ReadInt32()];
        for (int i = 0; i < sizes.Length; i++)
        {
            sizes[i] = r.ReadInt32();
        }

        int count = r.ReadInt32();
        var classes = new Dictionary<string, ushort[]>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            var word = r.ReadString();
            var c = new ushort[sizes.Length];
            for (int g = 0; g < c.Length; g++)
            {
                c[g] = r.ReadUInt16();
            }

            classes[word] = c;
        }

        return new WordClusters(sizes, classes);
    }
}
