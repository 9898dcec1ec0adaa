namespace Detente.Nlp.Language;

/// <summary>
/// Hashed views of a sentence's words computed once per sentence (lowercased form, exact form, prefixes,
/// suffixes, shape), so feature extraction never builds strings.
/// </summary>
public sealed class WordKeys
{
    /// <summary>Number of keys stored per word.</summary>
    public const int PerWord = 11;

    /// <summary>Key slots.</summary>
    public const int Lower = 0, Exact = 1, Prefix1 = 2, Prefix2 = 3, Prefix3 = 4, Suffix1 = 5, Suffix2 = 6, Suffix3 = 7, Suffix4 = 8, Shape = 9, Flags = 10;

    private ulong[] _keys = new ulong[64 * PerWord];

    /// <summary>Number of words loaded.</summary>
    public int Count { get; private set; }

    /// <summary>Computes the keys of <paramref name="forms"/>.</summary>
    public void Load(IReadOnlyList<string> forms)
    {
        Count = forms.Count;
        if (_keys.Length < Count * PerWord)
        {
            _keys = new ulong[Count * 2 * PerWord];
        }

        Span<char> shape = stackalloc char[32];
        for (int i = 0; i < Count; i++)
        {
            var f = forms[i].AsSpan();
            int o = i * PerWord;
            _keys[o + Lower] = FeatureHash.Of(Normalize(f), lower: true);
            _keys[o + Exact] = FeatureHash.Of(f);
            _keys[o + Prefix1] = FeatureHash.Of(f[..Math.Min(1, f.Length)], lower: true);
            _keys[o + Prefix2] = FeatureHash.Of(f[..Math.Min(2, f.Length)], lower: true);
            _keys[o + Prefix3] = FeatureHash.Of(f[..Math.Min(3, f.Length)], lower: true);
            _keys[o + Suffix1] = FeatureHash.Of(f[Math.Max(0, f.Length - 1)..], lower: true);
            _keys[o + Suffix2] = FeatureHash.Of(f[Math.Max(0, f.Length - 2)..], lower: true);
            _keys[o + Suffix3] = FeatureHash.Of(f[Math.Max(0, f.Length - 3)..], lower: true);
            _keys[o + Suffix4] = FeatureHash.Of(f[Math.Max(0, f.Length - 4)..], lower: true);
            int n = ShapeOf(f, shape);
            _keys[o + Shape] = FeatureHash.Of(shape[..n]);
            _keys[o + Flags] = FlagsOf(f);
        }
    }

    /// <summary>Key <paramref name="slot"/> of word <paramref name="i"/>; positions outside the sentence give a boundary key.</summary>
    public ulong Get(int i, int slot) =>
        i < 0 ? FeatureHash.None + (ulong)slot : i >= Count ? FeatureHash.Root + (ulong)slot : _keys[(i * PerWord) + slot];

    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> f)
    {
        // Numbers share one key per digit pattern length class; everything else is the word itself.
        int digits = 0;
        foreach (var c in f)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
        }

        if (digits > 0 && digits * 2 >= f.Length && f.Length > 4)
        {
            return "<num>";
        }

        return f;
    }

    private static int ShapeOf(ReadOnlySpan<char> f, Span<char> shape)
    {
        int n = 0;
        char last = '\0';
        int run = 0;
        foreach (var c in f)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 0;
            last = s;
            if (run < 2 && n < shape.Length)
            {
                shape[n++] = s;
            }
        }

        return n;
    }

    private static ulong FlagsOf(ReadOnlySpan<char> f)
    {
        ulong flags = 0;
        if (f.Length > 0 && char.IsUpper(f[0]))
        {
            flags |= 1;
        }

        if (f.ContainsAny('-', '_'))
        {
            flags |= 2;
        }

        foreach (var c in f)
        {
            if (char.IsDigit(c))
            {
                flags |= 4;
                break;
            }
        }

        if (f.Length > 0 && f.IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ.") < 0)
        {
            flags |= 8;
        }

        return flags + ((ulong)Math.Min(f.Length, 12) << 8);
    }
}
