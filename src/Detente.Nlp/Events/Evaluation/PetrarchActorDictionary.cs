using Detente.Core.Model;
using Detente.Knowledge.Loading;
using Detente.Knowledge.Petrarch;

namespace Detente.Nlp.Events.Evaluation;

/// <summary>
/// Finds actor mentions with PETRARCH/TABARI actor dictionaries, and agent dictionaries when given, read through the
/// knowledge-base import readers (<see cref="Knowledge.Petrarch.PetrarchActorDictionary"/>, <see cref="PetrarchAgentDictionary"/>):
/// the longest phrase at each token (a phrase without a trailing "_" may match its last word as a stem), resolved as of
/// the document's date; a role noun next to an actor ("Arnor's foreign minister", "the Gondor government", "the
/// ambassador of Rohan") joins it and adds its code part (ARN + GOV = ARNGOV). Used by the evaluations.
/// </summary>
public sealed class PetrarchActorDictionary
{
    private readonly Dictionary<string, List<Phrase>> _byFirst = new(StringComparer.Ordinal);
    private readonly List<Phrase> _stems = [];
    private readonly List<PetrarchActor> _actors = [];
    private readonly List<PetrarchAgent> _agents = [];

    /// <summary>Number of actor entries.</summary>
    public int Count => _actors.Count;

    /// <summary>Loads one or more actor dictionary files.</summary>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    public static PetrarchActorDictionary Load(params string[] paths) => Load(paths, []);

    /// <summary>Loads actor dictionary files and agent dictionary files.</summary>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    public static PetrarchActorDictionary Load(IReadOnlyList<string> actorPaths, IReadOnlyList<string> agentPaths)
    {
        var d = new PetrarchActorDictionary();
        var errors = new List<KnowledgeBaseError>();
        foreach (var path in actorPaths)
        {
            foreach (var a in Knowledge.Petrarch.PetrarchActorDictionary.Parse(Path.GetFileName(path), Lines(path), errors))
            {
                d._actors.Add(a);
                foreach (var p in a.Phrases)
                {
                    d.AddPhrase(p, d._actors.Count - 1, agent: false);
                }
            }
        }

        foreach (var path in agentPaths)
        {
            foreach (var a in PetrarchAgentDictionary.Parse(Path.GetFileName(path), Lines(path), errors))
            {
                d._agents.Add(a);
                foreach (var p in a.Phrases)
                {
                    d.AddPhrase(p, d._agents.Count - 1, agent: true);
                }
            }
        }

        return d;
    }

    /// <summary>Adds a mention for the longest dictionary phrase starting at each token, resolved as of the document's date.</summary>
    public Document FindMentions(Document doc)
    {
        var tokens = doc.Tokens;
        var spans = new List<(int First, int Last, Phrase Phrase)>();
        for (int i = 0; i < tokens.Length;)
        {
            var best = Longest(doc, i);
            if (best is null)
            {
                i++;
                continue;
            }

            spans.Add((i, i + best.Words.Length - 1, best));
            i += best.Words.Length;
        }

        var mentions = new List<Mention>();
        var used = new bool[spans.Count];
        for (int k = 0; k < spans.Count; k++)
        {
            var (first, last, phrase) = spans[k];
            if (phrase.Agent || used[k])
            {
                continue;
            }

            var code = _actors[phrase.Entry].CodeOn(doc.ReferenceDate);
            if (code is null)
            {
                continue;
            }

            var name = _actors[phrase.Entry].Name;
            int agent = AttachedAgent(doc, spans, k);
            if (agent >= 0 && !used[agent])
            {
                used[agent] = true;
                var a = _agents[spans[agent].Phrase.Entry];
                code = code.Length == 3 ? (a.Prefix ? a.Code + code : code + a.Code) : code;
                first = Math.Min(first, spans[agent].First);
                last = Math.Max(last, spans[agent].Last);
            }

            var range = new TextRange(tokens[first].Range.Start, tokens[last].Range.End);
            var actor = new Actor(code, name, code.Length >= 3 ? code[..3] : null, code.Length >= 6 ? code[3..6] : null, null, code);
            mentions.Add(new Mention(range, doc.Slice(range), MentionType.State, actor, Rule: "petrarch-dictionary"));
        }

        mentions.Sort((x, y) => x.Range.Start.CompareTo(y.Range.Start));
        return doc with { Mentions = [.. mentions], Present = doc.Present | Layers.Mentions };
    }

    /// <summary>
    /// The agent span that belongs to actor span <paramref name="k"/>: right after it (with "'s" between or not), or
    /// right before it with "of" or "in" between ("the ambassador of Rohan"); -1 when none.
    /// </summary>
    private static int AttachedAgent(Document doc, List<(int First, int Last, Phrase Phrase)> spans, int k)
    {
        var tokens = doc.Tokens;
        if (k + 1 < spans.Count && spans[k + 1].Phrase.Agent)
        {
            int gap = spans[k + 1].First - spans[k].Last - 1;
            if (gap == 0 || (gap == 1 && tokens[spans[k].Last + 1].Form is "'s" or "'"))
            {
                return k + 1;
            }
        }

        if (k > 0 && spans[k - 1].Phrase.Agent)
        {
            int gap = spans[k].First - spans[k - 1].Last - 1;
            if (gap == 0 || (gap == 1 && tokens[spans[k - 1].Last + 1].Form.ToUpperInvariant() is "OF" or "IN" or "FOR"))
            {
                return k - 1;
            }
        }

        return -1;
    }

    private Phrase? Longest(Document doc, int i)
    {
        Phrase? best = null;
        var first = doc.Tokens[i].Form.ToUpperInvariant();
        if (_byFirst.TryGetValue(first, out var list))
        {
            foreach (var p in list)
            {
                if ((best is null || p.Words.Length > best.Words.Length) && MatchesAt(p, doc, i))
                {
                    best = p;
                }
            }
        }

        if (best is null)
        {
            foreach (var p in _stems)
            {
                if (first.Length > p.Words[0].Length && first.StartsWith(p.Words[0], StringComparison.Ordinal) && char.IsLetter(first[^1]))
                {
                    return p;
                }
            }
        }

        return best;
    }

    private static bool MatchesAt(Phrase p, Document doc, int i)
    {
        var tokens = doc.Tokens;
        int k = i;
        for (int w = 0; w < p.Words.Length; w++, k++)
        {
            if (k >= tokens.Length)
            {
                return false;
            }

            var form = tokens[k].Form.ToUpperInvariant();
            bool last = w == p.Words.Length - 1;
            if (form != p.Words[w] && !(last && !p.Exact && form.StartsWith(p.Words[w], StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private void AddPhrase(PetrarchPhrase phrase, int entry, bool agent)
    {
        var words = phrase.Text.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }

        var p = new Phrase(words, phrase.Exact, entry, agent);
        if (words.Length == 1 && !phrase.Exact && words[0].Length >= 4 && !agent)
        {
            _stems.Add(p);
        }

        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            _byFirst[words[0]] = list = [];
        }

        list.Add(p);
    }

    private static IEnumerable<string> Lines(string path) =>
        File.Exists(path) ? File.ReadLines(path) : throw new FileNotFoundException($"actor dictionary not found: {path}", path);

    private sealed record Phrase(string[] Words, bool Exact, int Entry, bool Agent);
}
