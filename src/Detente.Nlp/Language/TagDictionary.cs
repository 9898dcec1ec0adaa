namespace Detente.Nlp.Language;

/// <summary>
/// The ambiguity class of frequent words: a key for the set of tags each was seen with in training. Words seen
/// fewer times than the threshold have none, so the tagger learns to tag rare words from their spelling.
/// Read-only once built.
/// </summary>
public sealed class TagDictionary
{
    /// <summary>Key of a word with no ambiguity class.</summary>
    public const ulong Unknown = 0x3C6EF372FE94F82BUL;

    private readonly Dictionary<ulong, ulong> _classes;

    /// <summary>Creates the dictionary from word keys to ambiguity-class keys.</summary>
    public TagDictionary(Dictionary<ulong, ulong> classes) => _classes = classes;

    /// <summary>Number of words.</summary>
    public int Count => _classes.Count;

    /// <summary>The ambiguity class of each word loaded in <paramref name="words"/>.</summary>
    public ulong[] Lookup(WordKeys words)
    {
        var result = new ulong[words.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = _classes.TryGetValue(words.Get(i, WordKeys.Lower), out var c) ? c : Unknown;
        }

        return result;
    }

    /// <summary>Builds the dictionary from gold tag ids; <paramref name="minCount"/> is the frequency threshold.</summary>
    public static TagDictionary Build(IReadOnlyList<ConlluSentence> sentences, IReadOnlyList<int[]> tags, int minCount)
    {
        var words = new WordKeys();
        var seen = new Dictionary<ulong, (int Count, SortedSet<int> Tags)>();
        for (int s = 0; s < sentences.Count; s++)
        {
            words.Load(sentences[s].Forms);
            for (int i = 0; i < words.Count; i++)
            {
                ulong key = words.Get(i, WordKeys.Lower);
                if (!seen.TryGetValue(key, out var entry))
                {
                    entry = (0, []);
                }

                entry.Tags.Add(tags[s][i]);
                seen[key] = (entry.Count + 1, entry.Tags);
            }
        }

        var classes = new Dictionary<ulong, ulong>();
        foreach (var (key, (count, set)) in seen)
        {
            if (count >= minCount)
            {
                ulong h = 17;
                foreach (var t in set)
                {
                    h = FeatureHash.Key(t + 1, h);
                }

                classes[key] = h;
            }
        }

        return new TagDictionary(classes);
    }

    /// <summary>Writes the dictionary.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(_classes.Count);
        foreach (var (k, v) in _classes.OrderBy(p => p.Key))
        {
            w.Write(k);
            w.Write(v);
        }
    }

    /// <summary>Reads a dictionary written by <see cref="Write"/>.</summary>
    public static TagDictionary Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        var classes = new Dictionary<ulong, ulong>(n);
        for (int i = 0; i < n; i++)
        {
            classes[r.ReadUInt64()] = r.ReadUInt64();
        }

        return new TagDictionary(classes);
    }
}
