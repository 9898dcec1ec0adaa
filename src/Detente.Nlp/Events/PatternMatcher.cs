namespace Detente.Nlp.Events;

/// <summary>Matches a PETRARCH-2 verb pattern against the words around a verb in the parse.</summary>
internal static class PatternMatcher
{
    /// <summary>
    /// True when every word the pattern needs after the verb is in the verb's phrase after it (subjects excluded),
    /// and every word it needs before the verb is earlier in the sentence.
    /// </summary>
    public static bool Matches(SentenceGraph g, int verb, VerbPattern pattern)
    {
        var words = g.Words;
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var a in pattern.Anchors)
        {
            if (!words.Contains(a) && !(a.Length >= 5 && lookup.Contains(a.AsSpan(0, 5))))
            {
                return false;
            }
        }

        foreach (var slot in pattern.After)
        {
            if (!Any(g, slot, verb + 1, g.End, verb))
            {
                return false;
            }
        }

        foreach (var slot in pattern.Before)
        {
            if (!Any(g, slot, g.First, verb, -1))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Any(SentenceGraph g, string[] alternatives, int from, int to, int root)
    {
        for (int j = from; j < to; j++)
        {
            foreach (var alt in alternatives)
            {
                if (MatchesAt(g, alt, j, to) && (root < 0 || InPhrase(g, j, root)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool InPhrase(SentenceGraph g, int j, int verb)
    {
        while (j >= 0 && j != verb)
        {
            int h = g.Head(j);
            if (h == verb)
            {
                return !g.BaseRel(j).StartsWith("nsubj") && !g.BaseRel(j).SequenceEqual("ccomp") && !g.BaseRel(j).SequenceEqual("parataxis");
            }

            j = h;
        }

        return j == verb;
    }

    private static bool MatchesAt(SentenceGraph g, string word, int j, int to)
    {
        int start = 0;
        while (true)
        {
            int us = word.IndexOf('_', start);
            var part = us < 0 ? word.AsSpan(start) : word.AsSpan(start, us - start);
            if (j >= to || !Word(g, part, j))
            {
                return false;
            }

            if (us < 0)
            {
                return true;
            }

            start = us + 1;
            j++;
        }
    }

    private static bool Word(SentenceGraph g, ReadOnlySpan<char> w, int j)
    {
        if (w.Length == 0)
        {
            return true;
        }

        var form = g.Form(j);
        return form.AsSpan().SequenceEqual(w) || g.Lemma(j).AsSpan().SequenceEqual(w) || (w.Length >= 5 && form.AsSpan().StartsWith(w));
    }
}
