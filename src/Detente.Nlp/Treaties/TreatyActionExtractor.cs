using System.Collections.Frozen;
using System.Collections.Immutable;
using Detente.Core.Model;
using Detente.Knowledge.Treaties;

namespace Detente.Nlp.Treaties;

/// <summary>
/// Finds actions on agreements in sentences that mention one: the action word (from the lexicon), the agreement
/// it applies to (the mention after it, "it" resolved to the last agreement, or the mention just before it),
/// the party (from the dependency parse when present, otherwise the passive "by" agent, the possessor or the
/// nearest actor to the left), the date (the nearest date of the sentence), and the modality.
/// </summary>
public sealed class TreatyActionExtractor
{
    private const int ObjectWindow = 8;
    private const int PrecedingWindow = 4;
    private const int ModifierWindow = 4;
    private const int AccuseWindow = 8;
    private const int PronounWindow = 3;

    private static readonly FrozenSet<string> ListLinks = new[] { ",", "and", "or", "(", ")", "the", "as", "well", "its", "their" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> AgentLinks = new[] { ",", "and", "the", "both" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly PhraseMatcher<string> _cues;
    private readonly PhraseMatcher<ImmutableArray<string>> _modifiers;
    private readonly TreatyDateFinder _dates = new();

    /// <summary>Creates the extractor from the lexicon.</summary>
    public TreatyActionExtractor(TreatyLexicon lexicon)
    {
        _cues = new PhraseMatcher<string>(lexicon.ActionCues, skipParentheses: false);
        _modifiers = new PhraseMatcher<ImmutableArray<string>>(
            lexicon.Modifiers.GroupBy(m => m.Phrase, StringComparer.OrdinalIgnoreCase).Select(g => (g.Key, g.Select(m => m.List).ToImmutableArray())),
            skipParentheses: false);
    }

    /// <summary>The actions of a document, given its treaty mentions; not yet reconciled.</summary>
    public ImmutableArray<TreatyAction> Extract(Document doc, IReadOnlyList<string> forms, ImmutableArray<TreatyMention> mentions)
    {
        var actions = ImmutableArray.CreateBuilder<TreatyAction>();
        if (mentions.IsEmpty)
        {
            return actions.ToImmutable();
        }

        var actors = doc.Mentions.Where(m => m.Actor?.Country is not null).ToList();
        bool parsed = (doc.Present & Layers.Dependencies) != 0;
        int next = 0;
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            int first = next;
            while (next < mentions.Length && mentions[next].Sentence == s)
            {
                next++;
            }

            var sentence = doc.Sentences[s];
            var here = mentions.AsSpan(first, next - first).ToArray();
            if (here.Length == 0 && !(first > 0 && mentions[first - 1].Sentence >= s - 2 && HasPronoun(forms, sentence.FirstToken, sentence.EndToken)))
            {
                continue;
            }

            var context = new SentenceContext(doc, forms, s, here, mentions, first, actors, parsed);
            ExtractSentence(context, actions);
        }

        return actions.ToImmutable();
    }

    private void ExtractSentence(SentenceContext c, ImmutableArray<TreatyAction>.Builder actions)
    {
        var sentence = c.Doc.Sentences[c.Sentence];
        var pieces = Piece.Of(c.Forms, sentence.FirstToken, sentence.EndToken);
        var cues = Scan(_cues, c.Forms, pieces);
        if (cues.Count == 0)
        {
            return;
        }

        var modifiers = Scan(_modifiers, c.Forms, pieces);
        var dates = _dates.Find(c.Doc, c.Forms, c.Sentence);
        bool reported = modifiers.Any(m => m.Value.Contains("report"));
        var seen = new HashSet<(string, string?, string)>();
        for (int i = 0; i < cues.Count; i++)
        {
            var cue = cues[i];
            int previousEnd = i > 0 ? cues[i - 1].EndToken : sentence.FirstToken;
            int boundary = i + 1 < cues.Count ? cues[i + 1].FirstToken : sentence.EndToken;
            var (treaties, objectRule) = Objects(c, cue, previousEnd, boundary);
            if (treaties.Count == 0)
            {
                continue;
            }

            string action = Refine(cue, modifiers, out var accuseAt);
            var modality = ModalityOf(cue, modifiers, reported);
            var (parties, partyRule) = Parties(c, accuseAt ?? cue.FirstToken, cue);
            var counterpart = accuseAt is { } a ? c.ActorsBetween(a + 1, cue.FirstToken).FirstOrDefault() : null;
            var date = NearestDate(dates, cues, i);
            foreach (var treaty in treaties)
            {
                foreach (var party in parties.DefaultIfEmpty())
                {
                    if (!seen.Add((treaty, party?.Actor?.Country, action)))
                    {
                        continue;
                    }

                    actions.Add(new TreatyAction
                    {
                        Treaty = treaty,
                        Party = party,
                        Counterpart = counterpart,
                        Action = action,
                        Date = date?.Date.ToString(),
                        Evidence = sentence.Range,
                        Modality = modality,
                        Rule = $"treaty:{action}:{objectRule}:{(party is null ? "no-party" : partyRule)}:{(date is { } d ? "date-" + d.Source : "undated")}",
                    });
                }
            }
        }
    }

    private static List<PhraseMatch<T>> Scan<T>(PhraseMatcher<T> matcher, IReadOnlyList<string> forms, List<Piece> pieces)
    {
        var found = new List<PhraseMatch<T>>();
        for (int p = 0; p < pieces.Count;)
        {
            if (matcher.Match(forms, pieces, p) is { } m)
            {
                found.Add(m);
                p = m.NextPiece;
            }
            else
            {
                p++;
            }
        }

        return found;
    }

    private static (List<string> Treaties, string Rule) Objects(SentenceContext c, PhraseMatch<string> cue, int previousEnd, int boundary)
    {
        var treaties = new List<string>();
        int last = -1;
        foreach (var m in c.Here)
        {
            if (m.FirstToken < cue.EndToken || m.FirstToken >= boundary)
            {
                continue;
            }

            bool linked = last < 0 ? m.FirstToken - cue.EndToken <= ObjectWindow : OnlyLinks(c.Forms, last, m.FirstToken);
            if (!linked)
            {
                break;
            }

            if (!treaties.Contains(m.Treaty))
            {
                treaties.Add(m.Treaty);
            }

            last = m.EndToken;
        }

        if (treaties.Count > 0)
        {
            return (treaties, "object");
        }

        int end = Math.Min(boundary, cue.EndToken + PronounWindow);
        for (int t = cue.EndToken; t < end; t++)
        {
            if (c.Forms[t] is "it" or "its" && c.LastMentionBefore(cue.FirstToken) is { } antecedent)
            {
                return ([antecedent.Treaty], "pronoun");
            }
        }

        var before = c.Here.LastOrDefault(m => m.EndToken <= cue.FirstToken && m.EndToken > previousEnd - 1 && cue.FirstToken - m.EndToken <= PrecedingWindow);
        return before is null ? ([], "") : ([before.Treaty], "preceding");
    }

    private static bool OnlyLinks(IReadOnlyList<string> forms, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (!ListLinks.Contains(forms[t]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Refine(PhraseMatch<string> cue, List<PhraseMatch<ImmutableArray<string>>> modifiers, out int? accuseAt)
    {
        accuseAt = null;
        if (cue.Value == TreatyActionKinds.Violate)
        {
            var accuse = modifiers.LastOrDefault(m => m.EndToken <= cue.FirstToken && cue.FirstToken - m.EndToken <= AccuseWindow && m.Value.Contains("accuse"));
            if (accuse.Value.IsDefault)
            {
                return cue.Value;
            }

            accuseAt = accuse.FirstToken;
            return TreatyActionKinds.AccuseViolation;
        }

        if (cue.Value != TreatyActionKinds.Withdraw)
        {
            return cue.Value;
        }

        var near = modifiers.Where(m => m.EndToken <= cue.FirstToken && cue.FirstToken - m.EndToken <= ModifierWindow).ToList();
        return near.Any(m => m.Value.Contains("notify")) ? TreatyActionKinds.WithdrawNotified
            : near.Any(m => m.Value.Contains("announce")) ? TreatyActionKinds.WithdrawAnnounced
            : cue.Value;
    }

    private static Modality ModalityOf(PhraseMatch<string> cue, List<PhraseMatch<ImmutableArray<string>>> modifiers, bool reported)
    {
        var near = modifiers.Where(m => m.EndToken <= cue.FirstToken && cue.FirstToken - m.EndToken <= ModifierWindow).SelectMany(m => m.Value).ToHashSet(StringComparer.Ordinal);
        return near.Contains("negation") ? Modality.Negated
            : near.Contains("denial") ? Modality.Denied
            : near.Contains("hypothetical") ? Modality.Hypothetical
            : near.Contains("future") ? Modality.Future
            : reported ? Modality.Reported
            : Modality.Asserted;
    }

    private static (List<ActorRef> Parties, string Rule) Parties(SentenceContext c, int anchor, PhraseMatch<string> cue)
    {
        if (c.Parsed && c.PartiesFromParse(cue) is { Count: > 0 } fromParse)
        {
            return (fromParse, "parse");
        }

        int end = c.Doc.Sentences[c.Sentence].EndToken;
        if (cue.EndToken < end && c.Forms[cue.EndToken] == "by")
        {
            var agents = new List<ActorRef>();
            int t = cue.EndToken + 1;
            while (t < end)
            {
                if (c.ActorAt(t) is { } actor)
                {
                    agents.Add(actor);
                    t = c.TokenAfter(actor.Range.End);
                }
                else if (AgentLinks.Contains(c.Forms[t]))
                {
                    t++;
                }
                else
                {
                    break;
                }
            }

            if (agents.Count > 0)
            {
                return (agents, "by-agent");
            }
        }

        var subjects = c.ActorsBefore(anchor, AgentLinks);
        return subjects.Count > 0 ? (subjects, "left-actor") : ([], "");
    }

    private static DatedToken? NearestDate(List<DatedToken> dates, List<PhraseMatch<string>> cues, int index)
    {
        DatedToken? best = null;
        foreach (var d in dates)
        {
            int owner = 0;
            for (int k = 1; k < cues.Count; k++)
            {
                if (Distance(cues[k], d.Token) < Distance(cues[owner], d.Token))
                {
                    owner = k;
                }
            }

            if (owner == index && (best is null || Distance(cues[index], d.Token) < Distance(cues[index], best.Value.Token)))
            {
                best = d;
            }
        }

        return best;
    }

    private static int Distance(PhraseMatch<string> cue, int token) =>
        token >= cue.EndToken ? token - cue.EndToken + 1 : token < cue.FirstToken ? cue.FirstToken - token : 0;

    private static bool HasPronoun(IReadOnlyList<string> forms, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (forms[t] is "it" or "its")
            {
                return true;
            }
        }

        return false;
    }
}
