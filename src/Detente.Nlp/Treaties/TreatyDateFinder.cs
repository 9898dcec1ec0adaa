using System.Collections.Frozen;
using System.Globalization;
using Detente.Core.Model;
using Detente.Knowledge.Treaties;

namespace Detente.Nlp.Treaties;

/// <summary>
/// The dates of a sentence: from the time-expression layer when present, otherwise read from the words
/// ("February 2019", "in 2002", "in February" after an earlier year, "earlier this year" against the reference date).
/// </summary>
public sealed class TreatyDateFinder
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["January"] = 1, ["February"] = 2, ["March"] = 3, ["April"] = 4, ["May"] = 5, ["June"] = 6, ["July"] = 7,
        ["August"] = 8, ["September"] = 9, ["October"] = 10, ["November"] = 11, ["December"] = 12,
        ["Jan"] = 1, ["Feb"] = 2, ["Mar"] = 3, ["Apr"] = 4, ["Jun"] = 6, ["Jul"] = 7, ["Aug"] = 8, ["Sep"] = 9,
        ["Sept"] = 9, ["Oct"] = 10, ["Nov"] = 11, ["Dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The dates of sentence <paramref name="sentence"/>, in text order.</summary>
    public List<DatedToken> Find(Document doc, IReadOnlyList<string> forms, int sentence)
    {
        var s = doc.Sentences[sentence];
        return (doc.Present & Layers.Times) != 0 ? FromTimes(doc, s) : FromWords(doc, forms, s);
    }

    private static List<DatedToken> FromTimes(Document doc, Sentence s)
    {
        var list = new List<DatedToken>();
        foreach (var t in doc.Times)
        {
            if (t.Type == TimexType.Date && s.Range.Contains(t.Range.Start) && PartialDate.TryParse(t.Value, out var d))
            {
                int token = s.FirstToken;
                while (token + 1 < s.EndToken && doc.Tokens[token + 1].Range.Start <= t.Range.Start)
                {
                    token++;
                }

                list.Add(new DatedToken(d, token, "time"));
            }
        }

        return list;
    }

    private static List<DatedToken> FromWords(Document doc, IReadOnlyList<string> forms, Sentence s)
    {
        var list = new List<DatedToken>();
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            string f = forms[t];
            if (Months.TryGetValue(f, out int month) && !(f == "May" && !IsDateContext(forms, t, s)))
            {
                int end = t + 1;
                if (end < s.EndToken && int.TryParse(forms[end], NumberStyles.None, CultureInfo.InvariantCulture, out int day) && day is >= 1 and <= 31)
                {
                    end++;
                }
                else
                {
                    day = t > s.FirstToken && int.TryParse(forms[t - 1], NumberStyles.None, CultureInfo.InvariantCulture, out int before) && before is >= 1 and <= 31 ? before : 0;
                }

                if (end < s.EndToken && forms[end] == ",")
                {
                    end++;
                }

                int? year = end < s.EndToken && Year(forms[end]) is { } y ? y
                    : SameYear(forms, end, s) ? YearBefore(forms, t)
                    : YearBefore(forms, t) ?? ReferenceYear(doc, month);
                if (year is { } yy)
                {
                    list.Add(new DatedToken(day > 0 && day <= DateTime.DaysInMonth(yy, month) ? new PartialDate(yy, month, day) : new PartialDate(yy, month), t, "text"));
                    if (end < s.EndToken && Year(forms[end]) is not null)
                    {
                        t = end;
                    }
                }
            }
            else if (Year(f) is { } year && !(t + 1 < s.EndToken && forms[t + 1] is "-" or "–"))
            {
                list.Add(new DatedToken(new PartialDate(year), t, "text"));
            }
            else if (f is "this" or "last" or "next" && t + 1 < s.EndToken && forms[t + 1] == "year" && doc.ReferenceDate is { } reference)
            {
                int offset = f switch { "last" => -1, "next" => 1, _ => 0 };
                list.Add(new DatedToken(new PartialDate(reference.Year + offset), t, "text"));
            }
        }

        return list;
    }

    private static bool IsDateContext(IReadOnlyList<string> forms, int t, Sentence s) =>
        (t > s.FirstToken && forms[t - 1] is "in" or "of" or "since" or "until" or "from") ||
        (t + 1 < s.EndToken && (Year(forms[t + 1]) is not null || int.TryParse(forms[t + 1], NumberStyles.None, CultureInfo.InvariantCulture, out _)));

    private static bool SameYear(IReadOnlyList<string> forms, int at, Sentence s) =>
        at + 3 < s.EndToken && forms[at] == "of" && forms[at + 1] == "the" && forms[at + 2] == "same" && forms[at + 3] == "year";

    private static int? YearBefore(IReadOnlyList<string> forms, int token)
    {
        for (int t = token - 1; t >= 0; t--)
        {
            if (Year(forms[t]) is { } y)
            {
                return y;
            }
        }

        return null;
    }

    private static int? ReferenceYear(Document doc, int month) =>
        doc.ReferenceDate is { } r ? (month <= r.Month ? r.Year : r.Year - 1) : null;

    private static int? Year(string form) =>
        form.Length == 4 && int.TryParse(form, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= MinYear and <= MaxYear ? y : null;
}
