using System.Text;

namespace Detente.Sources.Dedup;

/// <summary>
/// Computes <see cref="MinHashSignature"/>s over shingles of <see cref="ShingleWords"/> consecutive normalised
/// words. Hashes are FNV-1a 64 of the shingle mixed with a per-function seed (splitmix64), so signatures are
/// stable across runs and machines and may be stored.
/// </summary>
public sealed class MinHasher
{
    private readonly ulong[] _seeds;

    /// <summary>Creates a hasher with <paramref name="functions"/> hash functions over <paramref name="shingleWords"/>-word shingles.</summary>
    public MinHasher(int functions = 128, int shingleWords = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(functions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleWords, 1);
        ShingleWords = shingleWords;
        _seeds = new ulong[functions];
        ulong state = 0x5DEECE66DUL;
        for (int i = 0; i < functions; i++)
        {
            _seeds[i] = SplitMix(ref state);
        }
    }

    /// <summary>Words per shingle.</summary>
    public int ShingleWords { get; }

    /// <summary>Number of hash functions (signature length).</summary>
    public int Functions => _seeds.Length;

    /// <summary>The signature of <paramref name="text"/>.</summary>
    public MinHashSignature Sign(string text)
    {
        var shingles = Shingles(TextNormalizer.Words(text));
        var mins = new ulong[_seeds.Length];
        Array.Fill(mins, ulong.MaxValue);
        foreach (var h in shingles)
        {
            for (int i = 0; i < _seeds.Length; i++)
            {
                ulong v = Mix(h ^ _seeds[i]);
                if (v < mins[i])
                {
                    mins[i] = v;
                }
            }
        }

        return new MinHashSignature(mins, shingles.Count);
    }

    private HashSet<ulong> Shingles(string[] words)
    {
        var set = new HashSet<ulong>();
        if (words.Length == 0)
        {
            return set;
        }

        int n = Math.Max(1, words.Length - ShingleWords + 1);
        for (int i = 0; i < n; i++)
        {
            ulong h = 14695981039346656037UL;
            for (int j = i; j < Math.Min(words.Length, i + ShingleWords); j++)
            {
                foreach (byte b in Encoding.UTF8.GetBytes(words[j]))
                {
                    h = (h ^ b) * 1099511628211UL;
                }

                h = (h ^ 0x20) * 1099511628211UL;
            }

            set.Add(h);
        }

        return set;
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
