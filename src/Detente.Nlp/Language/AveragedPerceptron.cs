using System.Numerics;
using System.Runtime.InteropServices;

namespace Detente.Nlp.Language;

/// <summary>
/// Training-time weights of a multiclass averaged perceptron. Features are the keys counted at least
/// <c>minCount</c> times in a first pass (rarer ones are ignored), so no two features share weights. Averaging
/// uses the running-sum trick: each update also adds <c>time * delta</c> to a second table, and the average is
/// <c>w - sum / time</c>.
/// </summary>
public sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _rows;
    private readonly ulong[] _keys;
    private readonly float[] _weights;
    private readonly double[] _timed;
    private long _time = 1;

    /// <summary>Creates an empty model over the features of <paramref name="counts"/> seen at least <paramref name="minCount"/> times.</summary>
    public AveragedPerceptron(int classes, Dictionary<ulong, int> counts, int minCount)
    {
        Classes = classes;
        _keys = [.. counts.Where(p => p.Value >= minCount).Select(p => p.Key).Order()];
        _rows = new Dictionary<ulong, int>(_keys.Length);
        for (int i = 0; i < _keys.Length; i++)
        {
            _rows[_keys[i]] = i;
        }

        _weights = new float[(long)_keys.Length * classes];
        _timed = new double[_weights.Length];
    }

    /// <summary>Number of classes.</summary>
    public int Classes { get; }

    /// <summary>Number of features with weights.</summary>
    public int Features => _keys.Length;

    /// <summary>Maps feature keys to rows (-1 for features without weights).</summary>
    public void Rows(ReadOnlySpan<ulong> features, Span<int> rows)
    {
        for (int i = 0; i < features.Length; i++)
        {
            rows[i] = _rows.TryGetValue(features[i], out var r) ? r : -1;
        }
    }

    /// <summary>Scores every class with the current (not averaged) weights.</summary>
    public void Score(ReadOnlySpan<int> rows, Span<float> scores)
    {
        scores.Clear();
        var w = _weights.AsSpan();
        foreach (var row in rows)
        {
            if (row >= 0)
            {
                AddRow(w.Slice(row * Classes, Classes), scores);
            }
        }
    }

    /// <summary>Marks one training example seen (the clock of the average).</summary>
    public void Tick() => _time++;

    /// <summary>Rewards <paramref name="truth"/> and penalises <paramref name="guess"/> on the given rows.</summary>
    public void Update(ReadOnlySpan<int> rows, int truth, int guess)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (var r in rows)
        {
            if (r >= 0)
            {
                long row = (long)r * Classes;
                Add(row + truth, 1f);
                Add(row + guess, -1f);
            }
        }
    }

    private static void AddRow(ReadOnlySpan<float> row, Span<float> scores)
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

    private void Add(long i, float delta)
    {
        _weights[i] += delta;
        _timed[i] += _time * (double)delta;
    }

    /// <summary>
    /// The averaged model; weights with magnitude below <paramref name="prune"/> are dropped, and rows left
    /// empty are not stored.
    /// </summary>
    public LinearModel Average(float prune)
    {
        var keys = new List<ulong>();
        var kept = new List<float>();
        var row = new float[Classes];
        for (int r = 0; r < _keys.Length; r++)
        {
            bool any = false;
            for (int k = 0; k < Classes; k++)
            {
                long i = ((long)r * Classes) + k;
                float avg = (float)(Half)(float)(_weights[i] - (_timed[i] / _time));
                row[k] = Math.Abs(avg) < prune ? 0f : avg;
                any |= row[k] != 0;
            }

            if (any)
            {
                keys.Add(_keys[r]);
                kept.AddRange(row);
            }
        }

        return new LinearModel(Classes, [.. keys], [.. kept]);
    }

    /// <summary>Adds one to the count of each of <paramref name="features"/>.</summary>
    public static void Count(Dictionary<ulong, int> counts, ReadOnlySpan<ulong> features)
    {
        foreach (var f in features)
        {
            counts[f] = counts.GetValueOrDefault(f) + 1;
        }
    }
}
