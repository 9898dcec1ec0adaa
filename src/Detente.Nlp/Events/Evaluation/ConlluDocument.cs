using System.Collections.Immutable;
using System.Text;
using Detente.Core.Model;

namespace Detente.Nlp.Events.Evaluation;

/// <summary>
/// Builds a parsed <see cref="Document"/> from CoNLL-U sentences (gold or provided parses), for evaluation and tests:
/// the text is the words joined as CoNLL-U's SpaceAfter says, heads become document-level indices.
/// </summary>
public static class ConlluDocument
{
    /// <summary>The layers a document built from CoNLL-U carries.</summary>
    public const Layers Parsed = Layers.Tokens | Layers.Sentences | Layers.Tags | Layers.Lemmas | Layers.Dependencies;

    /// <summary>Builds a document from CoNLL-U blocks, one per sentence (comment lines are ignored).</summary>
    /// <exception cref="FormatException">A word line has fewer than 8 columns or a bad id or head; the message names the line.</exception>
    public static Document Build(string id, IEnumerable<string> sentences, DateOnly? published = null)
    {
        var text = new StringBuilder();
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var sents = ImmutableArray.CreateBuilder<Sentence>();
        foreach (var block in sentences)
        {
            var rows = new List<string[]>();
            foreach (var raw in block.Split('\n'))
            {
                var line = raw.TrimEnd('\r');
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var f = line.Split('\t');
                if (f.Length < 8)
                {
                    throw new FormatException($"CoNLL-U line has {f.Length} columns, expected 10: '{line}'");
                }

                if (f[0].Contains('-', StringComparison.Ordinal) || f[0].Contains('.', StringComparison.Ordinal))
                {
                    continue;
                }

                rows.Add(f);
            }

            if (rows.Count == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(' ');
            }

            int first = tokens.Count;
            int sentStart = text.Length;
            for (int k = 0; k < rows.Count; k++)
            {
                var f = rows[k];
                if (!int.TryParse(f[6], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var head))
                {
                    throw new FormatException($"CoNLL-U head '{f[6]}' is not a number in line '{string.Join('\t', f)}'");
                }

                int start = text.Length;
                text.Append(f[1]);
                bool space = k < rows.Count - 1 && !(f.Length > 9 && f[9].Contains("SpaceAfter=No", StringComparison.Ordinal));
                tokens.Add(new Token(new TextRange(start, text.Length), f[1])
                {
                    Lemma = f[2],
                    Upos = f[3],
                    Xpos = f[4] == "_" ? null : f[4],
                    Head = head == 0 ? -1 : first + head - 1,
                    Relation = UpgradeRelation(f[7], rows, head),
                    SpaceAfter = space,
                });
                if (space)
                {
                    text.Append(' ');
                }
            }

            sents.Add(new Sentence(new TextRange(sentStart, text.Length), first, rows.Count));
        }

        return new Document(new Article(id, text.ToString(), Published: published))
        {
            Tokens = tokens.ToImmutable(),
            Sentences = sents.ToImmutable(),
            Present = Parsed,
        };
    }

    /// <summary>Adds a mention for every token-aligned occurrence of each phrase, resolved to its actor.</summary>
    public static Document WithMentions(Document doc, IEnumerable<(string Phrase, Actor Actor, MentionType Type)> actors)
    {
        var mentions = new List<Mention>();
        foreach (var (phrase, actor, type) in actors)
        {
            int at = 0;
            while ((at = doc.Text.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
            {
                var range = new TextRange(at, at + phrase.Length);
                if (Aligned(doc, range) && !mentions.Exists(m => m.Range.Overlaps(range)))
                {
                    mentions.Add(new Mention(range, phrase, type, actor, Rule: "given"));
                }

                at += phrase.Length;
            }
        }

        mentions.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return doc with { Mentions = [.. mentions], Present = doc.Present | Layers.Mentions };
    }

    /// <summary>Maps UD v1 relations to their v2 names (dobj, nsubjpass, auxpass, neg, name, mwe; nmod under a verb is obl).</summary>
    private static string UpgradeRelation(string rel, List<string[]> rows, int head)
    {
        var headUpos = head >= 1 && head <= rows.Count ? rows[head - 1][3] : string.Empty;
        bool verbal = headUpos is "VERB" or "AUX" or "ADJ" or "ADV";
        return rel switch
        {
            "dobj" => "obj",
            "nsubjpass" => "nsubj:pass",
            "csubjpass" => "csubj:pass",
            "auxpass" => "aux:pass",
            "neg" => "advmod",
            "name" => "flat",
            "mwe" => "fixed",
            "nmod:agent" => "obl:agent",
            "nmod" when verbal => "obl",
            "nmod:tmod" when verbal => "obl:tmod",
            "nmod:npmod" when verbal => "obl:npmod",
            _ => rel,
        };
    }

    private static bool Aligned(Document doc, TextRange range)
    {
        bool start = false, end = false;
        foreach (var t in doc.Tokens)
        {
            start |= t.Range.Start == range.Start;
            end |= t.Range.End == range.End;
        }

        return start && end;
    }
}
