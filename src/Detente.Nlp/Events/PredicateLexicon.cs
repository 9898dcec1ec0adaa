using System.Collections.Frozen;

namespace Detente.Nlp.Events;

/// <summary>
/// Verb and noun predicates with their CAMEO codes: Detente's own frames and the verbs, patterns and word sets
/// derived from the PETRARCH-2 verb dictionary. Loaded once, read-only.
/// </summary>
public sealed class PredicateLexicon
{
    private readonly FrozenDictionary<string, PredicateFrame[]> _verbFrames;
    private readonly FrozenDictionary<string, PredicateFrame[]> _nounFrames;
    private readonly FrozenDictionary<string, (string? Code, string Block)> _verbs;
    private readonly FrozenDictionary<string, VerbPattern[]> _patterns;
    private readonly FrozenSet<string> _light;
    private readonly FrozenSet<string> _blame;

    private PredicateLexicon(
        FrozenDictionary<string, PredicateFrame[]> verbFrames,
        FrozenDictionary<string, PredicateFrame[]> nounFrames,
        FrozenDictionary<string, (string? Code, string Block)> verbs,
        FrozenDictionary<string, VerbPattern[]> patterns,
        FrozenSet<string> light,
        FrozenSet<string> blame)
    {
        _blame = blame;
        _verbFrames = verbFrames;
        _nounFrames = nounFrames;
        _verbs = verbs;
        _patterns = patterns;
        _light = light;
    }

    /// <summary>Number of PETRARCH verb lemmas loaded.</summary>
    public int VerbCount => _verbs.Count;

    /// <summary>Number of PETRARCH patterns loaded.</summary>
    public int PatternCount => _patterns.Values.Sum(p => p.Length);

    /// <summary>Loads the files under data/lexicons/verbs/ of <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the file and line.</exception>
    public static PredicateLexicon Load(string dataDirectory)
    {
        var dir = Path.Combine(dataDirectory, "lexicons", "verbs");
        var frames = new Dictionary<string, List<PredicateFrame>>(StringComparer.Ordinal);
        var light = new HashSet<string>(StringComparer.Ordinal);
        var blame = new HashSet<string>(StringComparer.Ordinal);
        var ownPath = Path.Combine(dir, "detente-predicates.tsv");
        foreach (var (line, f) in TsvReader.Read(ownPath))
        {
            if (f.Length >= 2 && f[0] == "light")
            {
                light.Add(f[1]);
                continue;
            }

            if (f.Length >= 2 && f[0] == "blame")
            {
                blame.Add(f[1]);
                continue;
            }

            if (f.Length < 4 || f[0] is not ("verb" or "noun" or "intent") || f[3].Length == 0)
            {
                throw TsvReader.Bad(ownPath, line, "expected kind<TAB>lemma<TAB>condition<TAB>code<TAB>note with kind verb, noun, intent, light or blame");
            }

            var key = f[0] == "noun" ? "n:" + f[1] : "v:" + f[1];
            if (!frames.TryGetValue(key, out var list))
            {
                frames[key] = list = [];
            }

            list.Add(new PredicateFrame(f[0], f[1], f[2], f[3], f.Length > 4 ? f[4] : string.Empty));
        }

        var synsets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (_, f) in TsvReader.Read(Path.Combine(dir, "synsets.tsv")))
        {
            if (f.Length >= 2)
            {
                synsets[f[0]] = f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        var verbs = new Dictionary<string, (string? Code, string Block)>(StringComparer.Ordinal);
        var verbPath = Path.Combine(dir, "petrarch-verbs.tsv");
        foreach (var (line, f) in TsvReader.Read(verbPath))
        {
            if (f.Length < 3)
            {
                throw TsvReader.Bad(verbPath, line, "expected lemma<TAB>code<TAB>block");
            }

            verbs.TryAdd(f[0], (f[1] == "---" ? null : f[1], f[2]));
        }

        var patterns = new Dictionary<string, List<VerbPattern>>(StringComparer.Ordinal);
        var patternPath = Path.Combine(dir, "petrarch-patterns.tsv");
        foreach (var (line, f) in TsvReader.Read(patternPath))
        {
            if (f.Length < 3)
            {
                throw TsvReader.Bad(patternPath, line, "expected block<TAB>code<TAB>pattern");
            }

            var p = ParsePattern(f[0], f[1] == "---" ? null : f[1], f[2], synsets);
            if (p is null)
            {
                continue;
            }

            if (!patterns.TryGetValue(f[0], out var list))
            {
                patterns[f[0]] = list = [];
            }

            list.Add(p);
        }

        return new PredicateLexicon(
            frames.Where(k => k.Key[0] == 'v').ToFrozenDictionary(k => k.Key[2..], v => v.Value.ToArray(), StringComparer.Ordinal),
            frames.Where(k => k.Key[0] == 'n').ToFrozenDictionary(k => k.Key[2..], v => v.Value.ToArray(), StringComparer.Ordinal),
            verbs.ToFrozenDictionary(StringComparer.Ordinal),
            patterns.ToFrozenDictionary(k => k.Key, v => v.Value.OrderByDescending(p => p.Specificity).ToArray(), StringComparer.Ordinal),
            light.ToFrozenSet(StringComparer.Ordinal),
            blame.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>Detente's frames for a verb lemma (verb and intent kinds), in file order; empty when none.</summary>
    public ReadOnlySpan<PredicateFrame> VerbFrames(string lemma) => _verbFrames.TryGetValue(lemma, out var f) ? f : [];

    /// <summary>Detente's frames for a noun lemma, in file order; empty when none.</summary>
    public ReadOnlySpan<PredicateFrame> NounFrames(string lemma) => _nounFrames.TryGetValue(lemma, out var f) ? f : [];

    /// <summary>True when the verb hands its event to its object noun ("held talks", "imposed sanctions").</summary>
    public bool IsLight(string lemma) => _light.Contains(lemma);

    /// <summary>True when saying that someone did this accuses them ("said Gondor had failed to", "ruined", "violated").</summary>
    public bool IsBlame(string lemma) => _blame.Contains(lemma);

    /// <summary>True when the lemma is a nominal predicate.</summary>
    public bool IsNoun(string lemma) => _nounFrames.ContainsKey(lemma);

    /// <summary>The PETRARCH entry for a verb lemma: its default code (null = no event unless a pattern fires) and block.</summary>
    public bool TryGetPetrarchVerb(string lemma, out string? code, out string block)
    {
        if (_verbs.TryGetValue(lemma, out var v))
        {
            code = v.Code;
            block = v.Block;
            return true;
        }

        code = null;
        block = string.Empty;
        return false;
    }

    /// <summary>The patterns of a PETRARCH block, most specific first.</summary>
    public ReadOnlySpan<VerbPattern> Patterns(string block) => _patterns.TryGetValue(block, out var p) ? p : [];

    private static VerbPattern? ParsePattern(string block, string? code, string text, Dictionary<string, string[]> synsets)
    {
        int star = text.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return null;
        }

        var before = Slots(text[..star], synsets);
        var after = Slots(text[(star + 1)..], synsets);
        return before.Length + after.Length == 0 ? null : new VerbPattern(block, code, before, after, text.Trim());
    }

    private static string[][] Slots(string part, Dictionary<string, string[]> synsets)
    {
        var slots = new List<string[]>();
        var words = part.Replace('(', ' ').Replace(')', ' ').Replace('{', ' ').Replace('}', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var raw in words)
        {
            if (raw is "$" or "+" or "^" or "%" || raw.StartsWith('<'))
            {
                continue;
            }

            if (raw[0] == '&')
            {
                if (synsets.TryGetValue(raw, out var set) || synsets.TryGetValue(raw + "_", out set))
                {
                    slots.Add(set);
                }

                continue;
            }

            var w = raw.Trim('$', '+', '^', '%').ToLowerInvariant();
            if (w.Length > 0 && char.IsLetter(w[0]))
            {
                slots.Add([w]);
            }
        }

        return [.. slots];
    }
}
