using Detente.Core.Model;

namespace Detente.Nlp.Temporal;

/// <summary>
/// Finds the date that governs a predicate (an event verb, a quote's cue, a treaty action), for the event, quote
/// and treaty coders: the time expression attached to it in the dependency parse, else the nearest one in its
/// clause or sentence, else the narrative time, else the reference date at a coarser precision. Needs the
/// Times layer; uses the Dependencies layer when present.
/// </summary>
public static class GoverningDates
{
    /// <summary>How far up the parse a time expression's head may climb to reach the predicate.</summary>
    private const int MaxClimb = 2;

    /// <summary>The governing date of the predicate at character <paramref name="offset"/>, or null when nothing dates the text.</summary>
    public static GoverningDate? Find(Document document, int offset)
    {
        var calendar = document.Times.Where(IsCalendar).ToList();
        int sentence = document.Sentences.Length > 0 ? document.SentenceAt(offset) : -1;
        if (sentence >= 0 && (document.Present & Layers.Dependencies) != 0 && TokenAt(document, offset) is int predicate
            && Attached(document, calendar, sentence, predicate) is { } attached)
        {
            return new GoverningDate(attached.Value, DateOrigin.Attached, attached);
        }

        var range = sentence >= 0 ? Clause(document, document.Sentences[sentence].Range, offset) : new TextRange(offset, offset);
        TimeExpression? nearest = null;
        int best = int.MaxValue;
        foreach (var t in calendar)
        {
            if (!range.Contains(t.Range))
            {
                continue;
            }

            int distance = t.Range.Start > offset ? t.Range.Start - offset : Math.Max(0, offset - t.Range.End);
            if (distance < best)
            {
                best = distance;
                nearest = t;
            }
        }

        if (nearest is not null)
        {
            return new GoverningDate(nearest.Value, DateOrigin.SameSentence, nearest);
        }

        var before = calendar.LastOrDefault(t => t.Range.End <= offset);
        if (before is not null)
        {
            return new GoverningDate(before.Value, DateOrigin.Narrative, before);
        }

        if (document.ReferenceDate is { } reference)
        {
            // An article reports what happened around its date: the month of a dated article, the year otherwise.
            var unit = document.DateSource == DateSource.Given || document.DatePrecision == "day" ? TimeUnit.Month : TimeUnit.Year;
            return new GoverningDate(TimexResolver.Format(reference, unit), DateOrigin.Reference, null);
        }

        return null;
    }

    private static bool IsCalendar(TimeExpression t) =>
        t.Type is TimexType.Date or TimexType.Time && !t.Value.EndsWith("_REF", StringComparison.Ordinal) && t.Value.Length >= 4 && t.Value[0] != 'X';

    private static int? TokenAt(Document document, int offset)
    {
        var tokens = document.Tokens;
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var r = tokens[mid].Range;
            if (offset < r.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= r.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return null;
    }

    /// <summary>A time expression of the sentence whose head reaches the predicate within <see cref="MaxClimb"/> steps.</summary>
    private static TimeExpression? Attached(Document document, List<TimeExpression> calendar, int sentence, int predicate)
    {
        var s = document.Sentences[sentence];
        var tokens = document.Tokens;
        foreach (var t in calendar)
        {
            if (!s.Range.Contains(t.Range))
            {
                continue;
            }

            // The expression's head: its token whose head lies outside it.
            int head = -1;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                if (t.Range.Contains(tokens[i].Range) && (tokens[i].Head < 0 || !t.Range.Contains(tokens[tokens[i].Head].Range)))
                {
                    head = i;
                    break;
                }
            }

            for (int step = 0, k = head; step < MaxClimb && k >= 0; step++)
            {
                k = tokens[k].Head;
                if (k == predicate)
                {
                    return t;
                }

                if (k < 0 || tokens[k].Upos is "VERB" or "AUX")
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>The clause around <paramref name="offset"/>: the sentence cut at semicolons and at ", and"/", but" joins.</summary>
    private static TextRange Clause(Document document, TextRange sentence, int offset)
    {
        var text = document.Text;
        int start = sentence.Start, end = sentence.End;
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            if (IsClauseBreak(text, i))
            {
                if (i < offset)
                {
                    start = i + 1;
                }
                else
                {
                    end = i;
                    break;
                }
            }
        }

        return new TextRange(start, end);
    }

    private static bool IsClauseBreak(string text, int i) =>
        text[i] == ';' || (text[i] == ',' && (Follows(text, i + 1, " and ") || Follows(text, i + 1, " but ") || Follows(text, i + 1, " while ")));

    private static bool Follows(string text, int at, string word) =>
        at + word.Length <= text.Length && text.AsSpan(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
