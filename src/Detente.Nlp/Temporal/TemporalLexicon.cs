using System.Globalization;

namespace Detente.Nlp.Temporal;

/// <summary>
/// The temporal word list (month and weekday names, number words, units, seasons, cue words), loaded once from
/// <c>lexicons/temporal/words.tsv</c> and shared read-only.
/// </summary>
public sealed class TemporalLexicon
{
    /// <summary>Path of the word list below the data directory.</summary>
    public const string RelativePath = "lexicons/temporal/words.tsv";

    private readonly Dictionary<string, TemporalWord> _words;
    private readonly Dictionary<string, TemporalWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private TemporalLexicon(Dictionary<string, TemporalWord> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of distinct words.</summary>
    public int Count => _words.Count;

    /// <summary>Loads the word list from <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="FileNotFoundException">The word list is missing.</exception>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the file and line.</exception>
    public static TemporalLexicon Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, RelativePath);
        return Parse(File.ReadLines(path), path);
    }

    /// <summary>Builds the lexicon from word-list lines; <paramref name="origin"/> names the source in errors.</summary>
    /// <exception cref="InvalidDataException">A line is malformed.</exception>
    public static TemporalLexicon Parse(IEnumerable<string> lines, string origin)
    {
        var words = new Dictionary<string, TemporalWord>(StringComparer.OrdinalIgnoreCase);
        int lineNo = 0;
        foreach (var raw in lines)
        {
            lineNo++;
            if (raw.Length == 0 || raw[0] == '#')
            {
                continue;
            }

            var parts = raw.Split('\t');
            if (parts.Length != 3)
            {
                throw new InvalidDataException($"{origin}:{lineNo}: expected word<TAB>class<TAB>value");
            }

            var word = words.TryGetValue(parts[0], out var w) ? w : TemporalWord.Empty with { Known = true };
            words[parts[0]] = Apply(word, parts[1], parts[2]) ?? throw new InvalidDataException($"{origin}:{lineNo}: bad class or value '{parts[1]}\t{parts[2]}'");
        }

        return new TemporalLexicon(words);
    }

    /// <summary>The entry for a word (case-insensitive), or <see cref="TemporalWord.Empty"/>.</summary>
    internal TemporalWord Find(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var w) ? w : TemporalWord.Empty;

    private static TemporalWord? Apply(TemporalWord w, string cls, string value)
    {
        int n = int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : int.MinValue;
        return cls switch
        {
            "month" when n is >= 1 and <= 12 => w with { Month = n },
            "weekday" when n is >= 1 and <= 7 => w with { Weekday = n },
            "number" when n >= 0 => w with { Number = n },
            "ordinal" when n >= 1 => w with { Ordinal = n },
            "unit" or "units" when ParseUnit(value) is { } u && u != TimeUnit.None => w with { Unit = u, Plural = cls == "units" },
            "season" => w with { Season = value },
            "daypart" => w with { DayPart = value },
            "dayref" when n != int.MinValue => w with { DayRef = n },
            "ref" => w with { Ref = value },
            "set" when ParseUnit(value) is { } su && su != TimeUnit.None => w with { SetUnit = su },
            "cue" when ParseCue(value) is { } c => w with { Cue = c },
            "future" => w with { Future = true },
            "plan" => w with { Plan = true },
            _ => null,
        };
    }

    private static TimeUnit? ParseUnit(string value) =>
        Enum.TryParse<TimeUnit>(value, ignoreCase: true, out var u) ? u : null;

    private static Cue? ParseCue(string value) => value switch
    {
        "yearago" => Cue.YearAgo,
        "oclock" => Cue.OClock,
        "yearend" => Cue.YearEnd,
        _ => Enum.TryParse<Cue>(value, ignoreCase: true, out var c) ? c : null,
    };
}
