using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Detente.Nlp.Text;

/// <summary>The word lists the text stages read from <c>data/lexicons/text/</c>: abbreviations, hyphen prefixes, boilerplate patterns.</summary>
public sealed class TextLexicons
{
    private TextLexicons(
        FrozenSet<string> abbreviations,
        FrozenSet<string> nonFinalAbbreviations,
        FrozenSet<string> hyphenPrefixes,
        FrozenSet<string> sentenceStarters,
        IReadOnlyList<BoilerplatePattern> boilerplate)
    {
        SentenceStarters = sentenceStarters;
        AnyBoilerplate = new Regex(
            string.Join("|", boilerplate.Select(b => "(?:" + b.Pattern + ")")),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        Abbreviations = abbreviations;
        NonFinalAbbreviations = nonFinalAbbreviations;
        HyphenPrefixes = hyphenPrefixes;
        Boilerplate = boilerplate;
    }

    /// <summary>Abbreviations including their final period ("Gen.", "Jan.", "a.m.").</summary>
    public FrozenSet<string> Abbreviations { get; }

    /// <summary>Abbreviations that never end a sentence (titles before names: "Gen.", "Mr.").</summary>
    public FrozenSet<string> NonFinalAbbreviations { get; }

    /// <summary>Lower-case prefixes that stay joined across a hyphen ("non", "e").</summary>
    public FrozenSet<string> HyphenPrefixes { get; }

    /// <summary>Capitalised words that show a new sentence after an ambiguous abbreviation ("The", "He").</summary>
    public FrozenSet<string> SentenceStarters { get; }

    /// <summary>All boilerplate patterns in one expression, for a single test per line.</summary>
    public Regex AnyBoilerplate { get; }

    /// <summary>Lines longer than this are never boilerplate (no pattern matches more than a short line).</summary>
    public int MaxBoilerplateLineLength => 300;

    /// <summary>Whole-line boilerplate patterns.</summary>
    public IReadOnlyList<BoilerplatePattern> Boilerplate { get; }

    /// <summary>Loads the lexicons from <paramref name="dataDirectory"/>/lexicons/text.</summary>
    /// <exception cref="InvalidDataException">A file is missing or a line is malformed; the message names file and line.</exception>
    public static TextLexicons Load(string dataDirectory)
    {
        var dir = Path.Combine(dataDirectory, "lexicons", "text");
        var abbreviations = new HashSet<string>(StringComparer.Ordinal);
        var nonFinal = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, _) in ReadLines(Path.Combine(dir, "abbreviations.txt")))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            abbreviations.Add(parts[0]);
            if (parts.Length > 1)
            {
                nonFinal.Add(parts[0]);
            }
        }

        var prefixes = ReadLines(Path.Combine(dir, "hyphen-prefixes.txt")).Select(l => l.Line).ToFrozenSet(StringComparer.Ordinal);
        var starters = ReadLines(Path.Combine(dir, "sentence-starters.txt")).Select(l => l.Line).ToFrozenSet(StringComparer.Ordinal);
        var boilerplateFile = Path.Combine(dir, "boilerplate.txt");
        var patterns = new List<BoilerplatePattern>();
        foreach (var (line, number) in ReadLines(boilerplateFile))
        {
            bool next = line.EndsWith(" +next", StringComparison.Ordinal);
            var pattern = next ? line[..^6] : line;
            try
            {
                patterns.Add(new BoilerplatePattern(
                    new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking),
                    next));
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"{boilerplateFile}:{number}: invalid regular expression: {ex.Message}", ex);
            }
        }

        return new TextLexicons(abbreviations.ToFrozenSet(StringComparer.Ordinal), nonFinal.ToFrozenSet(StringComparer.Ordinal), prefixes, starters, patterns);
    }

    private static List<(string Line, int Number)> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"lexicon file not found: {path}");
        }

        var result = new List<(string, int)>();
        int number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            result.Add((line, number));
        }

        return result;
    }
}
