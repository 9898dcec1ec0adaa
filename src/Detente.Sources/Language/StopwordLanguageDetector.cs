using System.Globalization;
using System.Text;

namespace Detente.Sources.Language;

/// <summary>
/// Guesses a text's language from its writing system and, for Latin script, from the share of its words that
/// are function words of each language (lists in data/lexicons/language-stopwords.txt). Small, fast and
/// deterministic; made to tell English news from other languages, not to rank close relatives finely.
/// </summary>
public sealed class StopwordLanguageDetector
{
    /// <summary>Path of the word lists relative to the data folder.</summary>
    public const string RelativePath = "lexicons/language-stopwords.txt";

    private const int MinWords = 12;
    private const double MinShare = 0.12;

    /// <summary>Distinct function words a language needs: tables repeating "under", "over", "no" prove nothing.</summary>
    private const int MinDistinct = 4;
    private readonly Dictionary<string, HashSet<string>> _stopwords;

    /// <summary>Creates a detector over word lists keyed by language code.</summary>
    public StopwordLanguageDetector(IReadOnlyDictionary<string, IReadOnlyCollection<string>> stopwords)
    {
        _stopwords = stopwords.ToDictionary(kv => kv.Key, kv => new HashSet<string>(kv.Value, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>Loads the word lists from <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="FileNotFoundException">The list file is missing.</exception>
    /// <exception cref="InvalidDataException">A line is not "code: words".</exception>
    public static StopwordLanguageDetector Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, RelativePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: language word lists not found", path);
        }

        var lists = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        int lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            var code = colon > 0 ? line[..colon].Trim() : string.Empty;
            if (code.Length is < 2 or > 3 || !code.All(char.IsAsciiLetterLower))
            {
                throw new InvalidDataException($"{path}:{lineNo}: expected 'code: word word ...'");
            }

            lists[code] = line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        return new StopwordLanguageDetector(lists);
    }

    /// <summary>Guesses the language of <paramref name="text"/> (only the first 20,000 characters are read).</summary>
    public LanguageGuess Detect(string text)
    {
        var sample = text.Length > 20000 ? text[..20000] : text;
        var (script, scriptShare) = DominantScript(sample);
        if (script is not null)
        {
            return new LanguageGuess(script, scriptShare, 0);
        }

        var words = Words(sample);
        if (words.Count < MinWords)
        {
            return new LanguageGuess(LanguageGuess.Undetermined, 0, words.Count);
        }

        string best = LanguageGuess.Undetermined;
        int bestHits = 0;
        foreach (var (code, list) in _stopwords)
        {
            int hits = words.Count(list.Contains);
            if (hits > bestHits)
            {
                (best, bestHits) = (code, hits);
            }
        }

        double share = (double)bestHits / words.Count;
        bool varied = best != LanguageGuess.Undetermined && words.Where(_stopwords[best].Contains).Distinct(StringComparer.Ordinal).Take(MinDistinct).Count() >= MinDistinct;
        return share >= MinShare && varied ? new LanguageGuess(best, share, words.Count) : new LanguageGuess(LanguageGuess.Undetermined, share, words.Count);
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetter(c) || (c == '\'' && sb.Length > 0))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString().TrimEnd('\''));
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }

        return words;
    }

    /// <summary>A non-Latin script that holds most of the letters, with its share, or null for Latin text.</summary>
    private static (string? Script, double Share) DominantScript(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int letters = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            var script = ScriptOf(c);
            counts[script] = counts.GetValueOrDefault(script) + 1;
        }

        if (letters == 0)
        {
            return (null, 0);
        }

        var top = counts.MaxBy(kv => kv.Value);
        double share = (double)top.Value / letters;
        return top.Key != "latin" && share > 0.5 ? (top.Key, share) : (null, 0);
    }

    private static string ScriptOf(char c) => c switch
    {
        < '\u0250' => "latin",
        >= '\u1E00' and < '\u1F00' => "latin",
        >= '\u0370' and < '\u0400' => "greek",
        >= '\u0400' and < '\u0530' => "cyrillic",
        >= '\u0590' and < '\u0600' => "hebrew",
        >= '\u0600' and < '\u0780' => "arabic",
        >= '\u0900' and < '\u0E00' => "indic",
        >= '\u0E00' and < '\u0E80' => "thai",
        >= '\u3040' and < '\u3100' => "japanese",
        >= '\uAC00' and < '\uD7B0' => "korean",
        >= '\u4E00' and < '\uA000' => "cjk",
        _ => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter ? "other" : "latin",
    };
}
