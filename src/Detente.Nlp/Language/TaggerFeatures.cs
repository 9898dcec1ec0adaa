namespace Detente.Nlp.Language;

/// <summary>
/// The tagger's feature templates: a five-word window of forms, affixes, shapes and ambiguity classes (the set
/// of tags a frequent word was seen with), and the two previous tags.
/// </summary>
public static class TaggerFeatures
{
    /// <summary>Upper bound on the number of features of one word.</summary>
    public const int Max = 48;

    /// <summary>Writes the feature keys of word <paramref name="i"/> given the previous two tags (-1 when none).</summary>
    public static int Extract(WordKeys k, ulong[] ambiguity, int i, int p1, int p2, Span<ulong> f)
    {
        ulong a0 = Ambiguity(ambiguity, i), am1 = Ambiguity(ambiguity, i - 1), ap1 = Ambiguity(ambiguity, i + 1);
        ulong t1 = p1 < 0 ? FeatureHash.None : (ulong)p1 + 1;
        ulong t2 = p2 < 0 ? FeatureHash.None : (ulong)p2 + 1;
        ulong w = k.Get(i, WordKeys.Lower), wm1 = k.Get(i - 1, WordKeys.Lower), wp1 = k.Get(i + 1, WordKeys.Lower);
        ulong shape = k.Get(i, WordKeys.Shape), suf3 = k.Get(i, WordKeys.Suffix3);
        int n = 0;
        f[n++] = FeatureHash.Key(0, 0);
        f[n++] = FeatureHash.Key(1, w);
        f[n++] = FeatureHash.Key(2, wm1);
        f[n++] = FeatureHash.Key(3, wp1);
        f[n++] = FeatureHash.Key(4, k.Get(i - 2, WordKeys.Lower));
        f[n++] = FeatureHash.Key(5, k.Get(i + 2, WordKeys.Lower));
        f[n++] = FeatureHash.Key(6, k.Get(i, WordKeys.Suffix1));
        f[n++] = FeatureHash.Key(7, k.Get(i, WordKeys.Suffix2));
        f[n++] = FeatureHash.Key(8, suf3);
        f[n++] = FeatureHash.Key(9, k.Get(i, WordKeys.Suffix4));
        f[n++] = FeatureHash.Key(10, k.Get(i, WordKeys.Prefix1));
        f[n++] = FeatureHash.Key(11, k.Get(i, WordKeys.Prefix2));
        f[n++] = FeatureHash.Key(12, k.Get(i, WordKeys.Prefix3));
        f[n++] = FeatureHash.Key(13, shape);
        f[n++] = FeatureHash.Key(14, k.Get(i - 1, WordKeys.Shape));
        f[n++] = FeatureHash.Key(15, k.Get(i + 1, WordKeys.Shape));
        f[n++] = FeatureHash.Key(16, k.Get(i, WordKeys.Exact));
        f[n++] = FeatureHash.Key(17, t1);
        f[n++] = FeatureHash.Key(18, t2);
        f[n++] = FeatureHash.Key(19, t1, t2);
        f[n++] = FeatureHash.Key(20, t1, w);
        f[n++] = FeatureHash.Key(21, wm1, w);
        f[n++] = FeatureHash.Key(22, w, wp1);
        f[n++] = FeatureHash.Key(23, k.Get(i - 1, WordKeys.Suffix3));
        f[n++] = FeatureHash.Key(24, k.Get(i + 1, WordKeys.Suffix3));
        f[n++] = FeatureHash.Key(25, t1, suf3);
        f[n++] = FeatureHash.Key(26, t1, shape);
        f[n++] = FeatureHash.Key(27, wm1, wp1);
        f[n++] = FeatureHash.Key(28, k.Get(i + 1, WordKeys.Suffix2));
        f[n++] = FeatureHash.Key(29, i == 0 ? 1UL : 0UL, shape);
        f[n++] = FeatureHash.Key(30, t1, wp1);
        f[n++] = FeatureHash.Key(31, k.Get(i, WordKeys.Flags));
        f[n++] = FeatureHash.Key(32, k.Get(i + 2, WordKeys.Suffix3));
        f[n++] = FeatureHash.Key(33, k.Get(i - 1, WordKeys.Exact), w);
        f[n++] = FeatureHash.Key(34, w, wp1, k.Get(i + 2, WordKeys.Lower));
        f[n++] = FeatureHash.Key(35, t1, k.Get(i + 1, WordKeys.Suffix3));
        f[n++] = FeatureHash.Key(36, a0);
        f[n++] = FeatureHash.Key(37, am1);
        f[n++] = FeatureHash.Key(38, ap1);
        f[n++] = FeatureHash.Key(39, a0, ap1);
        f[n++] = FeatureHash.Key(40, t1, a0);
        f[n++] = FeatureHash.Key(41, Ambiguity(ambiguity, i + 2));
        f[n++] = FeatureHash.Key(42, a0, w);
        f[n++] = FeatureHash.Key(43, am1, a0, ap1);
        return n;
    }

    private static ulong Ambiguity(ulong[] ambiguity, int i) =>
        i < 0 ? FeatureHash.None : i >= ambiguity.Length ? FeatureHash.Root : ambiguity[i];
}
