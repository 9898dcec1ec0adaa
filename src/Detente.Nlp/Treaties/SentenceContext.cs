using System.Collections.Immutable;
using Detente.Core.Model;

namespace Detente.Nlp.Treaties;

/// <summary>What the action extractor knows about one sentence: its tokens, treaty mentions and actor mentions.</summary>
internal sealed class SentenceContext
{
    private const int PronounSentenceWindow = 2;
    private const int MaxClimb = 3;

    private readonly ImmutableArray<TreatyMention> _all;
    private readonly int _firstHere;
    private readonly List<Mention> _actors;

    public SentenceContext(Document doc, IReadOnlyList<string> forms, int sentence, TreatyMention[] here, ImmutableArray<TreatyMention> all, int firstHere, List<Mention> actors, bool parsed)
    {
        Doc = doc;
        Forms = forms;
        Sentence = sentence;
        Here = here;
        _all = all;
        _firstHere = firstHere;
        _actors = actors;
        Parsed = parsed;
    }

    public Document Doc { get; }

    public IReadOnlyList<string> Forms { get; }

    public int Sentence { get; }

    public TreatyMention[] Here { get; }

    public bool Parsed { get; }

    private Sentence Span => Doc.Sentences[Sentence];

    /// <summary>The last treaty mention before a token, in this sentence or the two before it.</summary>
    public TreatyMention? LastMentionBefore(int token)
    {
        for (int i = _firstHere + Here.Length - 1; i >= 0; i--)
        {
            var m = _all[i];
            if (m.Sentence < Sentence - PronounSentenceWindow)
            {
                break;
            }

            if (m.EndToken <= token)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The actor mention that starts at a token, or null.</summary>
    public ActorRef? ActorAt(int token)
    {
        int start = Doc.Tokens[token].Range.Start;
        var m = _actors.FirstOrDefault(a => a.Range.Start == start);
        return m is null ? null : Ref(m);
    }

    /// <summary>The actor mention that covers a token, or null.</summary>
    public ActorRef? ActorCovering(int token)
    {
        var r = Doc.Tokens[token].Range;
        var m = _actors.FirstOrDefault(a => a.Range.Contains(r));
        return m is null ? null : Ref(m);
    }

    /// <summary>The first token that starts at or after a text offset.</summary>
    public int TokenAfter(int offset)
    {
        int t = Span.FirstToken;
        while (t < Span.EndToken && Doc.Tokens[t].Range.Start < offset)
        {
            t++;
        }

        return t;
    }

    /// <summary>
    /// The nearest actor mention that ends before a token, in this sentence and outside treaty mentions; a possessor
    /// ("Trump's presidency") counts only when the token follows it closely ("Russia's suspension").
    /// </summary>
    public ActorRef? ActorBefore(int token)
    {
        int limit = Doc.Tokens[token].Range.Start;
        int floor = Span.Range.Start;
        Mention? best = null;
        foreach (var a in _actors)
        {
            if (a.Range.Start >= floor && a.Range.End <= limit && !InTreaty(a.Range) && !DistantPossessor(a, token)
                && (best is null || a.Range.Start > best.Range.Start))
            {
                best = a;
            }
        }

        return best is null ? null : Ref(best);
    }

    /// <summary>The nearest actor before a token (see <see cref="ActorBefore"/>) with the actors coordinated before it ("Russia and the United States").</summary>
    public List<ActorRef> ActorsBefore(int token, IReadOnlySet<string> links)
    {
        var list = new List<ActorRef>();
        var current = ActorBefore(token);
        while (current is not null)
        {
            list.Insert(0, current);
            int t = TokenAfter(current.Range.Start);
            bool linked = false;
            while (t > Span.FirstToken && links.Contains(Forms[t - 1]))
            {
                t--;
                linked = true;
            }

            var previous = linked ? ActorBefore(t) : null;
            current = previous is not null && TokenAfter(previous.Range.End) == t ? previous : null;
        }

        return list;
    }

    /// <summary>Actor mentions lying between two tokens.</summary>
    public IEnumerable<ActorRef> ActorsBetween(int first, int end)
    {
        if (first >= end)
        {
            yield break;
        }

        int from = Doc.Tokens[first].Range.Start, to = Doc.Tokens[end - 1].Range.End;
        foreach (var a in _actors)
        {
            if (a.Range.Start >= from && a.Range.End <= to)
            {
                yield return Ref(a);
            }
        }
    }

    /// <summary>The parties of an action word read from the dependency parse: subject, passive agent or possessor, with their conjuncts.</summary>
    public List<ActorRef> PartiesFromParse(PhraseMatch<string> cue)
    {
        var tokens = Doc.Tokens;
        int head = cue.FirstToken;
        for (int t = cue.FirstToken; t < cue.EndToken; t++)
        {
            if (tokens[t].Head < cue.FirstToken || tokens[t].Head >= cue.EndToken)
            {
                head = t;
                break;
            }
        }

        for (int climb = 0; climb <= MaxClimb && head >= 0; climb++)
        {
            int subject = -1;
            bool passive = false;
            for (int t = Span.FirstToken; t < Span.EndToken; t++)
            {
                if (tokens[t].Head != head || tokens[t].Relation is not { } rel)
                {
                    continue;
                }

                if (rel is "obl:agent" || (rel.StartsWith("obl", StringComparison.Ordinal) && HasCaseBy(t)))
                {
                    subject = t;
                    break;
                }

                if (rel.StartsWith("nsubj:pass", StringComparison.Ordinal))
                {
                    passive = true;
                }
                else if ((rel.StartsWith("nsubj", StringComparison.Ordinal) || rel == "nmod:poss") && subject < 0)
                {
                    subject = t;
                }
            }

            if (subject >= 0)
            {
                return WithConjuncts(subject);
            }

            string? relation = tokens[head].Relation;
            if (passive || relation is not ("xcomp" or "conj" or "advcl" or "ccomp") )
            {
                break;
            }

            head = tokens[head].Head;
        }

        return [];
    }

    private bool HasCaseBy(int token)
    {
        for (int t = Span.FirstToken; t < Span.EndToken; t++)
        {
            if (Doc.Tokens[t].Head == token && Doc.Tokens[t].Relation == "case" && string.Equals(Forms[t], "by", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private List<ActorRef> WithConjuncts(int token)
    {
        var list = new List<ActorRef>();
        if (ActorCovering(token) is { } first)
        {
            list.Add(first);
        }

        for (int t = Span.FirstToken; t < Span.EndToken; t++)
        {
            if (Doc.Tokens[t].Head == token && Doc.Tokens[t].Relation == "conj" && ActorCovering(t) is { } more && !list.Any(l => l.Range == more.Range))
            {
                list.Add(more);
            }
        }

        return list;
    }

    private bool DistantPossessor(Mention actor, int token)
    {
        int after = TokenAfter(actor.Range.End);
        return after < token - 2 && Forms[after] is "'s" or "’s" or "'";
    }

    private bool InTreaty(TextRange range)
    {
        foreach (var m in Here)
        {
            if (m.Range.Overlaps(range))
            {
                return true;
            }
        }

        return false;
    }

    private static ActorRef Ref(Mention m) => new(m.Text, m.Range, m.Actor);
}
