using System.Globalization;
using Detente.Core.Model;

namespace Detente.Nlp.Events.Evaluation;

/// <summary>
/// A minimal reader of PETRARCH/TABARI actor dictionaries ("NAME [CODE]", "+ALIAS" lines, dated "[CODE from-to]"
/// lines), used by the evaluations to find actor mentions in their sentences. Words are joined by "_"; a phrase
/// without a trailing "_" may match its last word as a stem.
/// </summary>
public sealed class PetrarchActorDictionary
{
    private readonly Dictionary<string, List<Phrase>> _byFirst = new(StringComparer.Ordinal);
    private readonly List<Phrase> _stems = [];
    private readonly List<Entry> _entries = [];

    /// <summary>Number of actor entries.</summary>
    public int Count => _entries.Count;

    /// <summary>Loads one or more dictionary files.</summary>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    public static PetrarchActorDictionary Load(params string[] paths)
    {
        var d = new PetrarchActorDictionary();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"actor dictionary not found: {path}", path);
            }

            d.Read(File.ReadLines(path));
        }

        return d;
    }

    /// <summary>Adds a mention for the longest dictionary phrase starting at each token, resolved as of the document's date.</summary>
    public Document FindMentions(Document doc)
    {
        var mentions = new List<Mention>();
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length;)
        {
            Phrase? best = null;
            var first = tokens[i].Form.ToUpperInvariant();
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
                        best = p;
                        break;
                    }
                }
            }

            if (best is null)
            {
                i++;
                continue;
            }

            var entry = _entries[best.Entry];
            var code = entry.CodeOn(doc.ReferenceDate);
            int last = i + best.Words.Length - 1;
            if (code is not null)
            {
                var range = new TextRange(tokens[i].Range.Start, tokens[last].Range.End);
                var actor = new Actor(code, entry.Name, code.Length >= 3 ? code[..3] : null, code.Length >= 6 ? code[3..6] : null, null, code);
                mentions.Add(new Mention(range, doc.Slice(range), MentionType.State, actor, Rule: "petrarch-dictionary"));
            }

            i = last + 1;
        }

        return doc with { Mentions = [.. mentions], Present = doc.Present | Layers.Mentions };
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

    private void Read(IEnumerable<string> lines)
    {
        int current = -1;
        foreach (var raw in lines)
        {
            var line = raw;
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            if (line.TrimStart().StartsWith("<!--", StringComparison.Ordinal) || line.TrimStart().StartsWith("-->", StringComparison.Ordinal))
            {
                continue;
            }

            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed[0] == '[' && current >= 0)
            {
                _entries[current].AddCode(trimmed);
                continue;
            }

            bool alias = trimmed[0] == '+';
            var name = alias ? trimmed[1..] : trimmed;
            string? code = null;
            int br = name.IndexOf('[', StringComparison.Ordinal);
            if (br >= 0)
            {
                code = name[br..];
                name = name[..br];
            }

            name = name.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!alias || current < 0)
            {
                _entries.Add(new Entry(name.Replace('_', ' ').Trim()));
                current = _entries.Count - 1;
            }

            if (code is not null)
            {
                _entries[current].AddCode(code);
            }

            AddPhrase(name, current);
        }
    }

    private void AddPhrase(string name, int entry)
    {
        bool exact = name.EndsWith('_');
        var words = name.ToUpperInvariant().Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }

        var p = new Phrase(words, exact, entry);
        if (words.Length == 1 && !exact && words[0].Length >= 4)
        {
            _stems.Add(p);
        }

        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            _byFirst[words[0]] = list = [];
        }

        list.Add(p);
    }

    private sealed record Phrase(string[] Words, bool Exact, int Entry);

    private sealed class Entry(string name)
    {
        private readonly List<(string Code, int From, int To)> _codes = [];

        public string Name { get; } = name;

        public void AddCode(string bracket)
        {
            var inner = bracket.Trim().TrimStart('[');
            int close = inner.IndexOf(']', StringComparison.Ordinal);
            if (close >= 0)
            {
                inner = inner[..close];
            }

            var parts = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts[0] == "---" || parts[0].StartsWith('~'))
            {
                return;
            }

            int from = int.MinValue, to = int.MaxValue;
            if (parts.Length > 1)
            {
                var span = parts[1];
                if (span.StartsWith('>'))
                {
                    from = Date(span[1..]);
                }
                else if (span.StartsWith('<'))
                {
                    to = Date(span[1..]);
                }
                else if (span.Split('-') is { Length: 2 } fromTo)
                {
                    from = Date(fromTo[0]);
                    to = Date(fromTo[1]);
                }
            }

            _codes.Add((parts[0].ToUpperInvariant(), from, to));
        }

        public string? CodeOn(DateOnly? date)
        {
            if (_codes.Count == 0)
            {
                return null;
            }

            int d = date is { } x ? (x.Year * 10000) + (x.Month * 100) + x.Day : int.MaxValue - 1;
            foreach (var c in _codes)
            {
                if (d >= c.From && d <= c.To)
                {
                    return c.Code;
                }
            }

            foreach (var c in _codes)
            {
                if (c.From == int.MinValue && c.To == int.MaxValue)
                {
                    return c.Code;
                }
            }

            return null;
        }

        private static int Date(string s)
        {
            if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            {
                return int.MinValue;
            }

            return s.Length == 6 ? ((v / 10000) >= 30 ? 19000000 : 20000000) + v : v;
        }
    }
}
