using System.Numerics;
using System.Runtime.CompilerServices;

namespace Detente.Nlp.Language;

/// <summary>
/// Pure hashing helpers that turn feature templates and their values into 64-bit keys without allocating
/// strings; the models map the high bits of a key to a weight row.
/// </summary>
public static class FeatureHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>The key of a value that is absent (a position before the sentence, a missing child).</summary>
    public const ulong None = 0x6A09E667F3BCC908UL;

    /// <summary>The key of the artificial root token.</summary>
    public const ulong Root = 0xBB67AE8584CAA73BUL;

    /// <summary>Hashes the characters of <paramref name="text"/>, lowercased when <paramref name="lower"/> is true.</summary>
    public static ulong Of(ReadOnlySpan<char> text, bool lower = false)
    {
        ulong h = FnvOffset;
        foreach (char c0 in text)
        {
            char c = lower ? char.ToLowerInvariant(c0) : c0;
            h = (h ^ c) * FnvPrime;
        }

        return Finish(h ^ (ulong)text.Length);
    }

    /// <summary>Hashes a string that may be null (null gives <see cref="None"/>).</summary>
    public static ulong Of(string? text) => text is null ? None : Of(text.AsSpan());

    /// <summary>Key of template <paramref name="template"/> with one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a) => Finish(((ulong)template * Multiplier) + a);

    /// <summary>Key of template <paramref name="template"/> with two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b) => Finish((Step((ulong)template * Multiplier, a) * Multiplier) + b);

    /// <summary>Key of template <paramref name="template"/> with three values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b, ulong c) =>
        Finish((Step(Step((ulong)template * Multiplier, a), b) * Multiplier) + c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ulong h, ulong v) => BitOperations.RotateLeft((h * Multiplier) ^ v, 27);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
