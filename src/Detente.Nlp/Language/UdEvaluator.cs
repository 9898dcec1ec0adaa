namespace Detente.Nlp.Language;

/// <summary>Scores system analyses against gold CoNLL-U sentences (gold tokens, or raw text aligned by character spans).</summary>
public static class UdEvaluator
{
    /// <summary>Scores <paramref name="system"/> against <paramref name="gold"/>, which must have the same words.</summary>
    /// <exception cref="ArgumentException">The two do not have the same sentences and words.</exception>
    public static UdScores Evaluate(IReadOnlyList<ConlluSentence> gold, IReadOnlyList<SentenceAnalysis> system)
    {
        if (gold.Count != system.Count)
        {
            throw new ArgumentException("gold and system sentence counts differ", nameof(system));
        }

        int words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, lasFull = 0, tokens = 0;
        for (int s = 0; s < gold.Count; s++)
        {
            var g = gold[s];
            var p = system[s];
            if (p.Heads.Length != g.Length)
            {
                throw new ArgumentException($"sentence {s + 1}: {g.Length} gold words, {p.Heads.Length} system words", nameof(system));
            }

            tokens += g.Tokens.Length;
            for (int i = 0; i < g.Length; i++)
            {
                words++;
                upos += g.Upos[i] == p.Upos[i] ? 1 : 0;
                xpos += g.Xpos[i] == p.Xpos[i] ? 1 : 0;
                lemma += g.Lemmas[i] == p.Lemmas[i] ? 1 : 0;
                if (g.Heads[i] == p.Heads[i])
                {
                    uas++;
                    las += Universal(g.Relations[i]).SequenceEqual(Universal(p.Relations[i])) ? 1 : 0;
                    lasFull += g.Relations[i] == p.Relations[i] ? 1 : 0;
                }
            }
        }

        return new UdScores
        {
            GoldWords = words, SystemWords = words, AlignedWords = words,
            Upos = upos, Xpos = xpos, Lemma = lemma, Uas = uas, Las = las, LasFull = lasFull,
            GoldTokens = tokens, SystemTokens = tokens, MatchedTokens = tokens,
            GoldSentences = gold.Count, SystemSentences = gold.Count, MatchedSentences = gold.Count,
        };
    }

    /// <summary>The universal part of a relation ("nsubj:pass" gives "nsubj").</summary>
    public static ReadOnlySpan<char> Universal(string relation)
    {
        int colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }
}
