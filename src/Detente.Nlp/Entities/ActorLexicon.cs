using Detente.Knowledge;

namespace Detente.Nlp.Entities;

/// <summary>
/// Every phrase of the knowledge base that can name an actor (states, demonyms, capitals, metonyms, organisations,
/// people, office titles, agent nouns) in one word trie for longest-match lookup over a sentence. Words are folded
/// (case and diacritics); each phrase keeps the case its words must have in the text, so "US" does not match "us".
/// Built once from a <see cref="KnowledgeBase"/>; read-only afterwards and safe to share across threads.
/// </summary>
public sealed class ActorLexicon
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<List<LexEntry>?> _entries = [null];

    /// <summary>Builds the lexicon from <paramref name="kb"/>.</summary>
    public ActorLexicon(KnowledgeBase kb)
    {
        Knowledge = kb;
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var s in kb.States)
        {
            Add(EntryKind.State, s.Iso3, -1, [s.Name, .. s.Variants]);
            Add(EntryKind.Demonym, s.Iso3, -1, s.Demonyms);
            Add(EntryKind.Capital, s.Iso3, -1, s.Capitals);
        }

        for (int i = 0; i < kb.Metonyms.Count; i++)
        {
            Add(EntryKind.Metonym, kb.Metonyms[i].Actor, i, [kb.Metonyms[i].Phrase]);
        }

        foreach (var o in kb.Organisations)
        {
            Add(EntryKind.Organisation, o.Id, -1, [o.Name, .. o.Aliases]);
            Add(EntryKind.OrganisationNoun, o.Id, -1, o.Nouns);
        }

        foreach (var p in kb.People)
        {
            Add(EntryKind.PersonName, p.Id, -1, [p.Name, .. p.Variants]);
            Add(EntryKind.PersonShort, p.Id, -1, p.ShortForms);
        }

        for (int i = 0; i < kb.Offices.Count; i++)
        {
            Add(EntryKind.Office, kb.Offices[i].Office, i, [kb.Offices[i].Phrase]);
        }

        for (int i = 0; i < kb.Agents.Count; i++)
        {
            var a = kb.Agents[i];
            Add(EntryKind.Agent, a.Noun, i, [a.Noun]);
            if (a.Plural is not null)
            {
                Add(EntryKind.AgentPlural, a.Noun, i, [a.Plural]);
            }
        }

        foreach (var (word, meaning) in Modifiers)
        {
            Add(EntryKind.Modifier, meaning, -1, [word]);
        }

        Add(EntryKind.RankModifier, "rank", -1, ["deputy", "vice", "acting", "interim", "assistant", "junior", "senior", "first deputy", "under", "shadow"]);
        Add(EntryKind.Pronoun, "m", -1, ["he", "him", "his", "himself"]);
        Add(EntryKind.Pronoun, "f", -1, ["she", "her", "hers", "herself"]);
        foreach (var w in FunctionWords)
        {
            WordId(w, create: true);
        }
    }

    /// <summary>Title modifiers and what they mean.</summary>
    public static IReadOnlyList<(string Word, string Meaning)> Modifiers { get; } =
    [
        ("former", "former"), ("ex", "former"), ("previous", "former"), ("outgoing", "former"), ("erstwhile", "former"),
        ("then", "then"), ("current", "current"), ("incumbent", "current"), ("sitting", "current"),
    ];

    /// <summary>Words the mention patterns test for (determiners, possessives, locative prepositions, punctuation).</summary>
    public static IReadOnlyList<string> FunctionWords { get; } =
        ["the", "this", "that", "his", "her", "its", "their", "'s", "'", ",", "in", "at", "near", "outside", "inside", "\"", "a", "an", "of", "and"];

    /// <summary>The knowledge base the lexicon was built from.</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>The dictionary id of a folded word, or -1.</summary>
    public int WordId(ReadOnlySpan<char> folded) => _lookup.TryGetValue(folded, out var id) ? id : -1;

    /// <summary>
    /// The longest phrase starting at <paramref name="start"/> with at least one entry whose case matches; returns its
    /// entries (filter them with <see cref="LexEntry.CaseMatches"/>) and sets <paramref name="length"/> in words.
    /// </summary>
    public IReadOnlyList<LexEntry>? Match(ReadOnlySpan<Piece> pieces, int start, out int length)
    {
        length = 0;
        IReadOnlyList<LexEntry>? best = null;
        int node = 0;
        for (int i = start; i < pieces.Length; i++)
        {
            int w = pieces[i].Word;
            if (w < 0 || !_edges.TryGetValue(((long)node << 32) | (uint)w, out node))
            {
                break;
            }

            var entries = _entries[node];
            if (entries is null)
            {
                continue;
            }

            var span = pieces[start..(i + 1)];
            foreach (var e in entries)
            {
                if (e.CaseMatches(span))
                {
                    best = entries;
                    length = i + 1 - start;
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>Splits a phrase into the words the matcher compares (spaces and hyphens separate words).</summary>
    public static IEnumerable<string> Words(string phrase) =>
        phrase.Split([' ', '-', '\u2010', '\u2011', '\u2013'], StringSplitOptions.RemoveEmptyEntries);

    private static bool IsCommon(EntryKind kind) =>
        kind is EntryKind.Office or EntryKind.Modifier or EntryKind.RankModifier
            or EntryKind.Pronoun or EntryKind.OrganisationNoun;

    private void Add(EntryKind kind, string target, int index, IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var words = Words(phrase).ToList();
            if (words.Count == 0)
            {
                continue;
            }

            var casing = new byte[words.Count];
            int node = 0;
            for (int i = 0; i < words.Count; i++)
            {
                var w = words[i];
                int letters = w.Count(char.IsLetter);
                bool allCaps = letters >= 2 && w.Where(char.IsLetter).All(char.IsUpper);
                casing[i] = allCaps ? (byte)2 : char.IsUpper(w[0]) && !IsCommon(kind) ? (byte)1 : (byte)0;
                long key = ((long)node << 32) | (uint)WordId(TextFold.Fold(w), create: true);
                if (!_edges.TryGetValue(key, out var next))
                {
                    next = _entries.Count;
                    _entries.Add(null);
                    _edges[key] = next;
                }

                node = next;
            }

            var list = _entries[node] ??= [];
            if (!list.Exists(e => e.Kind == kind && e.Target == target && e.Case.AsSpan().SequenceEqual(casing)))
            {
                list.Add(new LexEntry(kind, target, index, casing));
            }
        }
    }

    private int WordId(string folded, bool create)
    {
        if (!_words.TryGetValue(folded, out var id) && create)
        {
            id = _words.Count;
            _words[folded] = id;
        }

        return id;
    }
}
