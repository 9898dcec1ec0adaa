using Detente.Core.Model;

namespace Detente.Nlp.Temporal.Evaluation;

/// <summary>
/// TempEval-3 style counts for time expressions: strict (exact) and relaxed (overlapping) extent matches, and
/// the value and type agreement on relaxed matches. Add documents with <see cref="Add"/>; read the figures.
/// </summary>
public sealed class TimexScore
{
    /// <summary>Gold expressions seen.</summary>
    public int Gold { get; private set; }

    /// <summary>System expressions seen.</summary>
    public int System { get; private set; }

    /// <summary>System expressions with exactly the gold extent.</summary>
    public int Strict { get; private set; }

    /// <summary>System expressions overlapping a gold one (one-to-one).</summary>
    public int Relaxed { get; private set; }

    /// <summary>Relaxed matches with the gold value.</summary>
    public int ValueCorrect { get; private set; }

    /// <summary>Relaxed matches with the gold type.</summary>
    public int TypeCorrect { get; private set; }

    /// <summary>Strict extent F1 in percent.</summary>
    public double StrictF1 => F1(Strict);

    /// <summary>Relaxed extent F1 in percent.</summary>
    public double RelaxedF1 => F1(Relaxed);

    /// <summary>Value F1 in percent: value-correct matches over system and over gold expressions.</summary>
    public double ValueF1 => F1(ValueCorrect);

    /// <summary>Type F1 in percent.</summary>
    public double TypeF1 => F1(TypeCorrect);

    /// <summary>Type accuracy on relaxed matches, in percent.</summary>
    public double TypeAccuracy => Relaxed == 0 ? 0 : 100.0 * TypeCorrect / Relaxed;

    /// <summary>Value accuracy on relaxed matches, in percent.</summary>
    public double ValueAccuracy => Relaxed == 0 ? 0 : 100.0 * ValueCorrect / Relaxed;

    /// <summary>Precision of relaxed extents in percent.</summary>
    public double RelaxedPrecision => System == 0 ? 0 : 100.0 * Relaxed / System;

    /// <summary>Recall of relaxed extents in percent.</summary>
    public double RelaxedRecall => Gold == 0 ? 0 : 100.0 * Relaxed / Gold;

    /// <summary>
    /// Scores one document; calls <paramref name="onPair"/> for each gold/system pairing (either side may be null)
    /// so callers can list errors.
    /// </summary>
    public void Add(IReadOnlyList<TimeExpression> gold, IReadOnlyList<TimeExpression> system, Action<TimeExpression?, TimeExpression?>? onPair = null)
    {
        Gold += gold.Count;
        System += system.Count;
        var used = new bool[system.Count];
        foreach (var g in gold)
        {
            int best = -1;
            for (int i = 0; i < system.Count; i++)
            {
                if (!used[i] && system[i].Range.Overlaps(g.Range) && (best < 0 || system[i].Range == g.Range))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                onPair?.Invoke(g, null);
                continue;
            }

            used[best] = true;
            var s = system[best];
            Relaxed++;
            Strict += s.Range == g.Range ? 1 : 0;
            ValueCorrect += string.Equals(s.Value, g.Value, StringComparison.Ordinal) ? 1 : 0;
            TypeCorrect += s.Type == g.Type ? 1 : 0;
            onPair?.Invoke(g, s);
        }

        for (int i = 0; i < system.Count; i++)
        {
            if (!used[i])
            {
                onPair?.Invoke(null, system[i]);
            }
        }
    }

    private double F1(int correct)
    {
        if (correct == 0)
        {
            return 0;
        }

        double p = (double)correct / System, r = (double)correct / Gold;
        return 100.0 * 2 * p * r / (p + r);
    }
}
