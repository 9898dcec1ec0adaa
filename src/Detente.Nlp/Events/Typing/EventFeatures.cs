using Detente.Core.Model;
using Detente.Nlp.Language;

namespace Detente.Nlp.Events.Typing;

/// <summary>
/// The features the PLOVER typer reads for one event: what the rules proposed (code, root, type, kind of rule), the
/// predicate and its dependents, the words on the dependency path between source and target and between them in
/// the text, how each argument attaches, the modality, and the sentence's content lemmas. Hashed into 64-bit keys.
/// </summary>
internal static class EventFeatures
{
    private const int Bias = 1, RuleCode = 2, RuleRoot = 3, RuleType = 4, RuleKind = 5, TriggerLemma = 6, TriggerRoot = 7,
        TriggerPos = 8, TriggerChild = 9, TriggerHead = 10, ModalityKey = 11, Bag = 12, Between = 13, PathLemma = 14,
        PathRels = 15, Lca = 16, TargetAttach = 17, SourceAttach = 18, TargetPrep = 19, TargetNoun = 20, SourceNoun = 21,
        TriggerPrev = 22, TriggerNext = 23, GrandChild = 24, NoTarget = 25, TriggerForm = 26;

    /// <summary>The most features one event can produce.</summary>
    public const int Max = 512;

    /// <summary>
    /// Writes the features into <paramref name="into"/> and returns their number. <paramref name="trigger"/>, <paramref name="source"/>
    /// and <paramref name="target"/> are document token indices (-1 when absent); <paramref name="rule"/> is the rules' event, if any.
    /// </summary>
    public static int Extract(SentenceGraph g, int trigger, int source, int target, PoliticalEvent? rule, Span<ulong> into)
    {
        int n = 0;
        into[n++] = FeatureHash.Key(Bias, 1);
        if (rule is not null)
        {
            into[n++] = FeatureHash.Key(RuleCode, FeatureHash.Of(rule.Cameo));
            into[n++] = FeatureHash.Key(RuleRoot, FeatureHash.Of(rule.Cameo.AsSpan(0, 2)));
            into[n++] = FeatureHash.Key(RuleType, FeatureHash.Of(rule.Plover));
            into[n++] = FeatureHash.Key(RuleKind, FeatureHash.Of(KindOf(rule.Rule)));
            into[n++] = FeatureHash.Key(ModalityKey, (ulong)rule.Modality);
        }
        else
        {
            into[n++] = FeatureHash.Key(RuleKind, FeatureHash.Of("none"));
        }

        if (trigger >= 0)
        {
            var lemma = FeatureHash.Of(g.Lemma(trigger));
            into[n++] = FeatureHash.Key(TriggerLemma, lemma);
            into[n++] = FeatureHash.Key(TriggerForm, FeatureHash.Of(g.Form(trigger)));
            into[n++] = FeatureHash.Key(TriggerPos, FeatureHash.Of(g[trigger].Upos));
            if (rule is not null)
            {
                into[n++] = FeatureHash.Key(TriggerRoot, lemma, FeatureHash.Of(rule.Cameo.AsSpan(0, 2)));
            }

            int h = g.Head(trigger);
            into[n++] = FeatureHash.Key(TriggerHead, h < 0 ? FeatureHash.Root : FeatureHash.Of(g.Lemma(h)), FeatureHash.Of(g.Rel(trigger)));
            into[n++] = FeatureHash.Key(TriggerPrev, trigger > g.First ? FeatureHash.Of(g.Lemma(trigger - 1)) : FeatureHash.None, lemma);
            into[n++] = FeatureHash.Key(TriggerNext, lemma, trigger + 1 < g.End ? FeatureHash.Of(g.Lemma(trigger + 1)) : FeatureHash.None);
            foreach (var c in g.Children(trigger))
            {
                if (g.Rel(c) is "punct" or "det" || n >= Max - 40)
                {
                    continue;
                }

                var rel = FeatureHash.Of(g.Rel(c));
                into[n++] = FeatureHash.Key(TriggerChild, rel, FeatureHash.Of(g.Lemma(c)));
                foreach (var cc in g.Children(c))
                {
                    if (g.BaseRel(cc) is "obj" or "obl" or "nmod" or "xcomp" or "case" or "compound" or "amod" && n < Max - 40)
                    {
                        into[n++] = FeatureHash.Key(GrandChild, rel, FeatureHash.Of(g.Lemma(cc)));
                    }
                }
            }
        }

        if (target < 0)
        {
            into[n++] = FeatureHash.Key(NoTarget, 1);
        }

        n = Attachment(g, source, SourceAttach, SourceNoun, into, n);
        n = Attachment(g, target, TargetAttach, TargetNoun, into, n);
        if (target >= 0 && g.CaseOf(target) is { } prep)
        {
            into[n++] = FeatureHash.Key(TargetPrep, FeatureHash.Of(prep), trigger >= 0 ? FeatureHash.Of(g.Lemma(trigger)) : FeatureHash.None);
            into[n++] = FeatureHash.Key(TargetPrep, FeatureHash.Of(prep));
        }

        if (source >= 0 && target >= 0)
        {
            n = Path(g, source, target, into, n);
            int from = Math.Min(source, target) + 1, to = Math.Max(source, target);
            for (int i = from; i < to && i - from < 12 && n < Max - 40; i++)
            {
                if (IsContent(g, i))
                {
                    into[n++] = FeatureHash.Key(Between, FeatureHash.Of(g.Lemma(i)));
                }
            }
        }

        int clause = Clause(g, trigger);
        for (int i = g.First; i < g.End && n < Max - 2; i++)
        {
            if (IsContent(g, i) && (clause < 0 || g.InSubtree(i, clause)))
            {
                into[n++] = FeatureHash.Key(Bag, FeatureHash.Of(g.Lemma(i)));
            }
        }

        return n;
    }

    /// <summary>The head token of the words in <paramref name="range"/>: the one whose head lies outside it; -1 when none.</summary>
    public static int HeadOf(SentenceGraph g, TextRange range)
    {
        int first = -1;
        for (int i = g.First; i < g.End; i++)
        {
            if (!g[i].Range.Overlaps(range))
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
            }

            int h = g.Head(i);
            if (h < 0 || !g[h].Range.Overlaps(range))
            {
                return i;
            }
        }

        return first;
    }

    /// <summary>The lowest common ancestor of two tokens, or -1.</summary>
    public static int CommonAncestor(SentenceGraph g, int a, int b)
    {
        for (int x = a, steps = 0; x >= 0 && steps <= g.End - g.First; x = g.Head(x), steps++)
        {
            if (g.InSubtree(b, x))
            {
                return x;
            }
        }

        return -1;
    }

    /// <summary>The clause the trigger belongs to: the trigger, or for a noun the verb that governs it; -1 for the whole sentence.</summary>
    private static int Clause(SentenceGraph g, int trigger)
    {
        int x = trigger;
        for (int steps = 0; x >= 0 && steps < 6 && g[x].Upos is not ("VERB" or "AUX"); steps++)
        {
            x = g.Head(x);
        }

        return x >= 0 ? x : trigger;
    }

    private static int Attachment(SentenceGraph g, int token, int attach, int noun, Span<ulong> into, int n)
    {
        if (token < 0)
        {
            return n;
        }

        int h = g.Head(token);
        into[n++] = FeatureHash.Key(attach, FeatureHash.Of(g.Rel(token)), h < 0 ? FeatureHash.Root : FeatureHash.Of(g.Lemma(h)));
        into[n++] = FeatureHash.Key(attach, FeatureHash.Of(g.Rel(token)));
        into[n++] = FeatureHash.Key(noun, FeatureHash.Of(g.Lemma(token)));
        return n;
    }

    private static int Path(SentenceGraph g, int source, int target, Span<ulong> into, int n)
    {
        int lca = CommonAncestor(g, source, target);
        if (lca < 0)
        {
            return n;
        }

        into[n++] = FeatureHash.Key(Lca, FeatureHash.Of(g.Lemma(lca)));
        ulong rels = 0;
        foreach (var start in new[] { source, target })
        {
            rels = (rels * 31) + 7;
            for (int x = start, steps = 0; x >= 0 && x != lca && steps < 8; x = g.Head(x), steps++)
            {
                rels = (rels * 31) + FeatureHash.Of(g.Rel(x));
                if (x != start && n < Max - 40)
                {
                    into[n++] = FeatureHash.Key(PathLemma, FeatureHash.Of(g.Lemma(x)));
                }
            }
        }

        into[n++] = FeatureHash.Key(PathRels, rels);
        return n;
    }

    private static bool IsContent(SentenceGraph g, int i) => g[i].Upos is "NOUN" or "VERB" or "ADJ" or "ADV" or "PART" or "AUX";

    private static string KindOf(string rule) =>
        rule.StartsWith("petrarch:", StringComparison.Ordinal) ? (rule.Contains(" verb '", StringComparison.Ordinal) ? "petrarch-verb" : "petrarch-pattern")
        : rule.Contains("intent", StringComparison.Ordinal) ? "intent" : "frame";
}
