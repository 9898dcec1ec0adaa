using Detente.Knowledge.Loading;

namespace Detente.Knowledge.Petrarch;

/// <summary>
/// Reads PETRARCH agent dictionaries (Phoenix.agents.txt, PETR.Validate.agents.txt): "PHRASE {PLURAL ...} [~CODE]" or
/// "[CODE~]" lines, where an empty "{}" means the regular plural (+S, +ES after S/X/CH/SH, Y -> IES); substitution sets
/// "!NAME! = A, B" expand a "!NAME!" inside a phrase into each member; '#' and &lt;!-- --&gt; comments. Problems are
/// collected with their line.
/// </summary>
public static class PetrarchAgentDictionary
{
    /// <summary>Parses the lines of the dictionary named <paramref name="name"/>.</summary>
    public static List<PetrarchAgent> Parse(string name, IEnumerable<string> lines, List<KnowledgeBaseError> errors)
    {
        var agents = new List<PetrarchAgent>();
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        bool inComment = false;
        int lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (inComment || line.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                inComment = !line.Contains("-->", StringComparison.Ordinal);
                continue;
            }

            int hash = line.IndexOf('#', StringComparison.Ordinal);
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (text.StartsWith('!') && text.IndexOf('=', StringComparison.Ordinal) is var eq and > 0)
            {
                sets[text[..eq].Trim()] = [.. text[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                continue;
            }

            int open = text.IndexOf('[', StringComparison.Ordinal);
            int close = open < 0 ? -1 : text.IndexOf(']', open);
            if (close < 0)
            {
                errors.Add(new KnowledgeBaseError(name, lineNumber, "agent without a [code]"));
                continue;
            }

            var code = text[(open + 1)..close].Trim();
            bool prefix = code.EndsWith('~');
            code = code.Trim('~').ToUpperInvariant();
            if (code.Length == 0 || !code.All(char.IsAsciiLetterOrDigit))
            {
                errors.Add(new KnowledgeBaseError(name, lineNumber, $"'{text[open..(close + 1)]}' is not an agent code"));
                continue;
            }

            var head = text[..open];
            int brace = head.IndexOf('{', StringComparison.Ordinal);
            var phrase = (brace < 0 ? head : head[..brace]).Trim();
            string[]? plurals = null;
            if (brace >= 0 && head.IndexOf('}', brace) is var end and > 0)
            {
                plurals = head[(brace + 1)..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            }

            var phrases = new List<PetrarchPhrase>();
            foreach (var form in Expand(phrase, sets))
            {
                phrases.Add(Phrase(form));
                if (plurals is { Length: 0 })
                {
                    phrases.Add(Phrase(Plural(form.TrimEnd('_'))));
                }
            }

            foreach (var p in plurals ?? [])
            {
                phrases.AddRange(Expand(p, sets).Select(Phrase));
            }

            agents.Add(new PetrarchAgent(phrases, code, prefix, lineNumber));
        }

        return agents;
    }

    private static PetrarchPhrase Phrase(string raw) =>
        new(string.Join(' ', raw.Replace('_', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant(), raw.EndsWith('_'));

    /// <summary>Each phrase with its "!NAME!" substitution sets replaced by each of their members.</summary>
    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> sets)
    {
        int a = phrase.IndexOf('!', StringComparison.Ordinal);
        int b = a < 0 ? -1 : phrase.IndexOf('!', a + 1);
        if (b < 0 || !sets.TryGetValue(phrase[a..(b + 1)], out var members))
        {
            return [phrase];
        }

        return members.SelectMany(m => Expand(phrase[..a] + m + phrase[(b + 1)..], sets));
    }

    private static string Plural(string word) =>
        word.EndsWith('Y') && word.Length > 1 && !"AEIOU".Contains(word[^2], StringComparison.Ordinal) ? word[..^1] + "IES"
        : word.EndsWith('S') || word.EndsWith('X') || word.EndsWith("CH", StringComparison.Ordinal) || word.EndsWith("SH", StringComparison.Ordinal) ? word + "ES"
        : word + "S";
}
