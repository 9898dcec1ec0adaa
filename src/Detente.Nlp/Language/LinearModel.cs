namespace Detente.Nlp.Language;

/// <summary>
/// A trained linear classifier over hashed features. Each feature key that kept weights owns a short list of
/// (class, weight) entries, found through a <see cref="KeyTable"/>; storing only non-zero weights keeps the
/// model small enough for the caches, which is what makes scoring fast. Read-only once built, so one instance
/// serves any number of threads.
/// </summary>
public sealed class LinearModel
{
    private readonly ulong[] _rowKeys;
    private readonly int[] _rowStarts;
    private readonly byte[] _classes;
    private readonly float[] _weights;
    private readonly KeyTable _index;

    /// <summary>Creates a model from the key of each row and dense row-major weights (zeros are dropped).</summary>
    public LinearModel(int classes, ulong[] rowKeys, float[] weights)
    {
        if (weights.Length != (long)rowKeys.Length * classes)
        {
            throw new ArgumentException("weights must hold one row of classes per key", nameof(weights));
        }

        Classes = classes;
        _rowKeys = rowKeys;
        _rowStarts = new int[rowKeys.Length + 1];
        var cls = new List<byte>();
        var w = new List<float>();
        for (int r = 0; r < rowKeys.Length; r++)
        {
            _rowStarts[r] = w.Count;
            for (int k = 0; k < classes; k++)
            {
                float x = weights[((long)r * classes) + k];
                if (x != 0)
                {
                    cls.Add((byte)k);
                    w.Add(x);
                }
            }
        }

        _rowStarts[rowKeys.Length] = w.Count;
        _classes = [.. cls];
        _weights = [.. w];
        _index = BuildIndex();
    }

    private LinearModel(int classes, ulong[] rowKeys, int[] rowStarts, byte[] entryClasses, float[] weights)
    {
        Classes = classes;
        _rowKeys = rowKeys;
        _rowStarts = rowStarts;
        _classes = entryClasses;
        _weights = weights;
        _index = BuildIndex();
    }

    /// <summary>Number of classes scored.</summary>
    public int Classes { get; }

    /// <summary>Number of stored rows (features with weights).</summary>
    public int Rows => _rowKeys.Length;

    /// <summary>Number of stored non-zero weights.</summary>
    public int Weights => _weights.Length;

    /// <summary>Bytes held by the weights and the key index.</summary>
    public long MemoryBytes => (_weights.Length * 5L) + _index.MemoryBytes + (_rowKeys.Length * 12L);

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var classes = _classes;
        var weights = _weights;
        foreach (var f in features)
        {
            var (start, count) = _index.Find(f);
            for (int i = start, end = start + count; i < end; i++)
            {
                scores[classes[i]] += weights[i];
            }
        }
    }

    /// <summary>Writes the model: each row's key and its non-zero weights as half-precision floats.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(Classes);
        w.Write(_rowKeys.Length);
        for (int row = 0; row < _rowKeys.Length; row++)
        {
            w.Write(_rowKeys[row]);
            int start = _rowStarts[row], end = _rowStarts[row + 1];
            w.Write((byte)(end - start));
            for (int i = start; i < end; i++)
            {
                w.Write(_classes[i]);
                w.Write((Half)_weights[i]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is inconsistent.</exception>
    public static LinearModel Read(BinaryReader r)
    {
        int classes = r.ReadInt32();
        int rows = r.ReadInt32();
        if (classes is <= 0 or > 255 || rows < 0 || rows > 50_000_000)
        {
            throw new InvalidDataException("corrupt linear model header");
        }

        var keys = new ulong[rows];
        var starts = new int[rows + 1];
        var entryClasses = new List<byte>();
        var weights = new List<float>();
        for (int row = 0; row < rows; row++)
        {
            keys[row] = r.ReadUInt64();
            starts[row] = weights.Count;
            int nonZero = r.ReadByte();
            for (int k = 0; k < nonZero; k++)
            {
                byte cls = r.ReadByte();
                if (cls >= classes)
                {
                    throw new InvalidDataException("corrupt linear model row");
                }

                entryClasses.Add(cls);
                weights.Add((float)r.ReadHalf());
            }
        }

        starts[rows] = weights.Count;
        return new LinearModel(classes, keys, starts, [.. entryClasses], [.. weights]);
    }

    private KeyTable BuildIndex()
    {
        var counts = new int[_rowKeys.Length];
        for (int r = 0; r < counts.Length; r++)
        {
            counts[r] = _rowStarts[r + 1] - _rowStarts[r];
        }

        return new KeyTable(_rowKeys, _rowStarts, counts);
    }
}
