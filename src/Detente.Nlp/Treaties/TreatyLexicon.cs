using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Detente.Knowledge.Treaties;

namespace Detente.Nlp.Treaties;

/// <summary>The words of the treaty stage, read from <c>data/kb/treaties/cues.txt</c>: action cues, their modifiers and the nouns of treaty names.</summary>
public sealed class TreatyLexicon
{
    private static readonly string[] Lists =
    [
        "announce", "notify", "accuse", "negation", "future", "hypothetical", "denial", "report",
        "form_heads", "anaphor_heads", "anaphor_blockers", "determiners",
    ];

    private TreatyLexicon(Dictionary<string, ImmutableArray<string>> lists)
    {
        ActionCues = [.. TreatyActionKinds.All.Where(lists.ContainsKey).SelectMany(a => lists[a].Select(p => (p, a)))];
        Modifiers = [.. Lists.Take(8).SelectMany(name => lists.GetValueOrDefault(name, []).Select(p => (p, name)))];
        FormHeads = lists.GetValueOrDefault("form_heads", []).ToFrozenSet(StringComparer.Ordinal);
        AnaphorHeads = lists.GetValueOrDefault("anaphor_heads", []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        AnaphorBlockers = lists.GetValueOrDefault("anaphor_blockers", []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Determiners = lists.GetValueOrDefault("determiners", []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Phrases that signal an action, with the action.</summary>
    public ImmutableArray<(string Phrase, string Action)> ActionCues { get; }

    /// <summary>Phrases that modify an action (announce, notify, accuse, negation, future, hypothetical, denial, report), with their list name.</summary>
    public ImmutableArray<(string Phrase, string List)> Modifiers { get; }

    /// <summary>Capitalised nouns that head a treaty name ("Treaty", "Accord").</summary>
    public FrozenSet<string> FormHeads { get; }

    /// <summary>Nouns that refer back to an agreement ("agreement", "pact").</summary>
    public FrozenSet<string> AnaphorHeads { get; }

    /// <summary>Words after an anaphor head that show a new agreement is meant ("the agreement to ...").</summary>
    public FrozenSet<string> AnaphorBlockers { get; }

    /// <summary>Words that open a reference ("the").</summary>
    public FrozenSet<string> Determiners { get; }

    /// <summary>The path of the lexicon inside a data directory.</summary>
    public static string PathIn(string dataDirectory) => Path.Combine(TreatyKnowledgeBase.FolderIn(dataDirectory), "cues.txt");

    /// <summary>Reads the lexicon from a data directory.</summary>
    /// <exception cref="TreatyDataException">A line is malformed; the message names file and line.</exception>
    public static TreatyLexicon Load(string dataDirectory)
    {
        string path = PathIn(dataDirectory);
        var lists = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        int number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string name = colon > 0 ? line[..colon].Trim() : "";
            if (!TreatyActionKinds.IsKnown(name) && !Lists.Contains(name, StringComparer.Ordinal))
            {
                throw new TreatyDataException(string.Create(CultureInfo.InvariantCulture,
                    $"{path}:{number}: expected 'LIST: phrase; phrase', where LIST is an action ({string.Join(", ", TreatyActionKinds.All)}) or one of {string.Join(", ", Lists)}"));
            }

            var phrases = line[(colon + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (phrases.Length == 0 || !lists.TryAdd(name, [.. phrases]))
            {
                throw new TreatyDataException(string.Create(CultureInfo.InvariantCulture, $"{path}:{number}: list '{name}' is empty or given twice"));
            }
        }

        return new TreatyLexicon(lists);
    }
}
