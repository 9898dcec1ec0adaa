using System.Globalization;
using Detente.Core.Model;
using Detente.Nlp.Events.Typing;
using Detente.Nlp.Language;

namespace Detente.Nlp.Events.Evaluation;

/// <summary>
/// Codes labelled sentences and scores the chosen event's PLOVER type and class. When a set marks its source and
/// target phrases they become the mentions and the event between them is preferred; otherwise the pipeline's own
/// mentions are used, or a dictionary when the pipeline finds none. A sentence with no event predicts "NONE" (class 0),
/// unless a typer is given and the set marks the actors: then the typer proposes the type of their interaction.
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

    /// <summary>Scores every item with the coder as given (its own typer, if any).</summary>
    public (LabelScore Type, LabelScore Class) Run(IEnumerable<LabelledSentence> items, Func<string, string>? typeOf = null)
    {
        var list = items.ToList();
        return Score(list, Analyze(list), _ => null, typeOf);
    }

    /// <summary>The analyzed document of each item, with the marked actors as its mentions.</summary>
    public IReadOnlyList<Document> Analyze(IReadOnlyList<LabelledSentence> items)
    {
        var docs = new Document[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var doc = _analyze(new Article(item.Id, item.Text, Published: item.Date));
            if (item.Sources.Count + item.Targets.Count > 0)
            {
                doc = WithGoldActors(doc, item);
            }
            else if ((doc.Present & Layers.Mentions) == 0 && _dictionary is not null)
            {
                doc = _dictionary.FindMentions(doc);
            }

            docs[i] = doc;
        }

        return docs;
    }

    /// <summary>
    /// Scores items whose documents are analyzed; <paramref name="typerOf"/> gives the typer for item i (null: the coder as
    /// given); <paramref name="typeOf"/> maps a current PLOVER type to the set's label space (YIELD for PLV).
    /// </summary>
    public (LabelScore Type, LabelScore Class) Score(IReadOnlyList<LabelledSentence> items, IReadOnlyList<Document> docs,
        Func<int, EventTyper?> typerOf, Func<string, string>? typeOf = null)
    {
        var type = new LabelScore();
        var cls = new LabelScore();
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var best = Predict(typerOf(i), docs[i]);
            var predicted = best?.Plover is { } p ? _labels.Current(p) : "NONE";
            var label = typeOf is null || predicted == "NONE" ? predicted : typeOf(predicted);
            if (item.GoldType is { } gold)
            {
                type.Add(gold, label);
            }

            if (item.GoldClass is { } goldClass)
            {
                int quad = label == predicted ? best?.Quad ?? 0 : _labels.ClassOf(label) ?? best?.Quad ?? 0;
                cls.Add(goldClass.ToString(CultureInfo.InvariantCulture), quad.ToString(CultureInfo.InvariantCulture));
            }
        }

        return (type, cls);
    }

    /// <summary>
    /// Training items for the typer: the features of the event the rules alone choose for each item (or of the marked
    /// actors' interaction when they code none), labelled with the gold type, or with the types of the allowed classes.
    /// </summary>
    public IReadOnlyList<TypingExample> Examples(IReadOnlyList<LabelledSentence> items, IReadOnlyList<Document> docs)
    {
        var examples = new List<TypingExample>();
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            IReadOnlyList<string>? allowed = item.GoldType is { } gold ? [gold]
                : item.AllowedClasses is { } classes ? [.. _labels.Types.Where(t => classes.Contains(_labels.ClassOf(t) ?? -1)).Append("YIELD")]
                : null;
            if (allowed is null)
            {
                continue;
            }

            var doc = docs[i];
            var best = Usable(Pick(_coder.Code(doc)), doc);
            var features = best is not null ? EventTyper.Features(doc, best)
                : GoldPair(doc) is { } pair ? EventTyper.Features(doc, pair.Sentence, pair.Source.Range, pair.Target?.Range)
                : null;
            if (features is not null)
            {
                examples.Add(new TypingExample(features, allowed, item.Group));
            }
        }

        return examples;
    }

    /// <summary>
    /// Cross-validated scores: the typer of each fold is trained on the other folds' examples and on <paramref name="extra"/>
    /// (items of another set, always in training), and scores the fold's items.
    /// </summary>
    public (LabelScore Type, LabelScore Class) CrossValidate(IReadOnlyList<LabelledSentence> items, IReadOnlyList<Document> docs,
        IReadOnlyList<TypingExample> extra, int folds, TrainingOptions options, CameoCodebook codebook, float margin, Func<string, string>? typeOf = null)
    {
        var examples = Examples(items, docs);
        var (_, models) = PloverTypeTrainer.CrossValidate(examples, extra, folds, options);
        var typers = models.Select(m => new EventTyper(m, codebook, margin)).ToArray();
        return Score(items, docs, i => typers[PloverTypeTrainer.FoldOf(items[i].Group, folds)], typeOf);
    }

    private PoliticalEvent? Predict(EventTyper? typer, Document doc)
    {
        var best = Pick(_coder.Code(doc));
        if (typer is null)
        {
            return best;
        }

        if (Usable(best, doc) is { } usable)
        {
            return typer.Type(doc, usable);
        }

        return GoldPair(doc) is { } pair ? typer.Propose(doc, pair.Sentence, pair.Source, pair.Target) ?? best : best;
    }

    /// <summary>
    /// The chosen event when it has a PLOVER type and involves one of the marked actors; when its source is the marked
    /// source and the rules found no target, the marked target (the set names the dyad) becomes its target.
    /// </summary>
    private static PoliticalEvent? Usable(PoliticalEvent? e, Document doc)
    {
        if (e is not { Plover: not null } || !(IsGold(e.Source.Actor) || IsGold(e.Target?.Actor)))
        {
            return null;
        }

        return e.Target is null && e.Source.Actor == SourceActor && GoldPair(doc) is { Target: { } target } ? e with { Target = target } : e;
    }

    private static bool IsGold(Actor? a) => a == SourceActor || a == TargetActor;

    private static (int Sentence, ActorRef Source, ActorRef? Target)? GoldPair(Document doc)
    {
        Mention? source = null, target = null;
        foreach (var m in doc.Mentions)
        {
            if (m.Actor == SourceActor)
            {
                source ??= m;
            }
            else if (m.Actor == TargetActor)
            {
                target ??= m;
            }
        }

        if (source is null)
        {
            return null;
        }

        int sentence = -1;
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            if (doc.Sentences[s].Range.Contains(source.Range))
            {
                sentence = s;
                break;
            }
        }

        if (sentence < 0)
        {
            return null;
        }

        var t = target is not null && doc.Sentences[sentence].Range.Contains(target.Range) ? new ActorRef(target.Text, target.Range, target.Actor) : null;
        return (sentence, new ActorRef(source.Text, source.Range, source.Actor), t);
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
