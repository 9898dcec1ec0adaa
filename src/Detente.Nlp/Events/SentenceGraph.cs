using Detente.Core.Model;

namespace Detente.Nlp.Events;

/// <summary>One sentence's dependency tree with child lists and the actor mention under each token.</summary>
internal sealed class SentenceGraph
{
    private readonly int[] _childStart;
    private readonly int[] _children;
    private readonly int[] _mentionAt;
    private readonly string[] _lemmas;
    private readonly string[] _forms;
    private HashSet<string>? _words;

    public SentenceGraph(Document doc, int sentence)
    {
        Doc = doc;
        Index = sentence;
        var s = doc.Sentences[sentence];
        First = s.FirstToken;
        End = s.EndToken;
        int n = End - First;
        var tokens = doc.Tokens;
        _childStart = new int[n + 1];
        for (int i = First; i < End; i++)
        {
            int h = tokens[i].Head;
            if (h >= First && h < End)
            {
                _childStart[h - First + 1]++;
            }
        }

        for (int k = 0; k < n; k++)
        {
            _childStart[k + 1] += _childStart[k];
        }

        _children = new int[_childStart[n]];
        var fill = new int[n];
        for (int i = First; i < End; i++)
        {
            int h = tokens[i].Head;
            if (h >= First && h < End)
            {
                int k = h - First;
                _children[_childStart[k] + fill[k]++] = i;
            }
        }

        _lemmas = new string[n];
        _forms = new string[n];
        for (int i = First; i < End; i++)
        {
            var t = tokens[i];
            _forms[i - First] = Lower(t.Form);
            _lemmas[i - First] = t.Lemma is null ? _forms[i - First] : Lower(t.Lemma);
        }

        _mentionAt = new int[n];
        Array.Fill(_mentionAt, -1);
        var mentions = doc.Mentions;
        var range = s.Range;
        for (int m = FirstMentionFrom(mentions, range.Start); m < mentions.Length && mentions[m].Range.Start < range.End; m++)
        {
            if (mentions[m].Actor is null)
            {
                continue;
            }

            for (int i = First; i < End; i++)
            {
                if (tokens[i].Range.Overlaps(mentions[m].Range) && _mentionAt[i - First] < 0)
                {
                    _mentionAt[i - First] = m;
                    HasMentions = true;
                }
            }
        }
    }

    /// <summary>The document.</summary>
    public Document Doc { get; }

    /// <summary>The sentence index.</summary>
    public int Index { get; }

    /// <summary>First token (document index).</summary>
    public int First { get; }

    /// <summary>One past the last token.</summary>
    public int End { get; }

    /// <summary>
    /// The sentence's lower-case forms and lemmas, and the first five letters of longer forms: a word absent from
    /// this set cannot be matched by a pattern word.
    /// </summary>
    public HashSet<string> Words
    {
        get
        {
            if (_words is null)
            {
                _words = new HashSet<string>(StringComparer.Ordinal);
                for (int k = 0; k < _forms.Length; k++)
                {
                    _words.Add(_forms[k]);
                    _words.Add(_lemmas[k]);
                    if (_forms[k].Length > 5)
                    {
                        _words.Add(_forms[k][..5]);
                    }
                }
            }

            return _words;
        }
    }

    /// <summary>True when at least one token of the sentence lies in a mention with a resolved actor.</summary>
    public bool HasMentions { get; }

    /// <summary>The token at a document index.</summary>
    public Token this[int i] => Doc.Tokens[i];

    /// <summary>Children of token <paramref name="h"/> in text order.</summary>
    public ReadOnlySpan<int> Children(int h) => _children.AsSpan(_childStart[h - First], _childStart[h - First + 1] - _childStart[h - First]);

    /// <summary>The head of <paramref name="i"/> inside the sentence, or -1.</summary>
    public int Head(int i)
    {
        int h = Doc.Tokens[i].Head;
        return h >= First && h < End ? h : -1;
    }

    /// <summary>The relation of <paramref name="i"/> without its subtype ("nsubj" for "nsubj:pass").</summary>
    public ReadOnlySpan<char> BaseRel(int i)
    {
        var r = Doc.Tokens[i].Relation.AsSpan();
        int c = r.IndexOf(':');
        return c < 0 ? r : r[..c];
    }

    /// <summary>The full relation of <paramref name="i"/>.</summary>
    public string Rel(int i) => Doc.Tokens[i].Relation ?? string.Empty;

    /// <summary>The lower-case lemma (or form) of <paramref name="i"/>.</summary>
    public string Lemma(int i) => _lemmas[i - First];

    /// <summary>The lower-case form of <paramref name="i"/>.</summary>
    public string Form(int i) => _forms[i - First];

    /// <summary>The first child with relation <paramref name="rel"/> (exact, or base when <paramref name="rel"/> has no subtype), or -1.</summary>
    public int Child(int h, string rel)
    {
        foreach (var c in Children(h))
        {
            if (Rel(c) == rel || (!rel.Contains(':', StringComparison.Ordinal) && BaseRel(c).SequenceEqual(rel)))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The preposition marking <paramref name="i"/> ("with" in "with Gondor"), or null.</summary>
    public string? CaseOf(int i)
    {
        string? found = null;
        foreach (var c in Children(i))
        {
            if (BaseRel(c) is "case")
            {
                found = found is null ? Lemma(c) : found + "_" + Lemma(c);
            }
        }

        return found;
    }

    /// <summary>The mention with a resolved actor covering token <paramref name="i"/>, or -1.</summary>
    public int MentionAt(int i) => _mentionAt[i - First];

    /// <summary>True when <paramref name="j"/> lies in the subtree of <paramref name="root"/>.</summary>
    public bool InSubtree(int j, int root)
    {
        for (int k = 0; k < End - First && j >= 0; k++)
        {
            if (j == root)
            {
                return true;
            }

            j = Head(j);
        }

        return false;
    }

    private static int FirstMentionFrom(System.Collections.Immutable.ImmutableArray<Mention> mentions, int start)
    {
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Range.End <= start) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    private static string Lower(string s) => IsLower(s) ? s : s.ToLowerInvariant();

    private static bool IsLower(string s)
    {
        foreach (var ch in s)
        {
            if (char.IsUpper(ch))
            {
                return false;
            }
        }

        return true;
    }
}
