namespace Detente.Nlp.Language;

/// <summary>
/// Training-time weights of a multiclass averaged perceptron over hashed features. Averaging uses the
/// running-sum trick: each update also adds <c>time * delta</c> to a second table, and the average is
/// <c>w - sum / time</c>.
/// </summary>
public sealed class AveragedPerceptron
{
    private readonly float[] _weights;
    private readonly double[] _timed;
    private readonly int _shift;
    private long _time = 1;

    /// <summary>Creates an empty model with 2^<paramref name="bits"/> rows of <paramref name="classes"/> weights.</summary>
    public AveragedPerceptron(int classes, int bits)
    {
        Classes = classes;
        Bits = bits;
        _shift = 64 - bits;
        _weights = new float[(1L << bits) * classes];
        _timed = new double[_weights.Length];
    }

    /// <summary>Number of classes.</summary>
    public int Classes { get; }

    /// <summary>Row bits.</summary>
    public int Bits { get; }

    /// <summary>Scores every class for <paramref name="features"/> with the current (not averaged) weights.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var w = _weights.AsSpan();
        foreach (var f in features)
        {
            int row = (int)(f >> _shift);
            LinearModel.AddRow(w.Slice(row * Classes, Classes), scores);
        }
    }

    /// <summary>Marks one training example seen (the clock of the average).</summary>
    public void Tick() => _time++;

    /// <summary>Rewards <paramref name="truth"/> and penalises <paramref name="guess"/> on <paramref name="features"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (var f in features)
        {
            long row = (long)(f >> _shift) * Classes;
            Add(row + truth, 1f);
            Add(row + guess, -1f);
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
        int rows = 1 << Bits;
        var index = new int[rows];
        var kept = new List<float>();
        var row = new float[Classes];
        int count = 0;
        for (int r = 0; r < rows; r++)
        {
            bool any = false;
            for (int k = 0; k < Classes; k++)
            {
                long i = ((long)r * Classes) + k;
                float avg = (float)(_weights[i] - (_timed[i] / _time));
                avg = (float)(Half)avg;
                row[k] = Math.Abs(avg) < prune ? 0f : avg;
                any |= row[k] != 0;
            }

            if (any)
            {
                index[r] = count++;
                kept.AddRange(row);
            }
            else
            {
                index[r] = -1;
            }
        }

        return new LinearModel(Classes, Bits, index, [.. kept]);
    }
}
