using System.Globalization;

namespace Detente.Nlp.Entities.Ner;

/// <summary>
/// Reads NER gold data: UNER-style IOB2 files (index TAB word TAB tag ...; '#' comments) and CoNLL files with IO or
/// IOB tags (word SPACE tag). Types other than PER, ORG and LOC (OTH, MISC) and the stray tag "B-O" become O.
/// </summary>
public static class NerCorpus
{
    /// <summary>The entity types the recogniser learns.</summary>
    public static IReadOnlyList<string> Types { get; } = ["PER", "ORG", "LOC"];

    /// <summary>Reads <paramref name="path"/>; the format is recognised from its lines.</summary>
    /// <exception cref="FormatException">A line has no tag; the message names the file and line.</exception>
    public static List<NerSentence> Read(string path)
    {
        var result = new List<NerSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('#') && words.Count == 0 && line.Contains('=', StringComparison.Ordinal))
            {
                continue;
            }

            if (line.Trim().Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush(words, tags, result);
                continue;
            }

            string word, tag;
            var cols = line.Split('\t');
            if (cols.Length >= 3 && int.TryParse(cols[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                (word, tag) = (cols[1], cols[2]);
            }
            else
            {
                int space = line.LastIndexOf(' ');
                if (space <= 0)
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{path}:{lineNumber}: expected a word and a tag"));
                }

                (word, tag) = (line[..space], line[(space + 1)..]);
            }

            words.Add(word);
            tags.Add(Clean(tag));
        }

        Flush(words, tags, result);
        return result;
    }

    /// <summary>Reads <paramref name="path"/> and tags its words' UPOS with <paramref name="tagger"/> (null: no tags), as the recogniser sees them at run time.</summary>
    public static List<(NerSentence Sentence, string[]? Upos)> ReadTagged(string path, Language.Tagger? tagger) =>
        [.. Read(path).Select(s => (s, tagger?.Tag(s.Words).Upos))];

    private static string Clean(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-')
        {
            return "O";
        }

        var type = tag[2..];
        return Types.Contains(type, StringComparer.Ordinal) ? tag[0] + "-" + type : "O";
    }

    private static void Flush(List<string> words, List<string> tags, List<NerSentence> result)
    {
        if (words.Count == 0)
        {
            return;
        }

        // IO tags (wikigold) become IOB2: an I- that does not continue the same type begins an entity.
        var fixedTags = tags.ToArray();
        for (int i = 0; i < fixedTags.Length; i++)
        {
            if (fixedTags[i].StartsWith("I-", StringComparison.Ordinal) && (i == 0 || fixedTags[i - 1] == "O" || fixedTags[i - 1][2..] != fixedTags[i][2..]))
            {
                fixedTags[i] = "B-" + fixedTags[i][2..];
            }
        }

        result.Add(new NerSentence([.. words], fixedTags));
        words.Clear();
        tags.Clear();
    }
}
