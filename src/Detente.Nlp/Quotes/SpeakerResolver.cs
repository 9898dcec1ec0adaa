using Detente.Core.Model;

namespace Detente.Nlp.Quotes;

/// <summary>
/// Turns a source span into a <see cref="QuoteSpeaker"/>: the actor of the mention inside it, following
/// <see cref="Mention.Antecedent"/> links ("he" → "the diplomat" → "Sergey Lavrov"); without mentions, a pronoun
/// or role ("he", "the Russian minister") takes the last speaker named by name (the flow of the text).
/// </summary>
internal sealed class SpeakerResolver
{
    private const int MaxChain = 16;

    private readonly Document _doc;
    private readonly QuoteLexicon _lexicon;
    private readonly List<QuoteSpeaker> _named = [];

    public SpeakerResolver(Document doc, QuoteLexicon lexicon)
    {
        _doc = doc;
        _lexicon = lexicon;
    }

    /// <summary>Resolves <paramref name="source"/>; call in text order so the flow of speakers is followed.</summary>
    public QuoteSpeaker Resolve(TextRange source)
    {
        var text = _doc.Slice(source);
        Actor? actor = null;
        TextRange? antecedent = null;
        if (FindMention(source) is { } index)
        {
            var mentions = _doc.Mentions;
            var current = mentions[index];
            for (int step = 0; step < MaxChain && current.Actor is null && current.Antecedent is { } a && a >= 0 && a < mentions.Length; step++)
            {
                current = mentions[a];
            }

            actor = current.Actor;
            if (!source.Contains(current.Range))
            {
                antecedent = current.Range;
            }
        }

        bool anaphoric = IsAnaphoric(text);
        bool owned = text.Contains("’s ", StringComparison.Ordinal) || text.Contains("'s ", StringComparison.Ordinal);
        if (actor is null && antecedent is null && anaphoric && owned && TitleHolder(text, source.Start) is { } holder)
        {
            antecedent = holder;
        }
        else if (actor is null && antecedent is null && anaphoric && Antecedent(text) is { } named)
        {
            actor = named.Actor;
            antecedent = named.Antecedent ?? named.Range;
        }

        var speaker = new QuoteSpeaker(source, text, actor)
        {
            Antecedent = antecedent,
            AntecedentText = antecedent is { } r ? _doc.Slice(r) : null,
        };
        if ((!anaphoric && IsName(text)) || antecedent is not null)
        {
            _named.Add(speaker);
        }

        return speaker;
    }

    // A pronoun takes the last named speaker. A role takes the last speaker whose words hold its head noun
    // ("the Russian minister" → "Russian Foreign Minister Sergey Lavrov"), else the last named speaker unless
    // the role is a former one ("the former US president" is someone else).
    private QuoteSpeaker? Antecedent(string text)
    {
        if (_named.Count == 0)
        {
            return null;
        }

        if (SentenceWords.Pronoun.Contains(text))
        {
            return _named[^1];
        }

        var head = text[(text.LastIndexOf(' ') + 1)..];
        for (int i = _named.Count - 1; i >= 0; i--)
        {
            var named = _named[i];
            var words = named.AntecedentText ?? named.Text;
            if (words.Contains(head, StringComparison.OrdinalIgnoreCase))
            {
                return named;
            }
        }

        return text.Contains("former", StringComparison.OrdinalIgnoreCase) || text.Contains("ex-", StringComparison.OrdinalIgnoreCase) ? null : _named[^1];
    }

    // "the top diplomat": the last name written right after a title of that office before the speaker
    // ("his secretary of state, Rex Tillerson", "Foreign Minister Sergey Lavrov").
    private TextRange? TitleHolder(string role, int before)
    {
        var head = role[(role.LastIndexOf(' ') + 1)..];
        if (SentenceWords.Pronoun.Contains(role) || role.Contains("former", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = _doc.Text;
        TextRange? best = null;
        foreach (var title in _lexicon.TitlesOf(head))
        {
            int at = before;
            while (at > 0 && (at = text.LastIndexOf(title, at - 1, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                int i = at + title.Length;
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                }

                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }

                int start = i;
                while (i < text.Length && char.IsUpper(text[i]))
                {
                    while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '.'))
                    {
                        i++;
                    }

                    if (i + 1 < text.Length && text[i] == ' ' && char.IsUpper(text[i + 1]))
                    {
                        i++;
                    }
                }

                while (i > start && text[i - 1] is '.' or '-')
                {
                    i--;
                }

                if (i > start && (best is null || start > best.Value.Start))
                {
                    best = new TextRange(start, i);
                }

                if (i > start || at == 0)
                {
                    break;
                }
            }
        }

        return best;
    }

    // Names a speaker by name: a capitalised word other than a leading determiner.
    private static bool IsName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            if (char.IsUpper(words[i][0]) && !(i == 0 && words[i] is "The" or "A" or "An" or "His" or "Her" or "Their" or "Its" or "This" or "Some" or "Many"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for "he", "she", "they" and definite roles ("the diplomat", "Moscow's top diplomat").</summary>
    public static bool IsAnaphoric(string text)
    {
        if (SentenceWords.Pronoun.Contains(text))
        {
            return true;
        }

        int lastSpace = text.LastIndexOf(' ');
        if (lastSpace < 0)
        {
            return false;
        }

        var head = text.AsSpan(lastSpace + 1);
        if (head.Length == 0 || !char.IsLower(head[0]) || (head.EndsWith("s") && !head.EndsWith("ss")))
        {
            return false;
        }

        return text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
            || text.Contains("’s ", StringComparison.Ordinal) || text.Contains("'s ", StringComparison.Ordinal)
            || text.StartsWith("his ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("her ", StringComparison.OrdinalIgnoreCase);
    }

    private int? FindMention(TextRange source)
    {
        var mentions = _doc.Mentions;
        int? best = null;
        for (int i = 0; i < mentions.Length; i++)
        {
            var m = mentions[i].Range;
            if (m.Start >= source.End)
            {
                break;
            }

            if (m.Overlaps(source))
            {
                // Prefer a mention with an actor; among equals the last (the head of "Russia's foreign minister Lavrov").
                if (best is null || mentions[i].Actor is not null || mentions[best.Value].Actor is null)
                {
                    best = i;
                }
            }
        }

        return best;
    }
}
