namespace Detente.Nlp.Language;

/// <summary>
/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): for any configuration, how many gold
/// arcs each transition makes unreachable. Gold heads use the word count as the root index.
/// </summary>
public static class ArcHybridOracle
{
    /// <summary>The cost of SHIFT, LEFT and RIGHT (int.MaxValue when the transition is not allowed).</summary>
    public static (int Shift, int Left, int Right) Costs(ParseState st, ReadOnlySpan<int> gold)
    {
        int n = st.Length, b = st.Buffer, s0 = st.Stack(0), s1 = st.Stack(1);
        int shift = int.MaxValue, left = int.MaxValue, right = int.MaxValue;
        if (st.CanDo(ParseState.Shift))
        {
            shift = 0;
            for (int i = 0; i < st.StackCount; i++)
            {
                int k = st.Stack(i);
                if (gold[b] == k && k != s0)
                {
                    shift++;
                }

                if (gold[k] == b)
                {
                    shift++;
                }
            }
        }

        if (s0 >= 0)
        {
            int dependentsInBuffer = 0;
            for (int d = b; d < n; d++)
            {
                if (gold[d] == s0)
                {
                    dependentsInBuffer++;
                }
            }

            if (st.CanDo(ParseState.Left))
            {
                left = dependentsInBuffer + (s1 >= 0 && gold[s0] == s1 ? 1 : 0) + (gold[s0] > b ? 1 : 0);
            }

            if (st.CanDo(ParseState.Right))
            {
                right = dependentsInBuffer + (gold[s0] >= b ? 1 : 0);
            }
        }

        return (shift, left, right);
    }
}
