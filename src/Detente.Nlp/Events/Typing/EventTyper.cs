using System.Collections.Immutable;
using System.Globalization;
using Detente.Core.Model;

namespace Detente.Nlp.Events.Typing;

/// <summary>
/// Chooses the PLOVER type of coded events with a learned classifier (<see cref="PloverTypeModel"/>) over the rules'
/// proposal and the sentence: when the classifier prefers another type by at least the margin, the event takes that
/// type and its quad class, and its rule says so. The CAMEO code and Goldstein weight stay the rules' (the classifier
/// learned PLOVER types; on CAMEO roots the rules score better), so the two schemes may disagree on such an event. Only events with a source and a
/// target are typed (the classifier learned from dyads); statements (no PLOVER type) are left alone. <see cref="Propose"/> types an interaction the rules found no pattern for. Thread-safe.
/// </summary>
public sealed class EventTyper
{
    private readonly PloverTypeModel _model;
    private readonly CameoCodebook _codebook;
    private readonly float _margin;

    /// <summary>The margin chosen by cross-validation on PLV train: below it the rules' type stands.</summary>
    public const float DefaultMargin = 5f;

    /// <summary>Creates a typer; the classifier overrides the rules only by a score margin of at least <paramref name="margin"/>.</summary>
    public EventTyper(PloverTypeModel model, CameoCodebook codebook, float margin = DefaultMargin)
    {
        _model = model;
        _codebook = codebook;
        _margin = margin;
    }

    /// <summary>The event with its type chosen; returned unchanged without a PLOVER type or a target.</summary>
    public PoliticalEvent Type(Document doc, PoliticalEvent e)
    {
        if (e is not { Plover: not null, Target: not null })
        {
            return e;
        }

        Span<ulong> features = stackalloc ulong[EventFeatures.Max];
        int n = Extract(new SentenceGraph(doc, e.Sentence), e, features);
        return Apply(e, _model.Predict(features[..n]));
    }

    /// <summary>Chooses the types of the events of one sentence, from index <paramref name="from"/> of <paramref name="events"/> on.</summary>
    internal void Retype(SentenceGraph g, ImmutableArray<PoliticalEvent>.Builder events, int from)
    {
        Span<ulong> features = stackalloc ulong[EventFeatures.Max];
        for (int i = from; i < events.Count; i++)
        {
            if (events[i] is { Plover: not null, Target: not null } e && !Curated(e.Rule))
            {
                int n = Extract(g, events[i], features);
                events[i] = Apply(events[i], _model.Predict(features[..n]));
            }
        }
    }

    /// <summary>
    /// True for events coded by our own predicate lexicon ("verb:sign", "noun:talk"): those predicates name their
    /// event type outright, so the classifier, which learned from other wording, does not override them.
    /// </summary>
    public static bool Curated(string? rule) =>
        rule is not null && (rule.StartsWith("verb:", StringComparison.Ordinal) || rule.StartsWith("noun:", StringComparison.Ordinal));

    /// <summary>The features of a coded event (training data for the classifier).</summary>
    public static ulong[] Features(Document doc, PoliticalEvent e)
    {
        Span<ulong> features = stackalloc ulong[EventFeatures.Max];
        int n = Extract(new SentenceGraph(doc, e.Sentence), e, features);
        return features[..n].ToArray();
    }

    /// <summary>The features of an interaction between two actor phrases of a sentence that the rules did not code.</summary>
    public static ulong[] Features(Document doc, int sentence, TextRange source, TextRange? target)
    {
        var g = new SentenceGraph(doc, sentence);
        var (s, t, trigger) = Interaction(g, source, target);
        Span<ulong> features = stackalloc ulong[EventFeatures.Max];
        int n = EventFeatures.Extract(g, trigger, s, t, null, features);
        return features[..n].ToArray();
    }

    /// <summary>
    /// An event typed by the classifier alone for an interaction between <paramref name="source"/> and <paramref name="target"/>
    /// in sentence <paramref name="sentence"/> (the rules found none); null when the words give no predicate.
    /// </summary>
    public PoliticalEvent? Propose(Document doc, int sentence, ActorRef source, ActorRef? target)
    {
        var g = new SentenceGraph(doc, sentence);
        var (s, t, trigger) = Interaction(g, source.Range, target?.Range);
        if (trigger < 0 || s < 0)
        {
            return null;
        }

        Span<ulong> features = stackalloc ulong[EventFeatures.Max];
        int n = EventFeatures.Extract(g, trigger, s, t, null, features);
        var (type, margin) = _model.Predict(features[..n]);
        var plover = _codebook.Labels.Current(_model.Types[type]);
        if (_codebook.Labels.CameoOf(plover) is not { } code || _codebook.Find(code) is not { } entry)
        {
            return null;
        }

        var trig = g[trigger].Range;
        var evidence = new TextRange(Math.Min(trig.Start, source.Range.Start), Math.Max(trig.End, source.Range.End));
        if (target is not null)
        {
            evidence = new TextRange(Math.Min(evidence.Start, target.Range.Start), Math.Max(evidence.End, target.Range.End));
        }

        return new PoliticalEvent
        {
            Source = source,
            Target = target,
            Cameo = entry.Code,
            Plover = plover,
            Quad = entry.Quad,
            Goldstein = entry.Goldstein,
            Sentence = sentence,
            Evidence = evidence,
            Trigger = trig,
            Date = doc.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Rule = string.Create(CultureInfo.InvariantCulture, $"typer: '{g.Form(trigger)}' -> {plover} {entry.Code} (no pattern; margin {margin:0.00})"),
            Confidence = 0.4,
        };
    }

    private PoliticalEvent Apply(PoliticalEvent e, (int Type, float Margin) prediction)
    {
        var label = _model.Types[prediction.Type];
        var labels = _codebook.Labels;
        if (labels.Covers(label, e.Plover) || prediction.Margin < _margin)
        {
            return e;
        }

        var plover = labels.Current(label);
        return labels.ClassOf(plover) is not { } quad
            ? e
            : e with
            {
                Plover = plover,
                Mode = null,
                Quad = quad,
                Rule = string.Create(CultureInfo.InvariantCulture, $"{e.Rule}; typer: PLOVER {e.Plover} -> {plover} (margin {prediction.Margin:0.00}; CAMEO {e.Cameo} kept)"),
            };
    }

    private static int Extract(SentenceGraph g, PoliticalEvent e, Span<ulong> features)
    {
        int trigger = e.Trigger.End > e.Trigger.Start ? EventFeatures.HeadOf(g, e.Trigger) : -1;
        int s = EventFeatures.HeadOf(g, e.Source.Range);
        int t = e.Target is { } target ? EventFeatures.HeadOf(g, target.Range) : -1;
        return EventFeatures.Extract(g, trigger, s, t, e, features);
    }

    /// <summary>The head tokens of the two phrases and the predicate joining them: their lowest common verb ancestor.</summary>
    private static (int Source, int Target, int Trigger) Interaction(SentenceGraph g, TextRange source, TextRange? target)
    {
        int s = EventFeatures.HeadOf(g, source);
        int t = target is { } tr ? EventFeatures.HeadOf(g, tr) : -1;
        if (s < 0)
        {
            return (s, t, -1);
        }

        int x = t >= 0 ? EventFeatures.CommonAncestor(g, s, t) : g.Head(s);
        int start = x;
        for (int steps = 0; x >= 0 && steps < 12 && (x == s || x == t || g[x].Upos is not "VERB"); steps++)
        {
            x = g.Head(x);
        }

        return (s, t, x >= 0 ? x : start);
    }
}
