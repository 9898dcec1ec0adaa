using System.Globalization;
using Detente.Core.Model;

namespace Detente.Nlp.Temporal;

/// <summary>
/// Infers when an undated article was written. Each clue in the text says the date lies in some day ranges,
/// with a weight: dates and years mentioned (past, or "upcoming"), day-month dates without a year, office-holders
/// named as current or former, "since taking office three months ago", well-known dated events and the relative
/// phrases next to them ("earlier this year", "last week"). The estimate is the period most clues agree on.
/// </summary>
public sealed class ReferenceDateInference
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    /// <summary>A fixed reference for reading relative expressions as offsets ("three months ago" = 92 days).</summary>
    private static readonly DateOnly Probe = new(2000, 1, 1);

    private readonly TimeExpressionRecognizer _recognizer;
    private readonly IOfficeTenures _tenures;
    private readonly DatedEventList _events;

    /// <summary>Creates the inference over the temporal lexicon, the office-holders' tenures and the dated events.</summary>
    public ReferenceDateInference(TemporalLexicon lexicon, IOfficeTenures tenures, DatedEventList events)
    {
        _recognizer = new TimeExpressionRecognizer(lexicon);
        _tenures = tenures;
        _events = events;
    }

    /// <summary>Estimates the date of <paramref name="text"/>, split into <paramref name="sentences"/>.</summary>
    public ReferenceDateEstimate Infer(string text, IReadOnlyList<TextRange> sentences)
    {
        var absolute = _recognizer.Recognize(text, sentences, null);
        var probed = _recognizer.Recognize(text, sentences, Probe);
        var evidence = new List<DateEvidence>();
        bool lastWeek = absolute.Any(t => t.Text.Contains("last week", StringComparison.OrdinalIgnoreCase));
        foreach (var t in absolute)
        {
            AddDateClues(text, sentences, t, lastWeek, evidence);
        }

        var current = AddOfficeClues(text, sentences, evidence);
        AddTakingOfficeClues(text, sentences, probed, current, evidence);
        AddEventClues(text, sentences, absolute, probed, evidence);
        return Decide(evidence);
    }

    // ---- clues from dates in the text ------------------------------------------------------------------

    private static void AddDateClues(string text, IReadOnlyList<TextRange> sentences, TimeExpression t, bool lastWeek, List<DateEvidence> into)
    {
        if (t.Type is not (TimexType.Date or TimexType.Time))
        {
            return;
        }

        bool future = IsFuture(text, sentences, t.Range);
        if (TimexValue.TryGetSpan(t.Value, out var first, out var last))
        {
            if (last.Year - first.Year > 1)
            {
                into.Add(new DateEvidence([(first, Latest)], 0.3, "mentions " + t.Text));
                return;
            }

            if (future)
            {
                into.Add(new DateEvidence([(first.AddYears(-1), last)], 1.5, "looks ahead to " + t.Text));
                into.Add(new DateEvidence([(Earliest, first.AddDays(-1))], 0.7, "looks ahead to " + t.Text));
                return;
            }

            into.Add(new DateEvidence([(first, Latest)], 0.3, "mentions " + t.Text));
            var recent = first == last ? (first, first.AddYears(1)) : (first, last.AddYears(last.Month == 12 && first.Month == 1 ? 2 : 1));
            into.Add(new DateEvidence([recent], first == last ? 1.0 : 0.5, "mentions " + t.Text));
            return;
        }

        // A day and month without a year ("4 April"): some year's 4 April, shortly before the article.
        if (t.Value.Length == 10 && t.Value.StartsWith("XXXX-", StringComparison.Ordinal)
            && int.TryParse(t.Value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            && int.TryParse(t.Value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day) && month is >= 1 and <= 12)
        {
            var near = new List<(DateOnly, DateOnly)>();
            var afterLastWeek = new List<(DateOnly, DateOnly)>();
            for (int y = Earliest.Year; y < Latest.Year; y++)
            {
                if (day > DateTime.DaysInMonth(y, month))
                {
                    continue;
                }

                var d = new DateOnly(y, month, day);
                if (WeekdayBefore(text, t.Range) is { } weekday && d.DayOfWeek != weekday)
                {
                    continue;
                }

                near.Add(future ? (d.AddDays(-60), d) : (d, d.AddDays(45)));
                afterLastWeek.Add((d.AddDays(3), d.AddDays(13)));
            }

            into.Add(new DateEvidence(near, 1.0, "mentions " + t.Text + " without a year"));
            if (lastWeek && !future)
            {
                into.Add(new DateEvidence(afterLastWeek, 1.0, "says 'last week' and mentions " + t.Text));
            }
        }
    }

    private static DayOfWeek? WeekdayBefore(string text, TextRange range)
    {
        int start = Math.Max(0, range.Start - 12);
        var before = text.AsSpan(start, range.Start - start);
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            if (before.Contains(day.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return day;
            }
        }

        return null;
    }

    private static readonly string[] FutureCues = ["upcoming", "next", "coming", "forthcoming", "scheduled for", "due in", "by", "until", "before"];

    private static bool IsFuture(string text, IReadOnlyList<TextRange> sentences, TextRange range)
    {
        int start = Math.Max(0, range.Start - 20);
        var before = text.AsSpan(start, range.Start - start);
        foreach (var cue in FutureCues)
        {
            int at = before.LastIndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(before[at - 1])) && before.Length - at - cue.Length < 12)
            {
                return true;
            }
        }

        var sentence = SentenceOf(sentences, range.Start);
        var s = text.AsSpan(sentence.Start, sentence.Length);
        return DatedEventList.ContainsAtWordStart(s, "will ") && s.IndexOf(" will ", StringComparison.OrdinalIgnoreCase) < range.Start - sentence.Start;
    }

    private static TextRange SentenceOf(IReadOnlyList<TextRange> sentences, int offset)
    {
        foreach (var s in sentences)
        {
            if (s.Contains(offset))
            {
                return s;
            }
        }

        return new TextRange(offset, offset);
    }

    // ---- clues from office-holders ----------------------------------------------------------------------

    /// <summary>Adds current/former office clues; returns the tenures the text presents as current.</summary>
    private List<OfficeTenure> AddOfficeClues(string text, IReadOnlyList<TextRange> sentences, List<DateEvidence> into)
    {
        var people = new Dictionary<string, (IReadOnlyList<OfficeTenure> Tenures, List<int> Mentions)>(StringComparer.Ordinal);
        foreach (var (name, at) in CapitalisedNames(text))
        {
            var tenures = _tenures.TenuresOf(name);
            if (tenures.Count == 0)
            {
                continue;
            }

            var key = tenures[0].Person;
            if (!people.TryGetValue(key, out var entry))
            {
                people[key] = entry = (tenures, []);
            }

            entry.Mentions.Add(at);
        }

        var current = new List<OfficeTenure>();
        foreach (var (person, (tenures, mentions)) in people)
        {
            foreach (var role in tenures.Select(t => t.Role).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var terms = tenures.Where(t => t.Role.Equals(role, StringComparison.OrdinalIgnoreCase)).ToList();
                var status = RoleStatus(text, sentences, role, person, mentions, people);
                if (status == RoleUse.Former)
                {
                    var ends = terms.Where(t => t.End is not null).Select(t => t.End!.Value).ToList();
                    if (ends.Count > 0)
                    {
                        into.Add(new DateEvidence([(ends.Max(), Latest)], 2.0, $"{person} is called former {role}"));
                    }
                }
                else if (status == RoleUse.Current)
                {
                    into.Add(new DateEvidence([.. terms.Select(t => (t.Start, t.End ?? Latest))], 2.0, $"{person} is called {role}"));
                    current.AddRange(terms);
                }
            }
        }

        return current;
    }

    private enum RoleUse
    {
        None,
        Current,
        Former,
    }

    /// <summary>How the text uses <paramref name="role"/> for <paramref name="person"/>: before the name, or as "the role" right after a mention.</summary>
    private static RoleUse RoleStatus(string text, IReadOnlyList<TextRange> sentences, string role, string person,
        List<int> mentions, Dictionary<string, (IReadOnlyList<OfficeTenure> Tenures, List<int> Mentions)> people)
    {
        var use = RoleUse.None;
        int from = 0;
        while (true)
        {
            int at = text.IndexOf(role, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return use;
            }

            from = at + role.Length;
            if ((at > 0 && char.IsLetter(text[at - 1])) || (from < text.Length && char.IsLetter(text[from])))
            {
                continue;
            }

            var before = text.AsSpan(Math.Max(0, at - 12), Math.Min(12, at));
            bool former = before.Contains("former", StringComparison.OrdinalIgnoreCase) || before.EndsWith("ex-", StringComparison.OrdinalIgnoreCase);
            bool definite = before.TrimEnd().EndsWith("the", StringComparison.OrdinalIgnoreCase) || former && before.Contains("the ", StringComparison.OrdinalIgnoreCase);

            // "US President Donald Trump": the name follows within a few words.
            int nameAt = mentions.FirstOrDefault(m => m >= from && m - from <= 25, -1);
            bool linked = nameAt >= 0 && !text.AsSpan(from, nameAt - from).ContainsAny(".,;");
            if (!linked && definite)
            {
                // "the US president": the most recent holder of the role named in this or the previous sentence.
                int sentenceStart = SentenceStartBefore(sentences, at, 1);
                int latest = -1;
                string? latestPerson = null;
                foreach (var (other, (tenures, otherMentions)) in people)
                {
                    if (!tenures.Any(t => t.Role.Equals(role, StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }

                    foreach (var m in otherMentions)
                    {
                        if (m < at && m >= sentenceStart && m > latest)
                        {
                            latest = m;
                            latestPerson = other;
                        }
                    }
                }

                linked = latestPerson == person;
            }

            if (linked)
            {
                if (former)
                {
                    return RoleUse.Former;
                }

                use = RoleUse.Current;
            }
        }
    }

    private static int SentenceStartBefore(IReadOnlyList<TextRange> sentences, int offset, int back)
    {
        for (int i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].End > offset)
            {
                return sentences[Math.Max(0, i - back)].Start;
            }
        }

        return 0;
    }

    /// <summary>Runs of capitalised words (with initials: "George W. Bush"), and each run's last word, with offsets.</summary>
    private static IEnumerable<(string Name, int At)> CapitalisedNames(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsUpper(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                i++;
                continue;
            }

            int start = i, end = i, lastWord = i;
            while (true)
            {
                int w = end;
                while (w < text.Length && (char.IsLetter(text[w]) || text[w] is '-' or '\'' or '.'))
                {
                    w++;
                }

                lastWord = end;
                end = w;
                if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
                {
                    end++;
                    continue;
                }

                break;
            }

            var run = text[start..end].TrimEnd('.', '\'');
            yield return (run, start);
            if (lastWord > start)
            {
                yield return (text[lastWord..end].TrimEnd('.', '\''), lastWord);
            }

            i = end + 1;
        }
    }

    /// <summary>"since taking office nearly three months ago": the date is that long after a current holder took office.</summary>
    private static void AddTakingOfficeClues(string text, IReadOnlyList<TextRange> sentences, IReadOnlyList<TimeExpression> probed, List<OfficeTenure> current, List<DateEvidence> into)
    {
        if (current.Count == 0)
        {
            return;
        }

        foreach (var t in probed)
        {
            if (t.Rule != "ago" || !TimexValue.TryGetSpan(t.Value, out var first, out _))
            {
                continue;
            }

            var sentence = SentenceOf(sentences, t.Range.Start);
            var before = text.AsSpan(sentence.Start, t.Range.Start - sentence.Start);
            if (!before.Contains("office", StringComparison.OrdinalIgnoreCase) && !before.Contains("to power", StringComparison.OrdinalIgnoreCase)
                && !before.Contains("inaugurat", StringComparison.OrdinalIgnoreCase) && !before.Contains("sworn in", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            int days = Probe.DayNumber - first.DayNumber;
            bool under = t.Text.StartsWith("nearly", StringComparison.OrdinalIgnoreCase) || t.Text.StartsWith("almost", StringComparison.OrdinalIgnoreCase);
            var intervals = current.Select(c => under
                ? (c.Start.AddDays(days * 85 / 100), c.Start.AddDays(days))
                : (c.Start.AddDays(days * 85 / 100 - 7), c.Start.AddDays(days * 115 / 100 + 7))).ToList();
            into.Add(new DateEvidence(intervals, 3.0, "took office " + t.Text));
        }
    }

    // ---- clues from dated events -----------------------------------------------------------------------

    private void AddEventClues(string text, IReadOnlyList<TextRange> sentences, IReadOnlyList<TimeExpression> absolute, IReadOnlyList<TimeExpression> probed, List<DateEvidence> into)
    {
        foreach (var s in sentences)
        {
            var span = text.AsSpan(s.Start, s.Length);
            foreach (var e in _events.In(span))
            {
                var d = e.Date;
                into.Add(new DateEvidence([(d, Latest)], 1.0, "mentions " + e.Name));
                into.Add(new DateEvidence([(d, d.AddYears(2))], 0.5, "mentions " + e.Name));
                foreach (var t in absolute.Where(t => s.Contains(t.Range)))
                {
                    var phrase = t.Text.ToLowerInvariant();
                    (DateOnly, DateOnly)? range = phrase switch
                    {
                        _ when phrase.EndsWith("this year", StringComparison.Ordinal) => (d, new DateOnly(d.Year, 12, 31)),
                        _ when phrase.EndsWith("last year", StringComparison.Ordinal) => (new DateOnly(d.Year + 1, 1, 1), new DateOnly(d.Year + 1, 12, 31)),
                        _ when phrase.EndsWith("this month", StringComparison.Ordinal) => (d, new DateOnly(d.Year, d.Month, 1).AddMonths(1).AddDays(-1)),
                        _ when phrase.EndsWith("last month", StringComparison.Ordinal) => (new DateOnly(d.Year, d.Month, 1).AddMonths(1), new DateOnly(d.Year, d.Month, 1).AddMonths(2).AddDays(-1)),
                        _ when phrase.EndsWith("last week", StringComparison.Ordinal) => (d.AddDays(3), d.AddDays(13)),
                        _ when phrase == "yesterday" => (d.AddDays(1), d.AddDays(1)),
                        _ => null,
                    };
                    if (range is { } r)
                    {
                        into.Add(new DateEvidence([r], 3.0, $"{e.Name} happened {t.Text}"));
                    }
                }

                foreach (var t in probed.Where(t => s.Contains(t.Range) && t.Rule == "ago"))
                {
                    if (TimexValue.TryGetSpan(t.Value, out var first, out _))
                    {
                        int days = Probe.DayNumber - first.DayNumber;
                        into.Add(new DateEvidence([(d.AddDays(days * 85 / 100 - 3), d.AddDays(days * 115 / 100 + 3))], 3.0, $"{e.Name} happened {t.Text}"));
                    }
                }
            }
        }
    }

    // ---- decision --------------------------------------------------------------------------------------

    private static ReferenceDateEstimate Decide(List<DateEvidence> evidence)
    {
        if (evidence.Count == 0)
        {
            return new ReferenceDateEstimate(null, null, 0, []);
        }

        var cuts = new SortedSet<DateOnly> { Earliest, Latest };
        foreach (var e in evidence)
        {
            foreach (var (first, last) in e.Intervals)
            {
                if (first > Earliest && first <= Latest)
                {
                    cuts.Add(first);
                }

                if (last >= Earliest && last < Latest)
                {
                    cuts.Add(last.AddDays(1));
                }
            }
        }

        // Score each stretch between cuts; keep the best, merging neighbours with the same score. Ties go to the later stretch.
        var points = cuts.ToArray();
        double best = double.MinValue;
        DateOnly bestFirst = Earliest, bestLast = Latest;
        for (int i = 0; i < points.Length - 1; i++)
        {
            double score = evidence.Where(e => e.Covers(points[i])).Sum(e => e.Weight);
            var last = points[i + 1].AddDays(-1);
            if (score > best + 1e-9)
            {
                best = score;
                bestFirst = points[i];
                bestLast = last;
            }
            else if (Math.Abs(score - best) <= 1e-9)
            {
                if (bestLast.AddDays(1) != points[i])
                {
                    bestFirst = points[i];
                }

                bestLast = last;
            }
        }

        double total = evidence.Sum(e => e.Weight);
        int length = bestLast.DayNumber - bestFirst.DayNumber + 1;
        bool open = bestLast >= Latest.AddDays(-1);
        var date = open ? bestFirst.AddDays(182) : DateOnly.FromDayNumber(bestFirst.DayNumber + length / 2);
        string precision = open || length > 45 ? "year" : length <= 3 ? "day" : "month";
        double confidence = Math.Round(Math.Clamp(0.2 + 0.7 * best / total - (open ? 0.2 : 0) - (length > 550 ? 0.2 : 0), 0.05, 0.95), 2);
        var reasons = evidence.Where(e => e.Covers(date)).Select(e => e.Reason).Distinct(StringComparer.Ordinal).ToList();
        return new ReferenceDateEstimate(date, precision, confidence, reasons);
    }
}
