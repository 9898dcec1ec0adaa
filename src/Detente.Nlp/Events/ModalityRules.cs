using System.Collections.Frozen;
using Detente.Core.Model;

namespace Detente.Nlp.Events;

/// <summary>Decides the modality of a predicate from its own markers and the clauses that embed it.</summary>
internal sealed class ModalityRules
{
    private static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet(["not", "n't", "never", "no", "neither", "nor"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> FutureAux = FrozenSet.ToFrozenSet(["will", "shall", "'ll", "wo"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> HypotheticalAux = FrozenSet.ToFrozenSet(["would", "could", "might", "may", "'d", "should"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> ConditionMarks = FrozenSet.ToFrozenSet(["if", "unless", "whether"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> DenialVerbs = FrozenSet.ToFrozenSet(["deny", "refute", "dismiss", "reject"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> BeliefVerbs = FrozenSet.ToFrozenSet(["think", "believe", "hope", "fear", "expect", "suspect", "suggest", "doubt", "consider", "want", "wish"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Aspectual = FrozenSet.ToFrozenSet(["begin", "start", "continue", "resume", "manage", "keep", "go", "come", "help", "be", "have"], StringComparer.Ordinal);

    private readonly PredicateLexicon _lexicon;
    private readonly Func<string, bool> _isSpeech;

    public ModalityRules(PredicateLexicon lexicon, Func<string, bool> isSpeech)
    {
        _lexicon = lexicon;
        _isSpeech = isSpeech;
    }

    /// <summary>The modality of predicate <paramref name="p"/> and the words that decided it.</summary>
    public (Modality Modality, string Why) Of(SentenceGraph g, int p)
    {
        var (own, ownWhy) = Own(g, p);
        var (outer, outerWhy) = Embedding(g, p, 0);
        if (outer == Modality.Denied)
        {
            return (outer, outerWhy);
        }

        if (own != Modality.Asserted)
        {
            return (own, ownWhy);
        }

        return (outer, outerWhy);
    }

    /// <summary>Markers on the predicate itself: negation, modal auxiliaries, conditional marks.</summary>
    public (Modality, string) Own(SentenceGraph g, int p)
    {
        Modality found = Modality.Asserted;
        string why = string.Empty;
        foreach (var c in g.Children(p))
        {
            var rel = g.BaseRel(c);
            var lemma = g.Lemma(c);
            var form = g.Form(c);
            if ((rel is "advmod" or "det" or "neg" or "cc:preconj") && (Negators.Contains(form) || Negators.Contains(lemma)))
            {
                return (Modality.Negated, "negated by '" + form + "'");
            }

            if (rel is "aux")
            {
                if (FutureAux.Contains(form) || FutureAux.Contains(lemma))
                {
                    (found, why) = Pick(found, why, Modality.Future, "future '" + form + "'");
                }
                else if (HypotheticalAux.Contains(form))
                {
                    (found, why) = Pick(found, why, Modality.Hypothetical, "hypothetical '" + form + "'");
                }
            }

            if (rel is "mark" && ConditionMarks.Contains(lemma))
            {
                (found, why) = Pick(found, why, Modality.Hypothetical, "condition '" + form + "'");
            }

            if (rel is "parataxis" && _isSpeech(g.Lemma(c)) && found == Modality.Asserted)
            {
                (found, why) = (Modality.Reported, "reported by '" + form + "'");
            }

            if (rel is "obl" && g.CaseOf(c) is { } cs && cs.StartsWith("accord", StringComparison.Ordinal) && found == Modality.Asserted)
            {
                (found, why) = (Modality.Reported, "according to a source");
            }
        }

        return (found, why);
    }

    private (Modality, string) Embedding(SentenceGraph g, int p, int depth)
    {
        int h = g.Head(p);
        if (h < 0 || depth > 6)
        {
            return (Modality.Asserted, string.Empty);
        }

        var rel = g.BaseRel(p);
        var head = g.Lemma(h);
        if (rel is "xcomp")
        {
            var (hm, hw) = Of(g, h);
            if (hm is Modality.Negated or Modality.Denied or Modality.Hypothetical or Modality.Reported)
            {
                return (hm, hw + " (through '" + head + "')");
            }

            foreach (var f in _lexicon.VerbFrames(head))
            {
                if (f.Kind == "intent")
                {
                    var m = f.Code[..f.Code.IndexOf('>', StringComparison.Ordinal)] switch
                    {
                        "negated" => Modality.Negated,
                        "hypothetical" => Modality.Hypothetical,
                        _ => Modality.Future,
                    };
                    return (m, m.ToString().ToLowerInvariant() + " through '" + head + "'");
                }
            }

            return Aspectual.Contains(head) ? (hm, hw) : (Modality.Hypothetical, "complement of '" + g.Form(h) + "'");
        }

        if (rel is "ccomp")
        {
            if (DenialVerbs.Contains(head))
            {
                return (Modality.Denied, "denied by '" + g.Form(h) + "'");
            }

            if (BeliefVerbs.Contains(head))
            {
                return (Modality.Hypothetical, "belief or expectation '" + g.Form(h) + "'");
            }

            if (_isSpeech(head))
            {
                var (hm, hw) = Of(g, h);
                return hm is Modality.Denied or Modality.Negated ? (hm, hw) : (Modality.Reported, "reported by '" + g.Form(h) + "'");
            }

            return Of(g, h);
        }

        if (rel is "conj" && g.Child(p, "nsubj") < 0 && g.Child(p, "aux") < 0)
        {
            return Of(g, h);
        }

        if (rel is "conj")
        {
            return Embedding(g, h, depth + 1);
        }

        return (Modality.Asserted, string.Empty);
    }

    private static (Modality, string) Pick(Modality current, string currentWhy, Modality candidate, string why) =>
        Rank(candidate) > Rank(current) ? (candidate, why) : (current, currentWhy);

    private static int Rank(Modality m) => m switch
    {
        Modality.Denied => 5,
        Modality.Negated => 4,
        Modality.Hypothetical => 3,
        Modality.Future => 2,
        Modality.Reported => 1,
        _ => 0,
    };
}
