using Detente.Core.Model;
using Detente.Nlp.Entities.Ner;
using Detente.Nlp.Language;

namespace Detente.Nlp.Entities;

/// <summary>
/// Adds mentions for names the knowledge base does not know: in sentences with capitalised words that no dictionary
/// mention covers, the NER model tags the sentence, and each PER, ORG or LOC span holding such a word and overlapping
/// no other mention becomes a Person, Organization or Location mention with an unknown actor. The model sees the
/// tokens' UPOS tags; when the document is not tagged yet, <paramref name="tagger"/> tags the sentence.
/// </summary>
internal sealed class NerMentions(NerModel model, Tagger? tagger)
{
    /// <summary>Adds the sentence's NER mentions to <paramref name="drafts"/> (whose sentence part starts at <paramref name="first"/>), keeping text order.</summary>
    public void Add(Document doc, int sentence, List<Draft> drafts, int first)
    {
        var s = doc.Sentences[sentence];
        var tokens = doc.Tokens.AsSpan(s.FirstToken, s.TokenCount);
        bool[]? only = null;
        for (int i = 1; i < tokens.Length; i++)
        {
            var form = tokens[i].Form;
            if (form.Length > 1 && char.IsUpper(form[0]) && !Covered(drafts, first, tokens[i].Range))
            {
                only ??= new bool[tokens.Length];
                only[i] = true;
            }
        }

        if (only is null)
        {
            return;
        }

        var words = new string[tokens.Length];
        var upos = new string[tokens.Length];
        bool tagged = true;
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = tokens[i].Form;
            upos[i] = tokens[i].Upos!;
            tagged &= upos[i] is not null;
        }

        var labels = new int[words.Length];
        model.Decode(words, tagged ? upos : tagger?.Tag(words).Upos, labels);
        int added = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] == 0)
            {
                continue;
            }

            int end = i + 1;
            while (end < labels.Length && labels[end] == labels[i] + 1)
            {
                end++;
            }

            var range = new TextRange(tokens[i].Range.Start, tokens[end - 1].Range.End);
            if (Array.IndexOf(only, true, i, end - i) >= 0 && !Covered(drafts, first, range))
            {
                var name = doc.Text[range.Start..range.End];
                var type = NerModel.Labels[labels[i]][2..] switch
                {
                    "PER" => MentionType.Person,
                    "ORG" => MentionType.Organization,
                    _ => MentionType.Location,
                };
                var actor = type == MentionType.Location ? null : new Actor("unknown:" + TextFold.Fold(name).Replace(' ', '-'), name, null, null, null, null);
                drafts.Add(new Draft
                {
                    Start = range.Start,
                    End = range.End,
                    Type = type,
                    Actor = actor,
                    Rule = "ner:" + NerModel.Labels[labels[i]][2..],
                    Sentence = sentence,
                    InQuote = false,
                    Gender = '?',
                });
                added++;
            }

            i = end - 1;
        }

        if (added > 0)
        {
            Reorder(drafts, first);
        }
    }

    private static bool Covered(List<Draft> drafts, int first, TextRange range)
    {
        for (int k = first; k < drafts.Count; k++)
        {
            if (drafts[k].Start < range.End && range.Start < drafts[k].End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sorts the sentence's drafts by position and renumbers antecedents that point inside it.</summary>
    private static void Reorder(List<Draft> drafts, int first)
    {
        var segment = drafts.GetRange(first, drafts.Count - first);
        var sorted = segment.OrderBy(d => d.Start).ToList();
        var newIndex = new Dictionary<Draft, int>(ReferenceEqualityComparer.Instance);
        for (int k = 0; k < sorted.Count; k++)
        {
            newIndex[sorted[k]] = first + k;
        }

        foreach (var d in sorted)
        {
            if (d.Antecedent is { } a && a >= first)
            {
                d.Antecedent = newIndex[segment[a - first]];
            }
        }

        drafts.RemoveRange(first, segment.Count);
        drafts.AddRange(sorted);
    }
}
