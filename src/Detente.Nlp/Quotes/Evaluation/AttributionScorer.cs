using System.Collections.Immutable;
using Detente.Core.Model;

namespace Detente.Nlp.Quotes.Evaluation;

/// <summary>
/// Scores predicted attributions against gold, per span type (source, cue, content), exact and overlap.
/// A span made of pieces is compared by its hull (first start to last end). Exact: equal hulls, ignoring
/// whitespace and a final period at the edges. Overlap: the hulls share a character. Each gold span
/// matches at most one predicted span, and the other way round.
/// </summary>
public sealed class AttributionScorer
{
    /// <summary>Span types scored.</summary>
    public static readonly ImmutableArray<string> Types = ["source", "cue", "content"];

    private readonly Dictionary<(string Type, bool Exact), SpanScore> _scores = [];

    /// <summary>The score for a span type ("source", "cue", "content") and criterion.</summary>
    public SpanScore Score(string type, bool exact)
    {
        if (!_scores.TryGetValue((type, exact), out var s))
        {
            _scores[(type, exact)] = s = new SpanScore();
        }

        return s;
    }

    /// <summary>Adds one article's gold and predicted attributions.</summary>
    public void Add(string text, IReadOnlyList<GoldAttribution> gold, IReadOnlyList<GoldAttribution> predicted)
    {
        foreach (var type in Types)
        {
            var g = Hulls(text, gold, type);
            var p = Hulls(text, predicted, type);
            foreach (var exact in new[] { true, false })
            {
                Match(Score(type, exact), g, p, exact);
            }
        }
    }

    private static void Match(SpanScore score, List<TextRange> gold, List<TextRange> predicted, bool exact)
    {
        score.Gold += gold.Count;
        score.Predicted += predicted.Count;
        var used = new bool[gold.Count];
        foreach (var p in predicted)
        {
            int best = -1, bestOverlap = 0;
            for (int i = 0; i < gold.Count; i++)
            {
                if (used[i])
                {
                    continue;
                }

                var g = gold[i];
                int overlap = Math.Min(g.End, p.End) - Math.Max(g.Start, p.Start);
                if (exact ? g == p : overlap > bestOverlap)
                {
                    best = i;
                    bestOverlap = overlap;
                    if (exact)
                    {
                        break;
                    }
                }
            }

            if (best >= 0)
            {
                used[best] = true;
                score.MatchedGold++;
                score.MatchedPredicted++;
            }
        }
    }

    private static List<TextRange> Hulls(string text, IReadOnlyList<GoldAttribution> attributions, string type)
    {
        var result = new List<TextRange>();
        foreach (var a in attributions)
        {
            var pieces = type switch { "source" => a.Source, "cue" => a.Cue, _ => a.Content };
            if (pieces.IsEmpty)
            {
                continue;
            }

            var hull = Trim(text, new TextRange(pieces.Min(r => r.Start), pieces.Max(r => r.End)));
            if (hull.Length > 0 && !result.Contains(hull))
            {
                result.Add(hull);
            }
        }

        return result;
    }

    private static TextRange Trim(string text, TextRange r)
    {
        int s = r.Start, e = Math.Min(r.End, text.Length);
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(text[e - 1]) || (text[e - 1] is '.' or ',' && (e - 1 == s || text[e - 2] != '.'))))
        {
            e--;
        }

        return new TextRange(s, e);
    }
}
