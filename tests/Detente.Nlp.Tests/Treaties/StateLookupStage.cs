using System.Collections.Immutable;
using Detente.Core.Model;
using Detente.Core.Pipeline;

namespace Detente.Nlp.Tests.Treaties;

/// <summary>A tiny stand-in for the actor stage: marks the few state names and people the treaty tests need.</summary>
internal sealed class StateLookupStage : IStage
{
    private static readonly (string Text, string Country, MentionType Type)[] Names =
    [
        ("United States", "USA", MentionType.State),
        ("US", "USA", MentionType.State),
        ("U.S.", "USA", MentionType.State),
        ("America", "USA", MentionType.State),
        ("Washington", "USA", MentionType.State),
        ("Russia", "RUS", MentionType.State),
        ("Moscow", "RUS", MentionType.State),
        ("Kremlin", "RUS", MentionType.State),
        ("USSR", "SUN", MentionType.State),
        ("Soviet Union", "SUN", MentionType.State),
        ("Iran", "IRN", MentionType.State),
        ("France", "FRA", MentionType.State),
        ("Ukraine", "UKR", MentionType.State),
        ("George W. Bush", "USA", MentionType.Person),
        ("Donald Trump", "USA", MentionType.Person),
        ("Trump", "USA", MentionType.Person),
        ("Vladimir Putin", "RUS", MentionType.Person),
        ("Putin", "RUS", MentionType.Person),
        ("Sergey Lavrov", "RUS", MentionType.Person),
        ("Lavrov", "RUS", MentionType.Person),
    ];

    public string Name => "test-states";

    public Layers Requires => Layers.Tokens;

    public Layers Produces => Layers.Mentions;

    public Document Process(Document document)
    {
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        var tokens = document.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            foreach (var (text, country, type) in Names)
            {
                int start = tokens[t].Range.Start;
                if (start + text.Length <= document.Text.Length
                    && string.CompareOrdinal(document.Text, start, text, 0, text.Length) == 0
                    && (start + text.Length == document.Text.Length || !char.IsLetter(document.Text[start + text.Length])))
                {
                    var range = new TextRange(start, start + text.Length);
                    mentions.Add(new Mention(range, text, type, new Actor(country, text, country, "GOV", null, country + "GOV")));
                    while (t + 1 < tokens.Length && tokens[t + 1].Range.Start < range.End)
                    {
                        t++;
                    }

                    break;
                }
            }
        }

        return document with { Mentions = mentions.ToImmutable() };
    }
}
