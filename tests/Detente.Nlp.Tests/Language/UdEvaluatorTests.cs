using Detente.Core.Model;
using Detente.Nlp.Language;

namespace Detente.Nlp.Tests.Language;

public sealed class UdEvaluatorTests
{
    [Fact]
    public void Labelled_attachment_compares_universal_relations_and_counts_subtypes_apart()
    {
        var gold = TreebankSamples.Read().Take(1).ToList(); // Gondor signed the treaty .
        var g = gold[0];
        var relations = (string[])g.Relations.Clone();
        relations[0] = "nsubj:pass";
        var heads = (int[])g.Heads.Clone();
        heads[2] = 1; // "the" attached to "signed" instead of "treaty"

        var scores = UdEvaluator.Evaluate(gold, [new SentenceAnalysis(g.Upos, g.Xpos, g.Lemmas, heads, relations)]);

        Assert.Equal(5, scores.GoldWords);
        Assert.Equal(4, scores.Uas);
        Assert.Equal(4, scores.Las);
        Assert.Equal(3, scores.LasFull);
        Assert.Equal(80.0, scores.F1(scores.Uas), 6);
    }

    [Fact]
    public void Raw_text_scores_align_system_tokens_to_gold_words_by_character_spans()
    {
        var gold = TreebankSamples.Read();
        var (text, _) = UdRawEvaluator.Rebuild(gold);
        Assert.StartsWith("Gondor signed the treaty. The envoy", text, StringComparison.Ordinal);

        // A system that keeps "don't" whole (one token where gold has do + n't) and gets everything else right.
        var scores = UdRawEvaluator.Evaluate(gold, t => GoldLike(gold, t, mergeDont: true));

        Assert.Equal(23, scores.GoldWords);
        Assert.Equal(22, scores.SystemWords);
        Assert.Equal(21, scores.AlignedWords);
        Assert.Equal(3, scores.MatchedSentences);
        Assert.Equal(21, scores.Upos);
    }

    [Fact]
    public void Raw_text_scores_are_perfect_for_a_system_that_reproduces_the_gold_analysis()
    {
        var gold = TreebankSamples.Read();

        var scores = UdRawEvaluator.Evaluate(gold, t => GoldLike(gold, t, mergeDont: false));

        Assert.Equal(100.0, scores.F1(scores.Las), 6);
        Assert.Equal(100.0, UdScores.F1(scores.MatchedSentences, scores.GoldSentences, scores.SystemSentences), 6);
    }

    /// <summary>A document of <paramref name="text"/> carrying the gold analysis, found by scanning the gold words in order.</summary>
    private static Document GoldLike(List<ConlluSentence> gold, string text, bool mergeDont)
    {
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        int offset = 0;
        foreach (var s in gold)
        {
            int first = tokens.Count;
            var index = new int[s.Length];
            for (int i = 0; i < s.Length; i++)
            {
                if (mergeDont && s.Forms[i] == "n't")
                {
                    index[i] = tokens.Count - 1;
                    var prev = tokens[^1];
                    tokens[^1] = prev with { Range = new TextRange(prev.Range.Start, prev.Range.End + 3) };
                    offset += 3;
                    continue;
                }

                int start = text.IndexOf(s.Forms[i], offset, StringComparison.Ordinal);
                offset = start + s.Forms[i].Length;
                index[i] = tokens.Count;
                tokens.Add(new Token(new TextRange(start, offset), s.Forms[i]) { Upos = s.Upos[i], Xpos = s.Xpos[i], Lemma = s.Lemmas[i], Relation = s.Relations[i] });
            }

            for (int i = 0; i < s.Length; i++)
            {
                if (!(mergeDont && s.Forms[i] == "n't"))
                {
                    tokens[index[i]] = tokens[index[i]] with { Head = s.Heads[i] < 0 ? -1 : index[s.Heads[i]] };
                }
            }

            sentences.Add(new Sentence(new TextRange(tokens[first].Range.Start, tokens[^1].Range.End), first, tokens.Count - first));
        }

        return new Document(new Article("gold", text)) { Tokens = [.. tokens], Sentences = [.. sentences] };
    }
}
