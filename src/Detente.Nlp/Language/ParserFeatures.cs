namespace Detente.Nlp.Language;

/// <summary>
/// Feature templates of the parser, after Zhang and Nivre (2011) adapted to arc-hybrid: words and tags of the top
/// three stack items and the first three buffer words, pairs and triples of them, distances, valencies, the
/// first and second leftmost and rightmost children with their relations, and the sets of child relations.
/// </summary>
public static class ParserFeatures
{
    /// <summary>Upper bound on the number of features of one configuration.</summary>
    public const int Max = 96;

    /// <summary>Writes the feature keys of <paramref name="st"/>; <paramref name="tags"/> holds one tag key per word.</summary>
    public static int Extract(ParseState st, WordKeys words, ulong[] tags, Span<ulong> f)
    {
        int n = st.Length;
        int s0 = st.Stack(0), s1 = st.Stack(1), s2 = st.Stack(2);
        int b0 = st.Buffer, b1 = b0 < n ? b0 + 1 : -1, b2 = b1 >= 0 && b1 < n ? b1 + 1 : -1;
        int s0l = st.LeftChild(s0), s0l2 = st.LeftChild(s0, true), s0r = st.RightChild(s0), s0r2 = st.RightChild(s0, true);
        int s1l = st.LeftChild(s1), s1r = st.RightChild(s1), s1r2 = st.RightChild(s1, true);
        int b0l = st.LeftChild(b0), b0l2 = st.LeftChild(b0, true);

        ulong s0w = W(s0), s0t = T(s0), s1w = W(s1), s1t = T(s1), s2t = T(s2);
        ulong b0w = W(b0), b0t = T(b0), b1w = W(b1), b1t = T(b1), b2w = W(b2), b2t = T(b2);
        ulong s0lt = T(s0l), s0rt = T(s0r), s1rt = T(s1r), b0lt = T(b0l);
        ulong d = Distance(s0, b0), d1 = Distance(s1, s0);
        int k = 0;

        // Single items.
        f[k++] = FeatureHash.Key(1, s0w, s0t);
        f[k++] = FeatureHash.Key(2, s0w);
        f[k++] = FeatureHash.Key(3, s0t);
        f[k++] = FeatureHash.Key(4, b0w, b0t);
        f[k++] = FeatureHash.Key(5, b0w);
        f[k++] = FeatureHash.Key(6, b0t);
        f[k++] = FeatureHash.Key(7, b1w, b1t);
        f[k++] = FeatureHash.Key(8, b1w);
        f[k++] = FeatureHash.Key(9, b1t);
        f[k++] = FeatureHash.Key(10, b2w, b2t);
        f[k++] = FeatureHash.Key(11, b2w);
        f[k++] = FeatureHash.Key(12, b2t);
        f[k++] = FeatureHash.Key(13, s1w, s1t);
        f[k++] = FeatureHash.Key(14, s1w);
        f[k++] = FeatureHash.Key(15, s1t);
        f[k++] = FeatureHash.Key(16, W(s2), s2t);
        f[k++] = FeatureHash.Key(17, s2t);

        // Pairs.
        f[k++] = FeatureHash.Key(20, FeatureHash.Key(0, s0w, s0t), b0w, b0t);
        f[k++] = FeatureHash.Key(21, s0w, s0t, b0w);
        f[k++] = FeatureHash.Key(22, s0w, b0w, b0t);
        f[k++] = FeatureHash.Key(23, s0w, s0t, b0t);
        f[k++] = FeatureHash.Key(24, s0t, b0w, b0t);
        f[k++] = FeatureHash.Key(25, s0w, b0w);
        f[k++] = FeatureHash.Key(26, s0t, b0t);
        f[k++] = FeatureHash.Key(27, b0t, b1t);
        f[k++] = FeatureHash.Key(28, FeatureHash.Key(0, s1w, s1t), s0w, s0t);
        f[k++] = FeatureHash.Key(29, s1w, s0w);
        f[k++] = FeatureHash.Key(30, s1t, s0t);
        f[k++] = FeatureHash.Key(31, s1t, s0w);
        f[k++] = FeatureHash.Key(32, s1w, s0t);
        f[k++] = FeatureHash.Key(33, b0w, b1w);
        f[k++] = FeatureHash.Key(34, s1t, b0t);
        f[k++] = FeatureHash.Key(35, s1w, b0w);

        // Triples.
        f[k++] = FeatureHash.Key(40, b0t, b1t, b2t);
        f[k++] = FeatureHash.Key(41, s0t, b0t, b1t);
        f[k++] = FeatureHash.Key(42, s1t, s0t, b0t);
        f[k++] = FeatureHash.Key(43, s0t, s0lt, b0t);
        f[k++] = FeatureHash.Key(44, s0t, s0rt, b0t);
        f[k++] = FeatureHash.Key(45, s0t, b0t, b0lt);
        f[k++] = FeatureHash.Key(46, s2t, s1t, s0t);
        f[k++] = FeatureHash.Key(47, s1t, s1rt, s0t);
        f[k++] = FeatureHash.Key(48, s1t, s0t, s0lt);
        f[k++] = FeatureHash.Key(49, s1t, s0t, s0rt);
        f[k++] = FeatureHash.Key(50, s0w, b0t, b1t);
        f[k++] = FeatureHash.Key(51, s1t, s0w, b0t);

        // Distance.
        f[k++] = FeatureHash.Key(60, s0w, d);
        f[k++] = FeatureHash.Key(61, s0t, d);
        f[k++] = FeatureHash.Key(62, b0w, d);
        f[k++] = FeatureHash.Key(63, b0t, d);
        f[k++] = FeatureHash.Key(64, s0w, b0w, d);
        f[k++] = FeatureHash.Key(65, s0t, b0t, d);
        f[k++] = FeatureHash.Key(66, s1t, s0t, d1);
        f[k++] = FeatureHash.Key(67, s1w, s0w, d1);
        f[k++] = FeatureHash.Key(68, s1t, d1);

        // Valency.
        ulong s0vl = (ulong)Math.Min(st.LeftValency(s0), 6), s0vr = (ulong)Math.Min(st.RightValency(s0), 6);
        ulong b0vl = (ulong)Math.Min(st.LeftValency(b0), 6), s1vr = (ulong)Math.Min(st.RightValency(s1), 6);
        f[k++] = FeatureHash.Key(70, s0w, s0vr);
        f[k++] = FeatureHash.Key(71, s0t, s0vr);
        f[k++] = FeatureHash.Key(72, s0w, s0vl);
        f[k++] = FeatureHash.Key(73, s0t, s0vl);
        f[k++] = FeatureHash.Key(74, b0w, b0vl);
        f[k++] = FeatureHash.Key(75, b0t, b0vl);
        f[k++] = FeatureHash.Key(76, s1w, s1vr);
        f[k++] = FeatureHash.Key(77, s1t, s1vr);

        // Children (second order).
        f[k++] = FeatureHash.Key(80, W(s0l));
        f[k++] = FeatureHash.Key(81, s0lt);
        f[k++] = FeatureHash.Key(82, L(st, s0l));
        f[k++] = FeatureHash.Key(83, W(s0r));
        f[k++] = FeatureHash.Key(84, s0rt);
        f[k++] = FeatureHash.Key(85, L(st, s0r));
        f[k++] = FeatureHash.Key(86, W(b0l));
        f[k++] = FeatureHash.Key(87, b0lt);
        f[k++] = FeatureHash.Key(88, L(st, b0l));
        f[k++] = FeatureHash.Key(89, s1rt);
        f[k++] = FeatureHash.Key(90, L(st, s1r));
        f[k++] = FeatureHash.Key(91, T(s1l), L(st, s1l));
        f[k++] = FeatureHash.Key(92, s0t, L(st, s0l), L(st, s0r));
        f[k++] = FeatureHash.Key(93, s1t, L(st, s1r), s0t);

        // Third order.
        f[k++] = FeatureHash.Key(100, W(s0l2));
        f[k++] = FeatureHash.Key(101, T(s0l2));
        f[k++] = FeatureHash.Key(102, L(st, s0l2));
        f[k++] = FeatureHash.Key(103, W(s0r2));
        f[k++] = FeatureHash.Key(104, T(s0r2));
        f[k++] = FeatureHash.Key(105, L(st, s0r2));
        f[k++] = FeatureHash.Key(106, W(b0l2));
        f[k++] = FeatureHash.Key(107, T(b0l2));
        f[k++] = FeatureHash.Key(108, L(st, b0l2));
        f[k++] = FeatureHash.Key(109, s0t, s0lt, T(s0l2));
        f[k++] = FeatureHash.Key(110, s0t, s0rt, T(s0r2));
        f[k++] = FeatureHash.Key(111, b0t, b0lt, T(b0l2));
        f[k++] = FeatureHash.Key(112, s1t, s1rt, T(s1r2));

        // Label sets.
        f[k++] = FeatureHash.Key(120, s0w, st.RightLabelSet(s0));
        f[k++] = FeatureHash.Key(121, s0t, st.RightLabelSet(s0));
        f[k++] = FeatureHash.Key(122, s0w, st.LeftLabelSet(s0));
        f[k++] = FeatureHash.Key(123, s0t, st.LeftLabelSet(s0));
        f[k++] = FeatureHash.Key(124, b0w, st.LeftLabelSet(b0));
        f[k++] = FeatureHash.Key(125, b0t, st.LeftLabelSet(b0));
        f[k++] = FeatureHash.Key(126, s1t, st.RightLabelSet(s1));
        return k;

        ulong W(int i) => i < 0 ? FeatureHash.None : i >= n ? FeatureHash.Root : words.Get(i, WordKeys.Lower);
        ulong T(int i) => i < 0 ? FeatureHash.None : i >= n ? FeatureHash.Root : tags[i];
    }

    private static ulong L(ParseState st, int i)
    {
        int l = st.LabelOf(i);
        return l < 0 ? FeatureHash.None : (ulong)l + 1;
    }

    private static ulong Distance(int a, int b)
    {
        if (a < 0 || b < 0)
        {
            return 0;
        }

        int d = Math.Abs(b - a);
        return d switch
        {
            <= 4 => (ulong)d,
            <= 6 => 5,
            <= 9 => 6,
            _ => 7,
        };
    }
}
