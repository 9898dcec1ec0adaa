using System.Collections.Immutable;
using Detente.Core.Model;

namespace Detente.Nlp.Temporal;

/// <summary>
/// Finds time expressions in text and resolves each to a TIMEX3 value against the reference date and the
/// narrative time of the preceding text. Thread-safe: holds only the read-only lexicon.
/// </summary>
public sealed class TimeExpressionRecognizer
{
    private readonly TemporalLexicon _lexicon;

    /// <summary>Creates a recogniser over <paramref name="lexicon"/>.</summary>
    public TimeExpressionRecognizer(TemporalLexicon lexicon) => _lexicon = lexicon;

    /// <summary>
    /// The time expressions of <paramref name="text"/>, sentence by sentence, in text order. Without a
    /// <paramref name="reference"/> date, values that depend on it keep their unknown digits as X.
    /// </summary>
    public ImmutableArray<TimeExpression> Recognize(string text, IReadOnlyList<TextRange> sentences, DateOnly? reference)
    {
        var result = ImmutableArray.CreateBuilder<TimeExpression>();
        var tokens = new List<TimexToken>(64);
        NarrativeTime? narrative = null;
        var anchor = reference ?? DateOnly.MinValue;
        for (int s = 0; s < sentences.Count; s++)
        {
            tokens.Clear();
            TimexScanner.Scan(text, sentences[s].Start, sentences[s].End, _lexicon, tokens);
            bool future = false;
            foreach (var t in tokens)
            {
                future |= t.Word.Future;
            }

            var parser = new TimexParser(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), text);
            for (int i = 0; i < tokens.Count; i++)
            {
                if (!parser.CanStart(i) || parser.MatchAt(i) is not { } hit)
                {
                    continue;
                }

                var (value, point) = TimexResolver.Resolve(hit.Spec, anchor, narrative, future, s);
                if (reference is null && NeedsReference(hit.Spec))
                {
                    value = MaskDigits(value);
                    point = null;
                }

                if (point is { } p && hit.Spec.Type is TimexType.Date or TimexType.Time)
                {
                    narrative = p;
                }

                var range = new TextRange(tokens[hit.Start].Start, tokens[hit.End - 1].End);
                result.Add(new TimeExpression(range, range.Of(text), hit.Spec.Type, value, hit.Rule));
                i = hit.End - 1;
            }
        }

        return result.ToImmutable();
    }

    private static bool NeedsReference(TimeSpec spec) =>
        spec.Literal is null && spec.Year is null && spec.Decade is null && spec.Century is null;

    private static string MaskDigits(string value)
    {
        int t = value.IndexOf('T', StringComparison.Ordinal);
        var chars = value.ToCharArray();
        for (int i = 0; i < (t < 0 ? chars.Length : t); i++)
        {
            if (char.IsAsciiDigit(chars[i]) && !(i > 0 && chars[i - 1] is 'Q' or 'H' or 'W' && value.AsSpan(0, i).IndexOf('-') >= 0 && chars[i - 1] != 'W'))
            {
                chars[i] = 'X';
            }
        }

        return new string(chars);
    }
}
