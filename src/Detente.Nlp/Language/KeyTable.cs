using System.Runtime.CompilerServices;

namespace Detente.Nlp.Language;

/// <summary>
/// A read-only open-addressing table from 64-bit feature keys to a span (start, count) of a model's sparse
/// weights (linear probing; key 0 marks an empty slot). One slot holds the key and its span, so a lookup touches
/// one cache line. Built once; safe to read from any number of threads.
/// </summary>
public sealed class KeyTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>Builds the table; key i maps to the span (<paramref name="starts"/>[i], <paramref name="counts"/>[i]).</summary>
    public KeyTable(IReadOnlyList<ulong> keys, IReadOnlyList<int> starts, IReadOnlyList<int> counts)
    {
        int capacity = 16;
        while (capacity < keys.Count * 2)
        {
            capacity <<= 1;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (int i = 0; i < keys.Count; i++)
        {
            ulong k = NonZero(keys[i]);
            int slot = (int)(k & (ulong)_mask);
            while (_slots[slot].Key != 0)
            {
                if (_slots[slot].Key == k)
                {
                    throw new ArgumentException("duplicate feature key", nameof(keys));
                }

                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(k, starts[i], counts[i]);
        }
    }

    /// <summary>Bytes held.</summary>
    public long MemoryBytes => _slots.Length * 16L;

    /// <summary>Finds <paramref name="key"/>: its span of weights, or count 0 when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (int Start, int Count) Find(ulong key)
    {
        ulong k = NonZero(key);
        int slot = (int)(k & (ulong)_mask);
        while (true)
        {
            ref readonly var s = ref _slots[slot];
            if (s.Key == k)
            {
                return (s.Start, s.Count);
            }

            if (s.Key == 0)
            {
                return (0, 0);
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static ulong NonZero(ulong key) => key == 0 ? 1 : key;

    private readonly record struct Slot(ulong Key, int Start, int Count);
}
