using System.Globalization;
using System.Text;
using Detente.Core.Model;
using Detente.Nlp.Events;
using Detente.Nlp.Events.Evaluation;
using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Events;

/// <summary>Builds parsed documents from a compact hand-written parse ("form lemma UPOS head relation" per token) and codes them.</summary>
internal static class ParsedSentences
{
    private static readonly Lazy<EventCoder> SharedCoder = new(() => new EventCoder(CameoCodebook.Load(TestPaths.Data), PredicateLexicon.Load(TestPaths.Data)));

    public static readonly (string, Actor, MentionType)[] MiddleEarth =
    [
        ("Arnor", new Actor("ARN", "Arnor", "ARN", "GOV", null, "ARN"), MentionType.State),
        ("Gondor", new Actor("GON", "Gondor", "GON", "GOV", null, "GON"), MentionType.State),
        ("Rohan", new Actor("ROH", "Rohan", "ROH", "GOV", null, "ROH"), MentionType.State),
        ("Mordor", new Actor("MOR", "Mordor", "MOR", "GOV", null, "MOR"), MentionType.State),
        ("Dale", new Actor("DAL", "Dale", "DAL", "GOV", null, "DAL"), MentionType.State),
    ];

    public static EventCoder Coder => SharedCoder.Value;

    /// <summary>Turns compact token lines into one CoNLL-U block.</summary>
    public static string Conllu(string compact)
    {
        var sb = new StringBuilder();
        int id = 0;
        foreach (var raw in compact.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var f = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            id++;
            sb.Append(CultureInfo.InvariantCulture, $"{id}\t{f[0]}\t{f[1]}\t{f[2]}\t_\t_\t{f[3]}\t{f[4]}\t_\t_\n");
        }

        return sb.ToString();
    }

    /// <summary>A document of the given sentences with the Middle-earth actors and any extra mentions.</summary>
    public static Document Document(string id, DateOnly? published, params string[] compactSentences) =>
        ConlluDocument.WithMentions(ConlluDocument.Build(id, compactSentences.Select(Conllu), published), MiddleEarth);

    /// <summary>Codes one hand-parsed sentence.</summary>
    public static IReadOnlyList<PoliticalEvent> Code(string compact, DateOnly? published = null) =>
        Coder.Code(Document("test", published ?? new DateOnly(2024, 5, 1), compact));
}
