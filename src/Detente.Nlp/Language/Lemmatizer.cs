namespace Detente.Nlp.Language;

/// <summary>
/// Lemmatizes a word given its Penn tag: first a lexicon of forms seen in training, then the most frequent
/// edit rule for the longest known suffix of the word under that tag ("-ies" + NNS gives "-y").
/// Read-only once built; safe to share across threads.
/// </summary>
public sealed class Lemmatizer
{
    /// <summary>Model kind written in the file header.</summary>
    public const string Kind = "lemmatizer";

    /// <summary>Longest suffix a rule is keyed on.</summary>
    public const int MaxSuffix = 6;

    private readonly Dictionary<string, string> _lexicon;
    private readonly Dictionary<string, EditRule> _rules;

    /// <summary>Creates a lemmatizer from a lexicon ("form\tXPOS" to lemma) and suffix rules ("XPOS\tsuffix" to rule).</summary>
    public Lemmatizer(Dictionary<string, string> lexicon, Dictionary<string, EditRule> rules)
    {
        _lexicon = lexicon;
        _rules = rules;
    }

    /// <summary>Number of lexicon entries.</summary>
    public int LexiconSize => _lexicon.Count;

    /// <summary>Number of suffix rules.</summary>
    public int RuleCount => _rules.Count;

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/>.</summary>
    public string Lemmatize(string form, string xpos)
    {
        if (_lexicon.TryGetValue(form + "\t" + xpos, out var lemma))
        {
            return lemma;
        }

        var lower = form.ToLowerInvariant();
        if (_lexicon.TryGetValue(lower + "\t" + xpos, out lemma))
        {
            return lemma;
        }

        for (int k = Math.Min(MaxSuffix, lower.Length); k >= 0; k--)
        {
            if (_rules.TryGetValue(xpos + "\t" + lower[(lower.Length - k)..], out var rule) && rule.Strip <= form.Length)
            {
                return rule.Apply(form);
            }
        }

        return form;
    }

    /// <summary>Saves the lemmatizer.</summary>
    public void Save(string path)
    {
        using var w = ModelFile.Create(path, Kind);
        w.Write(_lexicon.Count);
        foreach (var (k, v) in _lexicon.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(k);
            w.Write(v);
        }

        w.Write(_rules.Count);
        foreach (var (k, v) in _rules.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(k);
            w.Write(v.ToString());
        }
    }

    /// <summary>Loads a lemmatizer saved by <see cref="Save"/>.</summary>
    public static Lemmatizer Load(string path)
    {
        using var r = ModelFile.Open(path, Kind);
        int n = r.ReadInt32();
        var lexicon = new Dictionary<string, string>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            lexicon[r.ReadString()] = r.ReadString();
        }

        int m = r.ReadInt32();
        var rules = new Dictionary<string, EditRule>(m, StringComparer.Ordinal);
        for (int i = 0; i < m; i++)
        {
            var key = r.ReadString();
            rules[key] = EditRule.Parse(r.ReadString());
        }

        return new Lemmatizer(lexicon, rules);
    }

    /// <summary>Learns the lexicon and suffix rules from gold sentences.</summary>
    public static Lemmatizer Train(IEnumerable<ConlluSentence> sentences)
    {
        var lexiconCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var ruleCounts = new Dictionary<string, Dictionary<EditRule, int>>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Length; i++)
            {
                string form = s.Forms[i], xpos = s.Xpos[i], lemma = s.Lemmas[i];
                Count(lexiconCounts, form + "\t" + xpos, lemma);
                var rule = EditRule.Between(form, lemma);
                var lower = form.ToLowerInvariant();
                for (int k = 0; k <= Math.Min(MaxSuffix, lower.Length); k++)
                {
                    Count(ruleCounts, xpos + "\t" + lower[(lower.Length - k)..], rule);
                }
            }
        }

        var rules = ruleCounts.ToDictionary(p => p.Key, p => Best(p.Value), StringComparer.Ordinal);
        var partial = new Lemmatizer(new Dictionary<string, string>(StringComparer.Ordinal), rules);
        var lexicon = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, counts) in lexiconCounts)
        {
            var lemma = Best(counts);
            int tab = key.IndexOf('\t', StringComparison.Ordinal);
            if (partial.Lemmatize(key[..tab], key[(tab + 1)..]) != lemma)
            {
                lexicon[key] = lemma;
            }
        }

        return new Lemmatizer(lexicon, rules);
    }

    private static void Count<T>(Dictionary<string, Dictionary<T, int>> counts, string key, T value)
        where T : notnull
    {
        if (!counts.TryGetValue(key, out var inner))
        {
            counts[key] = inner = [];
        }

        inner[value] = inner.GetValueOrDefault(value) + 1;
    }

    private static T Best<T>(Dictionary<T, int> counts)
        where T : notnull =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key.ToString(), StringComparer.Ordinal).First().Key;
}
