using System.Collections.Frozen;

namespace Detente.Nlp.Treaties;

/// <summary>
/// Finds the longest phrase starting at a piece. Phrases match case-insensitively, except that an all-capital
/// word of a phrase ("INF", "START") only matches text that starts with a capital ("New Start" yes, "a new start" no).
/// Words may be separated by hyphen tokens, and, when allowed, by a short parenthesis ("Forces (INF) Agreement").
/// </summary>
/// <typeparam name="T">The value a phrase stands for.</typeparam>
internal sealed class PhraseMatcher<T>
{
    private static readonly FrozenSet<string> Joiners = new[] { "-", "–", "‐", "/" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, Entry[]> _byFirst;
    private readonly bool _skipParentheses;

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases, bool skipParentheses)
    {
        _skipParentheses = skipParentheses;
        _byFirst = phrases
            .Select(p => new Entry([.. Piece.Split(p.Phrase)], p.Value))
            .Where(e => e.Words.Length > 0)
            .GroupBy(e => e.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when some phrase starts with <paramref name="word"/>.</summary>
    public bool Starts(string word) => _byFirst.ContainsKey(word);

    /// <summary>The longest phrase starting at piece <paramref name="at"/>, or null.</summary>
    /// <param name="forms">Token forms of the document (pieces index into them).</param>
    /// <param name="pieces">Pieces of the sentence.</param>
    /// <param name="at">Index of the first piece.</param>
    public PhraseMatch<T>? Match(IReadOnlyList<string> forms, List<Piece> pieces, int at)
    {
        if (!pieces[at].StartsToken || !_byFirst.TryGetValue(pieces[at].Text, out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            int p = at, previous = -1;
            bool ok = true;
            for (int w = 0; w < entry.Words.Length && ok; w++)
            {
                if (p >= pieces.Count)
                {
                    ok = false;
                    break;
                }

                if (w > 0 && !Adjacent(forms, previous, pieces[p].Token))
                {
                    p = _skipParentheses ? AfterParenthesis(forms, pieces, previous, p) : -1;
                    if (p < 0)
                    {
                        ok = false;
                        break;
                    }
                }

                ok = WordMatches(entry.Words[w], pieces[p].Text);
                previous = pieces[p].Token;
                p++;
            }

            if (ok && pieces[p - 1].EndsToken)
            {
                return new PhraseMatch<T>(entry.Value, pieces[at].Token, previous + 1, p);
            }
        }

        return null;
    }

    private static bool WordMatches(string word, string text)
    {
        if (!string.Equals(word, text, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return word.Length < 2 || !word.All(char.IsUpper) || char.IsUpper(text[0]);
    }

    private static bool Adjacent(IReadOnlyList<string> forms, int previous, int next)
    {
        for (int t = previous + 1; t < next; t++)
        {
            if (!Joiners.Contains(forms[t]))
            {
                return false;
            }
        }

        return next >= previous;
    }

    private static int AfterParenthesis(IReadOnlyList<string> forms, List<Piece> pieces, int previous, int p)
    {
        if (previous + 1 >= forms.Count || forms[previous + 1] != "(")
        {
            return -1;
        }

        for (int close = previous + 2; close < forms.Count && close <= previous + 5; close++)
        {
            if (forms[close] == ")")
            {
                while (p < pieces.Count && pieces[p].Token <= close)
                {
                    p++;
                }

                return p < pieces.Count && pieces[p].Token == close + 1 ? p : -1;
            }
        }

        return -1;
    }

    private sealed record Entry(string[] Words, T Value);
}
