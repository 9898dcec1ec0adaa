using System.Collections.Immutable;
using Detente.Core.Model;

namespace Detente.Nlp.Temporal;

/// <summary>
/// Finds time expressions in text and resolves each to a TIMEX3 value against the reference date and the
/// narrative time of the preceding text. Thread-safe: holds only the read-only lexicon.
/// </summary>
public sealed class TimeExpressionRecognizer
{
    /// <summary>How many tokens before an expression a planning word still makes it future.</summary>
    private const int PlanWindow = 8;

    private readonly TemporalLexicon _lexicon;

    /// <summary>Creates a recogniser over <paramref name="lexicon"/>.</summary>
    public TimeExpressionRecognizer(TemporalLexicon lexicon) => _lexicon = lexicon;

    /// <summary>
    /// The time expressions of <paramref name="text"/>, sentence by sentence, in text order. Without a
    /// <paramref name="reference"/> date, values that depend on it keep their unknown digits as X.
    /// </summary>
    public ImmutableArray<TimeExpression> Recognize(string text, IReadOnlyList<TextRange> sentences, DateOnly? reference) =>
        Recognize(text, sentences, reference, null);

    /// <summary>
    /// The time expressions of <paramref name="text"/>; <paramref name="precision"/> ("year", "month" or null for
    /// day) says how much of an inferred reference date can be trusted: finer digits of values that depend on it
    /// become X ("on Tuesday" against a date known to the year gives 2023-XX-XX).
    /// </summary>
    public ImmutableArray<TimeExpression> Recognize(string text, IReadOnlyList<TextRange> sentences, DateOnly? reference, string? precision)
    {
        var result = ImmutableArray.CreateBuilder<TimeExpression>();
        var tokens = new List<TimexToken>(64);
        NarrativeTime? narrative = null;
        var anchor = reference ?? new DateOnly(2000, 1, 1);
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

                var (value, point, usedReference) = TimexResolver.Resolve(hit.Spec, anchor, narrative, future || PlannedBefore(tokens, i), s);
                if (usedReference)
                {
                    bool onlyYearMissing = hit.Spec is { Month: not null, Year: null, Base: SpecBase.Absolute, Direction: 0 };
                    int keep = reference is null ? 0 : precision == "year" ? 4 : precision == "month" ? 7 : int.MaxValue;
                    if (onlyYearMissing && reference is null)
                    {
                        value = "XXXX" + value[4..];
                        keep = int.MaxValue;
                        point = null;
                    }

                    if (keep < value.Length)
                    {
                        value = MaskDigits(value, keep);
                        point = reference is null ? null : point;
                    }
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

    /// <summary>True when a word of planning ("planned", "expected", "set to") stands shortly before token <paramref name="i"/>.</summary>
    private static bool PlannedBefore(List<TimexToken> tokens, int i)
    {
        for (int k = Math.Max(0, i - PlanWindow); k < i; k++)
        {
            if (tokens[k].Word.Plan)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Replaces the digits of the date part after the first <paramref name="keep"/> characters with X.</summary>
    private static string MaskDigits(string value, int keep)
    {
        if (value.StartsWith('P') || value.EndsWith("_REF", StringComparison.Ordinal))
        {
            return value;
        }

        int t = value.IndexOf('T', StringComparison.Ordinal);
        var chars = value.ToCharArray();
        for (int i = keep; i < (t < 0 ? chars.Length : t); i++)
        {
            if (char.IsAsciiDigit(chars[i]) && !(i > 0 && chars[i - 1] is 'Q' or 'H'))
            {
                chars[i] = 'X';
            }
        }

        return new string(chars);
    }
}
