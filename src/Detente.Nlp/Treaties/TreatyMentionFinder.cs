using System.Collections.Frozen;
using System.Collections.Immutable;
using Detente.Core.Model;
using Detente.Knowledge.Treaties;

namespace Detente.Nlp.Treaties;

/// <summary>
/// Finds mentions of agreements: known ones by name or alias, unknown ones by form ("the Minsk Agreement",
/// "the Treaty of Rarotonga"), and definite descriptions that refer back to the last one ("the agreement",
/// "the key arms control agreement"). Sentences without any trigger word are skipped after one set lookup per token.
/// </summary>
public sealed class TreatyMentionFinder
{
    private const int AnaphorSentenceWindow = 3;
    private const int MaxModifiers = 4;

    private static readonly FrozenSet<string> NameLinks = new[] { "of", "on", "for", "and", "the" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly PhraseMatcher<string> _aliases;
    private readonly TreatyLexicon _lexicon;
    private readonly FrozenSet<string> _triggers;

    /// <summary>Creates the finder from the knowledge base's aliases and the lexicon's nouns.</summary>
    public TreatyMentionFinder(TreatyKnowledgeBase kb, TreatyLexicon lexicon)
    {
        _lexicon = lexicon;
        var aliases = kb.Treaties.SelectMany(t => t.Aliases.Select(a => (a, t.Id))).ToList();
        _aliases = new PhraseMatcher<string>(aliases, skipParentheses: true);
        _triggers = aliases.Select(a => Piece.Split(a.a)[^1])
            .Concat(lexicon.FormHeads)
            .Concat(lexicon.AnaphorHeads)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when a token could end a treaty mention; sentences with none are skipped.</summary>
    public bool IsTrigger(string form)
    {
        if (_triggers.Contains(form))
        {
            return true;
        }

        if (Piece.IsWord(form) || !Piece.HasLetter(form))
        {
            return false;
        }

        var pieces = Piece.Split(form);
        return pieces.Count > 0 && _triggers.Contains(pieces[^1]);
    }

    /// <summary>The treaty mentions of a document in text order.</summary>
    public ImmutableArray<TreatyMention> Find(Document doc, IReadOnlyList<string> forms)
    {
        var mentions = new List<TreatyMention>();
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            var sentence = doc.Sentences[s];
            if (!HasTrigger(forms, sentence))
            {
                continue;
            }

            int firstOfSentence = mentions.Count;
            var pieces = Piece.Of(forms, sentence.FirstToken, sentence.EndToken);
            FindAliases(doc, forms, pieces, s, mentions);
            FindForms(doc, forms, sentence, s, mentions, firstOfSentence);
            mentions.Sort(firstOfSentence, mentions.Count - firstOfSentence, Comparer<TreatyMention>.Create((a, b) => a.FirstToken.CompareTo(b.FirstToken)));
            FindAnaphors(doc, forms, sentence, s, mentions, firstOfSentence);
        }

        return [.. mentions];
    }

    private bool HasTrigger(IReadOnlyList<string> forms, Sentence sentence)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (IsTrigger(forms[t]))
            {
                return true;
            }
        }

        return false;
    }

    private void FindAliases(Document doc, IReadOnlyList<string> forms, List<Piece> pieces, int sentence, List<TreatyMention> mentions)
    {
        int end = doc.Sentences[sentence].EndToken;
        for (int p = 0; p < pieces.Count;)
        {
            if (_aliases.Match(forms, pieces, p) is not { } m)
            {
                p++;
                continue;
            }

            int last = m.EndToken;
            if (last < end && _lexicon.AnaphorHeads.Contains(forms[last]) && !_lexicon.AnaphorHeads.Contains(forms[last - 1]))
            {
                last++;
            }

            mentions.Add(Mention(doc, m.FirstToken, last, sentence, m.Value, TreatyMentionKind.Alias));
            p = m.NextPiece;
            while (p < pieces.Count && pieces[p].Token < last)
            {
                p++;
            }
        }
    }

    private void FindForms(Document doc, IReadOnlyList<string> forms, Sentence sentence, int s, List<TreatyMention> mentions, int firstOfSentence)
    {
        for (int head = sentence.FirstToken; head < sentence.EndToken; head++)
        {
            if (!_lexicon.FormHeads.Contains(forms[head]) || Covered(mentions, firstOfSentence, head))
            {
                continue;
            }

            int first = head;
            while (first - 1 > sentence.FirstToken && IsNameWord(forms[first - 1]) && !_lexicon.Determiners.Contains(forms[first - 1]))
            {
                first--;
            }

            int end = head + 1;
            if (end + 1 < sentence.EndToken && forms[end] is "of" or "on")
            {
                int e = end + 1;
                if (e < sentence.EndToken && forms[e] == "the") e++;
                int start = e;
                while (e < sentence.EndToken && (IsCapitalised(forms[e]) || (e > start && NameLinks.Contains(forms[e]) && e + 1 < sentence.EndToken && IsCapitalised(forms[e + 1]))))
                {
                    e++;
                }

                if (e > start)
                {
                    end = e;
                }
            }

            bool named = first < head || end > head + 1;
            if (!named || first - 1 < sentence.FirstToken || !_lexicon.Determiners.Contains(forms[first - 1]))
            {
                continue;
            }

            var words = Enumerable.Range(first, end - first).Select(t => forms[t]).Where(f => Piece.Split(f).Count > 0);
            string slug = "unknown:" + string.Join('-', words.SelectMany(Piece.Split)).ToLowerInvariant();
            mentions.Add(Mention(doc, first, end, s, slug, TreatyMentionKind.Form));
            head = end - 1;
        }
    }

    private void FindAnaphors(Document doc, IReadOnlyList<string> forms, Sentence sentence, int s, List<TreatyMention> mentions, int firstOfSentence)
    {
        for (int head = sentence.FirstToken; head < sentence.EndToken; head++)
        {
            if (!_lexicon.AnaphorHeads.Contains(forms[head]) || Covered(mentions, firstOfSentence, head))
            {
                continue;
            }

            if (head + 1 < sentence.EndToken && _lexicon.AnaphorBlockers.Contains(forms[head + 1]))
            {
                continue;
            }

            int det = head - 1;
            while (det >= sentence.FirstToken && head - det <= MaxModifiers + 1 && !_lexicon.Determiners.Contains(forms[det]) && IsModifier(forms[det]))
            {
                det--;
            }

            if (det < sentence.FirstToken || !_lexicon.Determiners.Contains(forms[det]))
            {
                continue;
            }

            int antecedent = LastBefore(mentions, det, s);
            if (antecedent < 0)
            {
                continue;
            }

            var mention = Mention(doc, det + 1, head + 1, s, mentions[antecedent].Treaty, TreatyMentionKind.Anaphor) with { Antecedent = antecedent };
            int at = firstOfSentence;
            while (at < mentions.Count && mentions[at].FirstToken < mention.FirstToken)
            {
                at++;
            }

            mentions.Insert(at, mention);
        }
    }

    private static int LastBefore(List<TreatyMention> mentions, int token, int sentence)
    {
        for (int i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.Sentence < sentence - AnaphorSentenceWindow)
            {
                break;
            }

            if (m.EndToken <= token)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Covered(List<TreatyMention> mentions, int from, int token)
    {
        for (int i = from; i < mentions.Count; i++)
        {
            if (token >= mentions[i].FirstToken && token < mentions[i].EndToken)
            {
                return true;
            }
        }

        return false;
    }

    private static TreatyMention Mention(Document doc, int first, int end, int sentence, string treaty, TreatyMentionKind kind) =>
        new(new TextRange(doc.Tokens[first].Range.Start, doc.Tokens[end - 1].Range.End), first, end, sentence, treaty, kind);

    private static bool IsCapitalised(string form) => form.Length > 0 && char.IsUpper(form[0]);

    private static bool IsNameWord(string form) => IsCapitalised(form) || form is "-" or "–";

    private static bool IsModifier(string form) =>
        form.Length > 0 && (form.All(c => char.IsLower(c) || c == '-') || form is "-" or "–");
}
