using System.Numerics;
using System.Runtime.InteropServices;

namespace Detente.Nlp.Language;

/// <summary>
/// A trained linear classifier over hashed features: the top <see cref="Bits"/> bits of a feature key choose a
/// row, and only rows with weights are kept (an index maps the hashed row to a compact one). Read-only once
/// built, so one instance serves any number of threads.
/// </summary>
public sealed class LinearModel
{
    private readonly int[] _rowIndex;
    private readonly float[] _weights;
    private readonly int _shift;

    /// <summary>Creates a model from a row index (hashed row to compact row, -1 absent) and the compact weights.</summary>
    public LinearModel(int classes, int bits, int[] rowIndex, float[] weights)
    {
        if (rowIndex.Length != 1 << bits)
        {
            throw new ArgumentException("row index size must be 2^bits", nameof(rowIndex));
        }

        Classes = classes;
        Bits = bits;
        _rowIndex = rowIndex;
        _weights = weights;
        _shift = 64 - bits;
    }

    /// <summary>Number of classes scored.</summary>
    public int Classes { get; }

    /// <summary>Number of bits of the feature key that choose a row.</summary>
    public int Bits { get; }

    /// <summary>Number of stored rows.</summary>
    public int Rows => _weights.Length / Math.Max(1, Classes);

    /// <summary>Bytes held by the weights and the row index.</summary>
    public long MemoryBytes => (_weights.Length * 4L) + (_rowIndex.Length * 4L);

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        int c = Classes;
        var w = _weights.AsSpan();
        foreach (var f in features)
        {
            int row = _rowIndex[(int)(f >> _shift)];
            if (row >= 0)
            {
                AddRow(w.Slice(row * c, c), scores);
            }
        }
    }

    /// <summary>Adds <paramref name="row"/> into <paramref name="scores"/>.</summary>
    internal static void AddRow(ReadOnlySpan<float> row, Span<float> scores)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vr = MemoryMarshal.Cast<float, Vector<float>>(row);
            var vs = MemoryMarshal.Cast<float, Vector<float>>(scores);
            for (int k = 0; k < vr.Length; k++)
            {
                vs[k] += vr[k];
            }

            i = vr.Length * Vector<float>.Count;
        }

        for (; i < row.Length; i++)
        {
            scores[i] += row[i];
        }
    }

    /// <summary>Writes the model: rows with their non-zero weights as half-precision floats.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(Classes);
        w.Write(Bits);
        int rows = 0;
        for (int i = 0; i < _rowIndex.Length; i++)
        {
            if (_rowIndex[i] >= 0)
            {
                rows++;
            }
        }

        w.Write(rows);
        int previous = -1;
        for (int i = 0; i < _rowIndex.Length; i++)
        {
            int row = _rowIndex[i];
            if (row < 0)
            {
                continue;
            }

            Write7Bit(w, i - previous);
            previous = i;
            var weights = _weights.AsSpan(row * Classes, Classes);
            int nonZero = 0;
            foreach (var x in weights)
            {
                if (x != 0)
                {
                    nonZero++;
                }
            }

            w.Write((byte)nonZero);
            for (int k = 0; k < weights.Length; k++)
            {
                if (weights[k] != 0)
                {
                    w.Write((byte)k);
                    w.Write((Half)weights[k]);
                }
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static LinearModel Read(BinaryReader r)
    {
        int classes = r.ReadInt32();
        int bits = r.ReadInt32();
        int rows = r.ReadInt32();
        if (classes is <= 0 or > 255 || bits is < 8 or > 28 || rows < 0 || rows > 1 << bits)
        {
            throw new InvalidDataException("corrupt linear model header");
        }

        var index = new int[1 << bits];
        Array.Fill(index, -1);
        var weights = new float[(long)rows * classes];
        int position = -1;
        for (int row = 0; row < rows; row++)
        {
            position += Read7Bit(r);
            index[position] = row;
            int nonZero = r.ReadByte();
            for (int k = 0; k < nonZero; k++)
            {
                int cls = r.ReadByte();
                weights[(row * classes) + cls] = (float)r.ReadHalf();
            }
        }

        return new LinearModel(classes, bits, index, weights);
    }

    private static void Write7Bit(BinaryWriter w, int value) => w.Write7BitEncodedInt(value);

    private static int Read7Bit(BinaryReader r) => r.Read7BitEncodedInt();
}
