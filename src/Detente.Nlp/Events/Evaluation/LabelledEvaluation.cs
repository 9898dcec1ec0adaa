using Detente.Core.Model;

namespace Detente.Nlp.Events.Evaluation;

/// <summary>
/// Codes labelled sentences and scores the chosen event's PLOVER type and class. When a set marks its source and
/// target phrases they become the mentions and the event between them is preferred; otherwise the pipeline's own
/// mentions are used, or a dictionary when the pipeline finds none. A sentence with no event predicts "NONE" (class 0).
/// </summary>
public sealed class LabelledEvaluation
{
    private static readonly Actor SourceActor = new("gold:source", "source", null, null, null, "SRC");
    private static readonly Actor TargetActor = new("gold:target", "target", null, null, null, "TGT");

    private readonly EventCoder _coder;
    private readonly Func<Article, Document> _analyze;
    private readonly PetrarchActorDictionary? _dictionary;
    private readonly PloverLabels _labels;

    /// <summary>Creates the evaluation over a coder, an analyzer that tokenizes, tags and parses, and an optional actor dictionary.</summary>
    public LabelledEvaluation(EventCoder coder, Func<Article, Document> analyze, PetrarchActorDictionary? dictionary, PloverLabels labels)
    {
        _coder = coder;
        _analyze = analyze;
        _dictionary = dictionary;
        _labels = labels;
    }

    /// <summary>Scores every item; <paramref name="typeOf"/> maps a current PLOVER type to the set's label space (YIELD for PLV).</summary>
    public (LabelScore Type, LabelScore Class) Run(IEnumerable<LabelledSentence> items, Func<string, string>? typeOf = null)
    {
        var type = new LabelScore();
        var cls = new LabelScore();
        foreach (var item in items)
        {
            var doc = _analyze(new Article(item.Id, item.Text, Published: item.Date));
            if (item.Sources.Count + item.Targets.Count > 0)
            {
                doc = WithGoldActors(doc, item);
            }
            else if ((doc.Present & Layers.Mentions) == 0 && _dictionary is not null)
            {
                doc = _dictionary.FindMentions(doc);
            }

            var best = Pick(_coder.Code(doc));
            if (item.GoldType is { } gold)
            {
                var predicted = best?.Plover is { } p ? _labels.Current(p) : "NONE";
                type.Add(gold, typeOf is null || predicted == "NONE" ? predicted : typeOf(predicted));
            }

            if (item.GoldClass is { } goldClass)
            {
                cls.Add(goldClass.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    (best?.Quad ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return (type, cls);
    }

    private static PoliticalEvent? Pick(IReadOnlyList<PoliticalEvent> events)
    {
        PoliticalEvent? best = null;
        double bestScore = double.MinValue;
        foreach (var e in events)
        {
            double score = e.Confidence
                + (e.Source.Actor == SourceActor ? 4 : 0) + (e.Target?.Actor == TargetActor ? 2 : 0)
                + (e.Target is not null ? 0.5 : 0) + (e.Quad == 0 ? -1 : 0);
            if (score > bestScore)
            {
                best = e;
                bestScore = score;
            }
        }

        return best;
    }

    private static Document WithGoldActors(Document doc, LabelledSentence item)
    {
        var mentions = new List<Mention>();
        foreach (var (phrases, actor) in new[] { (item.Sources, SourceActor), (item.Targets, TargetActor) })
        {
            foreach (var phrase in phrases)
            {
                int at = phrase.Length == 0 ? -1 : doc.Text.IndexOf(phrase, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var range = new TextRange(at, at + phrase.Length);
                if (!mentions.Exists(m => m.Range.Overlaps(range)))
                {
                    mentions.Add(new Mention(range, phrase, MentionType.Group, actor, Rule: "gold span"));
                }
            }
        }

        mentions.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return doc with { Mentions = [.. mentions], Present = doc.Present | Layers.Mentions };
    }
}
