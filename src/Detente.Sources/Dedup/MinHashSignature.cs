using System.Buffers.Binary;

namespace Detente.Sources.Dedup;

/// <summary>
/// A MinHash sketch of a text's word shingles: for each of k hash functions, the least hash over all shingles.
/// The share of equal positions in two sketches estimates the Jaccard similarity of the shingle sets.
/// </summary>
/// <param name="Values">The k minimum hashes.</param>
/// <param name="ShingleCount">Number of distinct shingles in the text (for containment estimates).</param>
public sealed record MinHashSignature(ulong[] Values, int ShingleCount)
{
    /// <summary>Estimated Jaccard similarity of the two shingle sets (0 to 1).</summary>
    public double Jaccard(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Values.Length != other.Values.Length)
        {
            throw new ArgumentException("signatures of different lengths cannot be compared", nameof(other));
        }

        if (ShingleCount == 0 || other.ShingleCount == 0)
        {
            return 0;
        }

        int equal = 0;
        for (int i = 0; i < Values.Length; i++)
        {
            if (Values[i] == other.Values[i])
            {
                equal++;
            }
        }

        return (double)equal / Values.Length;
    }

    /// <summary>Estimated share of the smaller text's shingles found in the other (0 to 1): high when one text is a cut of the other.</summary>
    public double Containment(MinHashSignature other)
    {
        double j = Jaccard(other);
        int smaller = Math.Min(ShingleCount, other.ShingleCount);
        if (smaller == 0)
        {
            return 0;
        }

        double intersection = j * (ShingleCount + other.ShingleCount) / (1 + j);
        return Math.Min(1, intersection / smaller);
    }

    /// <summary>Serialises the signature for storage (shingle count, then the values, little-endian).</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[4 + (8 * Values.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, ShingleCount);
        for (int i = 0; i < Values.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(4 + (8 * i)), Values[i]);
        }

        return bytes;
    }

    /// <summary>Reads a signature written by <see cref="ToBytes"/>.</summary>
    public static MinHashSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || (bytes.Length - 4) % 8 != 0)
        {
            throw new FormatException($"not a MinHash signature ({bytes.Length} bytes)");
        }

        var values = new ulong[(bytes.Length - 4) / 8];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(4 + (8 * i))..]);
        }

        return new MinHashSignature(values, BinaryPrimitives.ReadInt32LittleEndian(bytes));
    }
}
