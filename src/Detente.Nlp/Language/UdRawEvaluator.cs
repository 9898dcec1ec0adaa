using System.Text;
using Detente.Core.Model;

namespace Detente.Nlp.Language;

/// <summary>
/// Scores a full analysis from raw text against gold CoNLL-U, as the CoNLL 2018 shared-task scorer does: the
/// gold text is rebuilt from its tokens, the system segments it, and words are aligned by character spans.
/// Tokens and sentences are scored by exact span; word metrics count only aligned words and are F1 over gold and
/// system word counts; a head is right when it is aligned to the gold head.
/// </summary>
public static class UdRawEvaluator
{
    /// <summary>The text rebuilt from <paramref name="gold"/>, with the span of every surface token.</summary>
    public static (string Text, TextRange[][] TokenRanges) Rebuild(IReadOnlyList<ConlluSentence> gold)
    {
        var sb = new StringBuilder();
        var ranges = new TextRange[gold.Count][];
        for (int s = 0; s < gold.Count; s++)
        {
            var sentence = gold[s];
            if (s > 0)
            {
                sb.Append(sentence.NewDocument || sentence.NewParagraph ? "\n\n" : " ");
            }

            ranges[s] = new TextRange[sentence.Tokens.Length];
            for (int t = 0; t < sentence.Tokens.Length; t++)
            {
                var token = sentence.Tokens[t];
                int start = sb.Length;
                sb.Append(token.Form);
                ranges[s][t] = new TextRange(start, sb.Length);
                if (token.SpaceAfter && t < sentence.Tokens.Length - 1)
                {
                    sb.Append(' ');
                }
            }
        }

        return (sb.ToString(), ranges);
    }

    /// <summary>Scores <paramref name="analyze"/> (raw text to an analysed document) on <paramref name="gold"/>.</summary>
    public static UdScores Evaluate(IReadOnlyList<ConlluSentence> gold, Func<string, Document> analyze)
    {
        var (text, tokenRanges) = Rebuild(gold);
        var doc = analyze(text);
        return Score(gold, tokenRanges, doc);
    }

    /// <summary>Scores an analysed document of the rebuilt text.</summary>
    public static UdScores Score(IReadOnlyList<ConlluSentence> gold, TextRange[][] tokenRanges, Document doc)
    {
        // Gold words in document order with their global heads.
        var goldHeads = new List<int>();
        var goldWords = new List<(ConlluSentence Sentence, int Word)>();
        var goldTokenSpans = new Dictionary<TextRange, (int FirstWord, int Count)>();
        var goldSentenceSpans = new HashSet<TextRange>();
        for (int s = 0; s < gold.Count; s++)
        {
            var g = gold[s];
            int offset = goldWords.Count;
            for (int i = 0; i < g.Length; i++)
            {
                goldWords.Add((g, i));
                goldHeads.Add(g.Heads[i] < 0 ? -1 : offset + g.Heads[i]);
            }

            for (int t = 0; t < g.Tokens.Length; t++)
            {
                goldTokenSpans[tokenRanges[s][t]] = (offset + g.Tokens[t].FirstWord, g.Tokens[t].WordCount);
            }

            goldSentenceSpans.Add(new TextRange(tokenRanges[s][0].Start, tokenRanges[s][^1].End));
        }

        // Align system tokens (each one word) to gold words.
        var tokens = doc.Tokens;
        var alignment = new int[tokens.Length];
        Array.Fill(alignment, -1);
        int matchedTokens = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (goldTokenSpans.TryGetValue(tokens[i].Range, out var g))
            {
                matchedTokens++;
                if (g.Count == 1)
                {
                    alignment[i] = g.FirstWord;
                }
            }
        }

        AlignMultiwordTokens(tokens, goldTokenSpans, alignment);
        var reverse = new Dictionary<int, int>();
        for (int i = 0; i < alignment.Length; i++)
        {
            if (alignment[i] >= 0)
            {
                reverse[alignment[i]] = i;
            }
        }

        int aligned = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, lasFull = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            int gi = alignment[i];
            if (gi < 0)
            {
                continue;
            }

            aligned++;
            var (gs, gw) = goldWords[gi];
            var t = tokens[i];
            upos += t.Upos == gs.Upos[gw] ? 1 : 0;
            xpos += t.Xpos == gs.Xpos[gw] ? 1 : 0;
            lemma += t.Lemma == gs.Lemmas[gw] ? 1 : 0;
            int systemHead = t.Head < 0 ? -1 : alignment[t.Head];
            bool headRight = t.Head < 0 ? goldHeads[gi] < 0 : systemHead >= 0 && systemHead == goldHeads[gi];
            if (headRight)
            {
                uas++;
                if (t.Relation is { } rel)
                {
                    las += UdEvaluator.Universal(rel).SequenceEqual(UdEvaluator.Universal(gs.Relations[gw])) ? 1 : 0;
                    lasFull += rel == gs.Relations[gw] ? 1 : 0;
                }
            }
        }

        int matchedSentences = 0;
        foreach (var s in doc.Sentences)
        {
            if (s.TokenCount > 0 && goldSentenceSpans.Contains(new TextRange(tokens[s.FirstToken].Range.Start, tokens[s.EndToken - 1].Range.End)))
            {
                matchedSentences++;
            }
        }

        return new UdScores
        {
            GoldWords = goldWords.Count, SystemWords = tokens.Length, AlignedWords = aligned,
            Upos = upos, Xpos = xpos, Lemma = lemma, Uas = uas, Las = las, LasFull = lasFull,
            GoldTokens = goldTokenSpans.Count, SystemTokens = tokens.Length, MatchedTokens = matchedTokens,
            GoldSentences = gold.Count, SystemSentences = doc.Sentences.Length, MatchedSentences = matchedSentences,
        };
    }

    private static void AlignMultiwordTokens(
        System.Collections.Immutable.ImmutableArray<Token> tokens,
        Dictionary<TextRange, (int FirstWord, int Count)> goldTokenSpans,
        int[] alignment)
    {
        // A gold multiword token ("gonna" = gon + na) aligns word by word when system tokens tile its span exactly.
        var multiword = goldTokenSpans.Where(p => p.Value.Count > 1).ToDictionary(p => p.Key.Start, p => (Span: p.Key, Gold: p.Value));
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!multiword.TryGetValue(tokens[i].Range.Start, out var m))
            {
                continue;
            }

            int j = i;
            while (j < tokens.Length && tokens[j].Range.End <= m.Span.End)
            {
                j++;
            }

            if (j - i == m.Gold.Count && tokens[j - 1].Range.End == m.Span.End)
            {
                for (int k = 0; k < m.Gold.Count; k++)
                {
                    alignment[i + k] = m.Gold.FirstWord + k;
                }
            }
        }
    }
}
