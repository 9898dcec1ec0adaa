using System.Globalization;
using Detente.Knowledge.Loading;

namespace Detente.Knowledge.Petrarch;

/// <summary>
/// Reads PETRARCH/TABARI actor dictionaries (Phoenix.*.actors.txt, PETR.Validate.actors.txt): an entry line
/// "NAME_ [CODE ...]", "+SYNONYM" lines, indented "[CODE DATE]" lines, where a date restriction is "&gt;YYMMDD",
/// "&lt;YYMMDD" or "YYMMDD-YYMMDD" (also eight-digit years); '#' and &lt;!-- --&gt; comments. Problems are
/// collected with their line. A phrase written with a trailing "_" matches whole words only; without it, its last
/// word may match as a stem (kept in <see cref="PetrarchActor.Phrases"/>).
/// </summary>
public static class PetrarchActorDictionary
{
    /// <summary>Parses the lines of the dictionary named <paramref name="name"/>.</summary>
    public static List<PetrarchActor> Parse(string name, IEnumerable<string> lines, List<KnowledgeBaseError> errors)
    {
        var actors = new List<PetrarchActor>();
        string? current = null;
        int currentLine = 0;
        var synonyms = new List<string>();
        var phrases = new List<PetrarchPhrase>();
        var codes = new List<PetrarchCode>();
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
            if (hash >= 0)
            {
                line = line[..hash];
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var trimmed = line.Trim();
            if (trimmed.StartsWith('+'))
            {
                if (current is null)
                {
                    errors.Add(new KnowledgeBaseError(name, lineNumber, "synonym before any actor"));
                    continue;
                }

                var (phrase, synonymCodes) = SplitCodes(name, lineNumber, trimmed[1..], errors);
                synonyms.Add(phrase);
                phrases.Add(new PetrarchPhrase(phrase, IsExact(trimmed[1..])));
                codes.AddRange(synonymCodes);
                continue;
            }

            if (trimmed.StartsWith('[') && char.IsWhiteSpace(line[0]))
            {
                if (current is null)
                {
                    errors.Add(new KnowledgeBaseError(name, lineNumber, "code before any actor"));
                    continue;
                }

                codes.AddRange(SplitCodes(name, lineNumber, trimmed, errors).Codes);
                continue;
            }

            Flush();
            var (entry, entryCodes) = SplitCodes(name, lineNumber, trimmed, errors);
            current = entry;
            currentLine = lineNumber;
            phrases.Add(new PetrarchPhrase(entry, IsExact(trimmed)));
            codes.AddRange(entryCodes);
        }

        Flush();
        return actors;

        void Flush()
        {
            if (current is not null && current.Length > 0)
            {
                actors.Add(new PetrarchActor(current, [.. synonyms], [.. codes], currentLine) { Phrases = [.. phrases] });
            }

            current = null;
            synonyms.Clear();
            phrases.Clear();
            codes.Clear();
        }
    }

    /// <summary>True when the phrase before the first '[' (or '{') ends with "_": whole words only.</summary>
    internal static bool IsExact(string text)
    {
        int end = text.IndexOfAny(['[', '{']);
        return (end < 0 ? text : text[..end]).TrimEnd().EndsWith('_');
    }

    /// <summary>The phrase before the first '[' (underscores to spaces) and the bracketed codes.</summary>
    private static (string Phrase, List<PetrarchCode> Codes) SplitCodes(string name, int line, string text, List<KnowledgeBaseError> errors)
    {
        var codes = new List<PetrarchCode>();
        int open = text.IndexOf('[', StringComparison.Ordinal);
        var phrase = string.Join(' ', (open < 0 ? text : text[..open]).Replace('_', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        while (open >= 0)
        {
            int close = text.IndexOf(']', open);
            if (close < 0)
            {
                errors.Add(new KnowledgeBaseError(name, line, "'[' without ']'"));
                break;
            }

            // "A/B" gives several codes with the same restriction.
            var body = text[(open + 1)..close].Trim();
            int space = body.IndexOfAny([' ', '\t']);
            var head = space < 0 ? body : body[..space];
            foreach (var one in head.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                var code = ParseCode(one + (space < 0 ? string.Empty : body[space..]), out var problem);
                if (problem is not null)
                {
                    errors.Add(new KnowledgeBaseError(name, line, problem));
                }
                else if (code is not null)
                {
                    codes.Add(code);
                }
            }

            open = text.IndexOf('[', close);
        }

        return (phrase, codes);
    }

    private static PetrarchCode? ParseCode(string body, out string? problem)
    {
        problem = null;
        var parts = body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            problem = "empty code '[]'";
            return null;
        }

        var code = parts[0] is "---" or "+++" ? null : parts[0].ToUpperInvariant();
        if (code is not null && (code.StartsWith('~') || !code.All(char.IsAsciiLetterOrDigit)))
        {
            problem = $"'{parts[0]}' is not an actor code";
            return null;
        }

        if (parts.Length == 1)
        {
            return new PetrarchCode(code, null, null);
        }

        var restriction = parts[1];
        if (restriction.StartsWith('>') && Date(restriction[1..]) is { } after)
        {
            return new PetrarchCode(code, after, null);
        }

        if (restriction.StartsWith('<') && Date(restriction[1..]) is { } before)
        {
            return new PetrarchCode(code, null, before);
        }

        int dash = restriction.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && Date(restriction[..dash]) is { } from && Date(restriction[(dash + 1)..]) is { } to)
        {
            return new PetrarchCode(code, from, to);
        }

        problem = $"date restriction '{restriction}' should be >YYMMDD, <YYMMDD or YYMMDD-YYMMDD";
        return null;
    }

    /// <summary>YYMMDD (years before 30 are 20xx) or YYYYMMDD; null when it is not a date.</summary>
    public static DateOnly? Date(string s)
    {
        string full = s.Length switch
        {
            6 when int.TryParse(s[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var yy) => (yy < 30 ? "20" : "19") + s,
            8 => s,
            _ => string.Empty,
        };
        return DateOnly.TryParseExact(full, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
