using System.Collections.Immutable;
using Detente.Core.Model;

namespace Detente.Nlp.Quotes;

/// <summary>
/// Finds attributions in a parsed sentence: a speech or cognition verb with its clausal complement
/// (ccomp, or xcomp / obj for stance verbs) as content and its subject as source; a cue verb attached as
/// parataxis ("..., Lavrov said") takes the clause it hangs from; a participle or conjoined cue ("adding",
/// "and said") shares its head's subject; "according to X" makes X the source of the clause it modifies.
/// Heads are document-level token indices (-1 for the root).
/// </summary>
internal sealed class ParseAttributor
{
    private readonly QuoteLexicon _lexicon;
    private readonly Document _doc;
    private readonly ImmutableArray<Token> _tokens;
    private readonly bool[] _inQuote;

    public ParseAttributor(QuoteLexicon lexicon, Document doc, bool[] inQuote)
    {
        _lexicon = lexicon;
        _doc = doc;
        _tokens = doc.Tokens;
        _inQuote = inQuote;
    }

    /// <summary>Adds the attributions of sentence <paramref name="si"/>; false when the sentence has no parse or the parse gives none.</summary>
    public bool Find(int si, List<Attribution> output)
    {
        var s = _doc.Sentences[si];
        int f = s.FirstToken, e = s.EndToken;
        if (!IsParsed(f, e))
        {
            return false;
        }

        int before = output.Count;
        for (int t = f; t < e; t++)
        {
            if (_inQuote[t])
            {
                continue;
            }

            var tok = _tokens[t];
            if (tok.Lemma is "according" && tok.Head >= f && tok.Head < e)
            {
                According(si, f, e, t, output);
                continue;
            }

            if (tok.Upos is not ("VERB" or "AUX") || (tok.Lemma is { } lemma ? _lexicon.VerbLemma(lemma) : _lexicon.VerbForm(tok.Form)) is not { } verb)
            {
                continue;
            }

            Verb(si, f, e, t, verb, output);
        }

        return output.Count > before;
    }

    private bool IsParsed(int f, int e)
    {
        for (int t = f; t < e; t++)
        {
            if (_tokens[t].Relation is not null)
            {
                return true;
            }
        }

        return false;
    }

    private void Verb(int si, int f, int e, int t, CueVerb verb, List<Attribution> output)
    {
        int complement = Child(f, e, t, "ccomp");
        if (complement < 0 && (verb.Flags & CueFlags.Clausal) == 0)
        {
            complement = Child(f, e, t, "xcomp");
            if (complement < 0 && (verb.Flags & CueFlags.Speech) == 0)
            {
                complement = Child(f, e, t, "obj");
            }
        }

        TextRange? content = null;
        string rule;
        if (complement >= 0)
        {
            content = Subtree(f, e, complement, exclude: -1);
            rule = "parse:complement";
        }
        else if (_tokens[t].Relation is "parataxis" or "ccomp" && _tokens[t].Head >= f && _tokens[t].Head < t)
        {
            // "Ties are unlikely to improve, Lavrov told CBS": the clause the cue hangs from is the content.
            content = Subtree(f, e, _tokens[t].Head, exclude: t, before: t);
            rule = "parse:parataxis";
        }
        else
        {
            return;
        }

        int subject = Child(f, e, t, "nsubj");
        int owner = t;
        for (int hop = 0; subject < 0 && hop < 3 && _tokens[owner].Relation is "conj" or "advcl" or "xcomp" && _tokens[owner].Head >= f; hop++)
        {
            // "..., adding that", "and said": the subject of the verb this one hangs from.
            owner = _tokens[owner].Head;
            subject = Child(f, e, owner, "nsubj");
        }

        if (content is null)
        {
            return;
        }

        output.Add(new Attribution
        {
            Sentence = si,
            Cue = CueGroup(f, e, t),
            Source = subject >= 0 ? Subtree(f, e, subject, exclude: -1) : null,
            Content = content,
            Speech = (verb.Flags & CueFlags.Speech) != 0,
            Rule = rule,
        });
    }

    private void According(int si, int f, int e, int t, List<Attribution> output)
    {
        int source = _tokens[t].Head;
        int clause = _tokens[source].Head;
        if (clause < f || clause >= e)
        {
            return;
        }

        int to = t + 1 < e && _tokens[t + 1].Form.Equals("to", StringComparison.OrdinalIgnoreCase) ? t + 1 : t;
        var sourceRange = Subtree(f, e, source, exclude: -1);
        output.Add(new Attribution
        {
            Sentence = si,
            Cue = new TextRange(_tokens[t].Range.Start, _tokens[to].Range.End),
            Source = sourceRange is { } r ? new TextRange(Math.Max(r.Start, _tokens[to].Range.End + 1), r.End) : null,
            Content = Subtree(f, e, clause, exclude: source),
            Speech = true,
            Rule = "parse:according-to",
        });
    }

    private int Child(int f, int e, int head, string relation)
    {
        for (int i = f; i < e; i++)
        {
            var rel = _tokens[i].Relation;
            if (_tokens[i].Head == head && rel is not null && (rel == relation || rel.StartsWith(relation + ":", StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    // The verb with its auxiliaries, negation, adverbs and particle next to it ("has also said", "pointed out").
    private TextRange CueGroup(int f, int e, int t)
    {
        int l = t, r = t;
        for (int i = t - 1; i >= f && _tokens[i].Head == t && _tokens[i].Relation is "aux" or "advmod" or "neg" or "aux:pass"; i--)
        {
            l = i;
        }

        for (int i = t + 1; i < e && _tokens[i].Head == t && _tokens[i].Relation is "compound:prt"; i++)
        {
            r = i;
        }

        return new TextRange(_tokens[l].Range.Start, _tokens[r].Range.End);
    }

    // The span of the tokens under `root`, leaving out the subtree of `exclude` and, when `before` is given,
    // anything from it on; punctuation at the edges is dropped.
    private TextRange? Subtree(int f, int e, int root, int exclude, int before = int.MaxValue)
    {
        int lo = -1, hi = -1;
        for (int i = f; i < e && i < before; i++)
        {
            if (Under(i, root, f, e) && (exclude < 0 || !Under(i, exclude, f, e)))
            {
                lo = lo < 0 ? i : lo;
                hi = i;
            }
        }

        while (lo >= 0 && lo <= hi && SentenceWords.IsPunct(_tokens[lo]) && !SentenceWords.IsQuoteMark(_tokens[lo]))
        {
            lo++;
        }

        while (hi >= lo && lo >= 0 && SentenceWords.IsPunct(_tokens[hi]) && !SentenceWords.IsQuoteMark(_tokens[hi]))
        {
            hi--;
        }

        return lo >= 0 && hi >= lo ? new TextRange(_tokens[lo].Range.Start, _tokens[hi].Range.End) : null;
    }

    private bool Under(int i, int root, int f, int e)
    {
        for (int hop = 0; hop < e - f + 1; hop++)
        {
            if (i == root)
            {
                return true;
            }

            i = _tokens[i].Head;
            if (i < f || i >= e)
            {
                return false;
            }
        }

        return false;
    }
}
