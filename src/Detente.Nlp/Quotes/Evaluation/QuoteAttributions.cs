using System.Collections.Immutable;
using Detente.Core.Model;

namespace Detente.Nlp.Quotes.Evaluation;

/// <summary>Groups a document's quotes into attributions the way attribution corpora count them: one per cue.</summary>
public static class QuoteAttributions
{
    /// <summary>One attribution per distinct cue (its quotes' contents as pieces); quotes without a cue stand alone.</summary>
    public static List<GoldAttribution> From(ImmutableArray<Quote> quotes)
    {
        var result = new List<GoldAttribution>();
        var byCue = new Dictionary<TextRange, int>();
        foreach (var q in quotes)
        {
            ImmutableArray<TextRange> source = q.Speaker is { } s ? [s.Range] : [];
            if (q.Cue is { } cue && byCue.TryGetValue(cue, out var i))
            {
                var a = result[i];
                result[i] = a with
                {
                    Content = a.Content.Add(q.Content),
                    Source = a.Source.IsEmpty ? source : a.Source,
                };
                continue;
            }

            if (q.Cue is { } c)
            {
                byCue[c] = result.Count;
            }

            result.Add(new GoldAttribution(source, q.Cue is { } k ? [k] : [], [q.Content]));
        }

        return result;
    }
}
