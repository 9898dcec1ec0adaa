using System.Collections.Frozen;

namespace Detente.Nlp.Quotes;

/// <summary>
/// The word lists the quote stage reads: cue verbs with their inflected forms, speech nouns ("remarks") and
/// names of news media. Loaded once from <c>data/lexicons/quotes/</c> and shared read-only.
/// </summary>
public sealed class QuoteLexicon
{
    private readonly FrozenDictionary<string, CueVerb> _forms;
    private readonly FrozenDictionary<string, CueVerb> _lemmas;
    private readonly FrozenDictionary<string, CueVerb> _phrases;
    private readonly FrozenSet<string> _nouns;
    private readonly string[] _media;
    private readonly FrozenDictionary<string, string[]> _roles;

    private QuoteLexicon(
        Dictionary<string, CueVerb> forms,
        Dictionary<string, CueVerb> lemmas,
        Dictionary<string, CueVerb> phrases,
        IEnumerable<string> nouns,
        IEnumerable<string> media,
        IEnumerable<string> roles)
    {
        _roles = roles.Select(l => l.Split('\t')).Where(c => c.Length == 2)
            .ToFrozenDictionary(c => c[0], c => c[1].Split('|'), StringComparer.OrdinalIgnoreCase);
        _forms = forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lemmas = lemmas.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _phrases = phrases.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _nouns = nouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        // Longest names first, so "CBS News" wins over "CBS".
        _media = media.OrderByDescending(m => m.Length).ToArray();
    }

    /// <summary>Names of media, longest first.</summary>
    public IReadOnlyList<string> Media => _media;

    /// <summary>Loads the lexicon from <paramref name="dataDirectory"/> (the folder holding <c>lexicons/</c>).</summary>
    /// <exception cref="FileNotFoundException">A lexicon file is missing.</exception>
    /// <exception cref="InvalidDataException">A line of the cue-verb file is malformed.</exception>
    public static QuoteLexicon Load(string dataDirectory)
    {
        var dir = Path.Combine(dataDirectory, "lexicons", "quotes");
        var forms = new Dictionary<string, CueVerb>(StringComparer.OrdinalIgnoreCase);
        var lemmas = new Dictionary<string, CueVerb>(StringComparer.OrdinalIgnoreCase);
        var phrases = new Dictionary<string, CueVerb>(StringComparer.OrdinalIgnoreCase);
        var path = Path.Combine(dir, "cue-verbs.tsv");
        int lineNo = 0;
        foreach (var line in ReadLines(path))
        {
            lineNo++;
            var cols = line.Split('\t');
            if (cols.Length is < 2 or > 3)
            {
                throw new InvalidDataException($"{path}: entry {lineNo} needs tab-separated columns lemma, forms and optional flags: '{line}'");
            }

            var flags = cols.Length == 3 ? ParseFlags(cols[2], path, lineNo) : CueFlags.None;
            var words = cols[0].Split(' ').Length;
            var verb = new CueVerb(cols[0], flags, words);
            lemmas[cols[0]] = verb;
            var all = words == 1 ? cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : SplitPhrases(cols[1], words);
            foreach (var form in all.Append(cols[0]))
            {
                (words == 1 ? forms : phrases)[form] = verb;
            }
        }

        return new QuoteLexicon(
            forms,
            lemmas,
            phrases,
            ReadLines(Path.Combine(dir, "cue-nouns.txt")),
            ReadLines(Path.Combine(dir, "media.txt")),
            ReadLines(Path.Combine(dir, "roles.tsv")));
    }

    /// <summary>The cue verb a single word form belongs to, or null.</summary>
    public CueVerb? VerbForm(string form) => _forms.GetValueOrDefault(form);

    /// <summary>The cue verb of a lemma, or null.</summary>
    public CueVerb? VerbLemma(string lemma) => _lemmas.GetValueOrDefault(lemma);

    /// <summary>The cue verb of a two-word form ("pointed out", "went on"), or null.</summary>
    public CueVerb? VerbPhrase(string first, string second) =>
        _phrases.Count == 0 ? null : _phrases.GetValueOrDefault(first + " " + second);

    /// <summary>Titles naming the office of a role noun ("diplomat" → "foreign minister", "secretary of state"), or empty.</summary>
    public IReadOnlyList<string> TitlesOf(string roleNoun) => _roles.GetValueOrDefault(roleNoun) ?? [];

    /// <summary>True when <paramref name="word"/> is a noun that reports speech ("remarks", "view").</summary>
    public bool IsSpeechNoun(string word) => _nouns.Contains(word);

    private static string[] SplitPhrases(string column, int words)
    {
        var parts = column.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new string[parts.Length / words];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = string.Join(' ', parts, i * words, words);
        }

        return result;
    }

    private static CueFlags ParseFlags(string s, string path, int lineNo)
    {
        var flags = CueFlags.None;
        foreach (var c in s)
        {
            flags |= c switch
            {
                'S' => CueFlags.Speech,
                'R' => CueFlags.Recipient,
                'C' => CueFlags.Clausal,
                _ => throw new InvalidDataException($"{path}: entry {lineNo} has unknown flag '{c}' (use S, R or C)"),
            };
        }

        return flags;
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"quote lexicon file not found: {path}", path);
        }

        return File.ReadLines(path)
            .Select(l => l.Trim(' ', '\r', '\t'))
            .Where(l => l.Length > 0 && !l.StartsWith('#'));
    }
}
