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
    private QuoteSpeaker? _lastNamed;

    public SpeakerResolver(Document doc) => _doc = doc;

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
        if (actor is null && antecedent is null && anaphoric && _lastNamed is { } named)
        {
            actor = named.Actor;
            antecedent = named.Antecedent ?? named.Range;
        }

        var speaker = new QuoteSpeaker(source, text, actor)
        {
            Antecedent = antecedent,
            AntecedentText = antecedent is { } r ? _doc.Slice(r) : null,
        };
        if (!anaphoric || antecedent is not null)
        {
            _lastNamed = speaker;
        }

        return speaker;
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
