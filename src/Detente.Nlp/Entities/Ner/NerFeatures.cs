namespace Detente.Nlp.Entities.Ner;

/// <summary>Hashed features of a word in its sentence for the NER perceptron (no allocation per feature).</summary>
internal static class NerFeatures
{
    /// <summary>Writes the feature hashes of position <paramref name="i"/> into <paramref name="output"/>; returns how many.</summary>
    public static int Extract(string[] words, int i, int previousLabel, int secondLabel, Span<uint> output)
    {
        int n = 0;
        var w = words[i];
        output[n++] = H(1, 0);
        output[n++] = Lower(2, w);
        output[n++] = H(3, Shape(w));
        output[n++] = Affix(4, w, 1, prefix: true);
        output[n++] = Affix(5, w, 2, prefix: true);
        output[n++] = Affix(6, w, 3, prefix: true);
        output[n++] = Affix(7, w, 2, prefix: false);
        output[n++] = Affix(8, w, 3, prefix: false);
        output[n++] = Affix(9, w, 4, prefix: false);
        output[n++] = H(10, (uint)previousLabel);
        output[n++] = H(11, (uint)(previousLabel * 31 + secondLabel));
        output[n++] = Mix(H(12, (uint)previousLabel), Lower(0, w));
        output[n++] = H(13, i == 0 ? 1u : 0u) ^ H(14, Shape(w));
        for (int d = -2; d <= 2; d++)
        {
            if (d == 0)
            {
                continue;
            }

            int k = i + d;
            var x = k < 0 ? "<s>" : k >= words.Length ? "</s>" : words[k];
            output[n++] = Lower((uint)(20 + d), x);
            output[n++] = H((uint)(30 + d), Shape(x));
        }

        var prev = i > 0 ? words[i - 1] : "<s>";
        var next = i + 1 < words.Length ? words[i + 1] : "</s>";
        output[n++] = Mix(Lower(40, prev), Lower(0, w));
        output[n++] = Mix(Lower(41, w), Lower(0, next));
        output[n++] = Mix(H(42, Shape(prev)), H(0, Shape(w))) ^ H(43, Shape(next));
        output[n++] = Mix(H(44, (uint)previousLabel), H(0, Shape(w)));
        return n;
    }

    /// <summary>The most features <see cref="Extract"/> writes.</summary>
    public const int Max = 32;

    private static uint Shape(string w)
    {
        // Collapsed character classes: "Putin" -> Xx, "G20" -> Xd, "U.S." -> X.X., capped at 6 classes.
        uint h = 17;
        char last = '\0';
        int count = 0;
        foreach (var c in w)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k != last && count < 6)
            {
                h = (h * 31) + k;
                last = k;
                count++;
            }
        }

        return h;
    }

    private static uint Lower(uint kind, string w)
    {
        uint h = 2166136261u ^ kind;
        foreach (var c in w)
        {
            h = (h ^ char.ToLowerInvariant(c)) * 16777619u;
        }

        return h;
    }

    private static uint Affix(uint kind, string w, int length, bool prefix)
    {
        uint h = 2166136261u ^ (kind * 7919u);
        int start = prefix ? 0 : Math.Max(0, w.Length - length);
        int end = prefix ? Math.Min(length, w.Length) : w.Length;
        for (int k = start; k < end; k++)
        {
            h = (h ^ char.ToLowerInvariant(w[k])) * 16777619u;
        }

        return h;
    }

    private static uint H(uint kind, uint value) => Mix(kind * 0x9E3779B1u, value);

    private static uint Mix(uint a, uint b)
    {
        uint h = a ^ (b + 0x9E3779B9u + (a << 6) + (a >> 2));
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        return h;
    }
}
