using System.Globalization;
using Detente.Core.Model;

namespace Detente.Nlp.Temporal;

/// <summary>
/// The time-expression grammar: hand-written rules over the scanned tokens of one sentence. <see cref="MatchAt"/>
/// returns the longest expression starting at a token, with its meaning as a <see cref="TimeSpec"/>.
/// Extents follow TimeML: determiners and modifiers ("the", "about", "early", "the end of") belong to the
/// expression, prepositions do not.
/// </summary>
internal readonly ref struct TimexParser
{
    private readonly ReadOnlySpan<TimexToken> _t;
    private readonly string _text;

    /// <summary>Creates a parser over the tokens of one sentence of <paramref name="text"/>.</summary>
    public TimexParser(ReadOnlySpan<TimexToken> tokens, string text)
    {
        _t = tokens;
        _text = text;
    }

    /// <summary>True when the token can start an expression (a cheap test before <see cref="MatchAt"/>).</summary>
    public bool CanStart(int i)
    {
        var t = _t[i];
        return t.Shape switch
        {
            TokenShape.Number or TokenShape.Ordinal => true,
            TokenShape.Punct => t.Value == '\'',
            _ => t.Word.Known,
        };
    }

    /// <summary>The longest expression starting at token <paramref name="i"/>, or null.</summary>
    public TimexHit? MatchAt(int i)
    {
        int j = i;
        bool the = false, approx = false, edge = false, edgeOf = false;
        for (int guard = 0; guard < 5 && j < _t.Length; guard++)
        {
            if (Is(j, Cue.The))
            {
                the = true;
                j++;
            }
            else if (Is(j, Cue.Approx) || (Is(j, Cue.More) || Is(j, Cue.Less)) && Is(j + 1, Cue.Than) || Is(j, Cue.At) && Is(j + 1, Cue.Least))
            {
                j += Is(j, Cue.Approx) ? 1 : 2;
                approx = true;
            }
            else if (Is(j, Cue.Early) || Is(j, Cue.Late) || Is(j, Cue.Mid) || Is(j, Cue.Earlier) || Is(j, Cue.Later))
            {
                j++;
                if (Punct(j, '-') && _t[j].Glued)
                {
                    j++;
                }

                edge = true;
            }
            else if (the && (Is(j, Cue.End) || Is(j, Cue.Beginning) || Is(j, Cue.Middle) || Is(j, Cue.Turn)) && Is(j + 1, Cue.Of))
            {
                j += 2;
                edge = edgeOf = true;
            }
            else
            {
                break;
            }
        }

        if (j >= _t.Length)
        {
            return null;
        }

        var hit = Core(j, the, edgeOf);
        if (hit is not { } h)
        {
            return null;
        }

        bool duration = h.Spec.Type == TimexType.Duration || h.Rule.StartsWith("ago", StringComparison.Ordinal);
        if ((approx && !duration) || (edge && (h.Spec.Type == TimexType.Duration || h.Spec.Literal is not null)))
        {
            return null;
        }

        // TimeML leaves "the" out of absolute dates ("the 1995 budget") and adjectives ("the 14-day strike"),
        // and "earlier"/"later" out of weekdays ("earlier Sunday").
        bool absolute = h.Spec is { Year: not null, Quarter: null, Half: null, Season: null } || h.Spec.Month is not null && h.Spec.Base == SpecBase.Absolute || h.Spec.Decade is not null
            || h.Rule == "duration-adjective" || h.Rule.StartsWith("weekday", StringComparison.Ordinal)
            || (h.Spec.Quarter is not null && j + 1 < _t.Length && _t[j + 1].IsPunct('-'));
        int start = i;
        bool comparative = Is(i, Cue.Earlier) || Is(i, Cue.Later) || (Is(i, Cue.The) && (Is(i + 1, Cue.Earlier) || Is(i + 1, Cue.Later)));
        if (edge && (h.Rule.StartsWith("weekday", StringComparison.Ordinal) || (comparative && h.Spec.Granularity != TimeUnit.Year)))
        {
            start = j;
        }
        else if (absolute && the && Is(i, Cue.The) && !edgeOf)
        {
            start = i + 1;
        }

        return h with { Start = start };
    }

    private TimexHit? Core(int j, bool the, bool edgeOf)
    {
        var t = _t[j];
        switch (t.Shape)
        {
            case TokenShape.Number:
                return Clock(j) ?? NumericDate(j) ?? DayMonth(j) ?? YearExpr(j) ?? Count(j, j);
            case TokenShape.Ordinal:
                return DayMonth(j) ?? OrdinalPeriod(j, j);
            case TokenShape.Punct:
                return ShortDecade(j);
        }

        var w = t.Word;
        if (w.Month != 0)
        {
            return Month(j);
        }

        if (w.Unit == TimeUnit.Year && !w.Plural && Punct(j + 1, '-') && _t[j + 1].Glued && (Is(j + 2, Cue.Ago) || Is(j + 2, Cue.Earlier)))
        {
            return YearAgo(j + 2); // "year-ago", "year-earlier"
        }

        if (w.Number is 19 or 20 && W(j + 1).Number is >= 10 and < 100 && ParseCount(j + 1, out int yy, out int yearEnd, out _) && yy is >= 10 and < 100)
        {
            return Hit(yearEnd, new TimeSpec { Year = w.Number * 100 + yy }, "spoken-year"); // "nineteen ninety-six"
        }

        if (w.Cue == Cue.Full && W(j + 1) is { Unit: TimeUnit.Year, Plural: false })
        {
            return Hit(j + 2, TimeSpec.Relative(SpecBase.Reference, TimeUnit.Year, 0, TimeUnit.Year), "full-year");
        }

        if (w.Cue == Cue.Near && (IsText(j + 1, "future") || IsText(j + 1, "term")) || IsText(j, "short") && IsText(j + 1, "term"))
        {
            return Hit(j + 2, TimeSpec.Of(TimexType.Date, "FUTURE_REF"), "near-future");
        }

        if (w.Weekday != 0)
        {
            return Weekday(j);
        }

        if (w.DayRef is { } dayRef)
        {
            return DayRef(j, dayRef);
        }

        if (w.SetUnit != TimeUnit.None)
        {
            return new TimexHit(j + 1, TimeSpec.Of(TimexType.Set, Duration(w.SetUnit, 1, false)), "set-adverb");
        }

        if (w.Ordinal > 0)
        {
            return OrdinalPeriod(j, j);
        }

        if (w.Season is not null)
        {
            return SeasonExpr(j, 0, SpecBase.Absolute);
        }

        switch (w.Cue)
        {
            case Cue.Last or Cue.Next or Cue.This or Cue.Past or Cue.Previous or Cue.Coming or Cue.Following
                or Cue.Current or Cue.Same or Cue.That or Cue.Latest or Cue.Recent or Cue.Most:
                var d = Deictic(j, the);
                if (d is not null)
                {
                    return d;
                }

                break;
            case Cue.Every or Cue.Per:
                return SetExpr(j);
            case Cue.Fiscal:
                return Fiscal(j);
            case Cue.YearAgo:
                return YearAgo(j);
            case Cue.YearEnd:
                return new TimexHit(j + 1, TimeSpec.Relative(SpecBase.Reference, TimeUnit.Year, 0, TimeUnit.Year), "year-end");
            case Cue.Then:
                return j > 0 && (Is(j - 1, Cue.Since) || Is(j - 1, Cue.Until) || Is(j - 1, Cue.By) || Is(j - 1, Cue.Back))
                    ? new TimexHit(j + 1, new TimeSpec { Base = SpecBase.Narrative, SameAsNarrative = true }, "then")
                    : null;
        }

        if (w.Ref is { } r)
        {
            return RefWord(j, r, the);
        }

        if (w.Number >= 0 || w.Cue is Cue.A or Cue.Several or Cue.Few or Cue.Many or Cue.Couple)
        {
            return Count(j, j);
        }

        if (w.Unit != TimeUnit.None)
        {
            return BareUnit(j, the, edgeOf);
        }

        return null;
    }

    // ---- token helpers ------------------------------------------------------------------------------------

    private bool Is(int k, Cue c) => k >= 0 && k < _t.Length && _t[k].Is(c);

    private bool Punct(int k, char c) => k < _t.Length && _t[k].IsPunct(c);

    private TemporalWord W(int k) => k < _t.Length && _t[k].Shape == TokenShape.Word ? _t[k].Word : TemporalWord.Empty;

    private bool IsText(int k, string s) => k < _t.Length && _t[k].Shape == TokenShape.Word
        && _text.AsSpan(_t[k].Start, _t[k].End - _t[k].Start).Equals(s, StringComparison.OrdinalIgnoreCase);

    private bool IsYear(int k) => k < _t.Length && _t[k].Shape == TokenShape.Number && _t[k].Digits == 4 && _t[k].Value is >= 1000 and <= 2100
        && !(k + 1 < _t.Length && (_t[k + 1].IsPunct('%') || _t[k + 1].Glued && _t[k + 1].Shape == TokenShape.Number
            || _t[k + 1].Glued && (_t[k + 1].IsPunct('.') || _t[k + 1].IsPunct(',')) && k + 2 < _t.Length && _t[k + 2].Glued && _t[k + 2].Shape == TokenShape.Number));

    private bool IsDayNumber(int k) => k < _t.Length
        && ((_t[k].Shape == TokenShape.Number && _t[k].Digits <= 2) || _t[k].Shape == TokenShape.Ordinal) && _t[k].Value is >= 1 and <= 31;

    private bool IsMonth(int k) => k < _t.Length && _t[k].Shape == TokenShape.Word && _t[k].Word.Month != 0 && _t[k].Capital;

    /// <summary>Skips an optional comma.</summary>
    private int Comma(int k) => Punct(k, ',') ? k + 1 : k;

    // ---- absolute dates -----------------------------------------------------------------------------------

    private TimexHit? Month(int j)
    {
        if (!IsMonth(j))
        {
            return null;
        }

        int month = _t[j].Word.Month;
        int k = j + 1;
        bool bareAbbreviation = _t[j].End - _t[j].Start <= 4 && _text[_t[j].End - 1] != '.' && !IsText(j, "may") && !IsText(j, "june") && !IsText(j, "july");
        if (IsDayNumber(k) && !(k + 1 < _t.Length && _t[k + 1].Shape == TokenShape.Word && _t[k + 1].Word.Unit != TimeUnit.None))
        {
            int day = _t[k].Value;
            int after = Comma(k + 1);
            if (IsYear(after))
            {
                return Hit(after + 1, new TimeSpec { Year = _t[after].Value, Month = month, Day = day }, "month-day-year");
            }

            return Hit(k + 1, new TimeSpec { Month = month, Day = day }, "month-day");
        }

        int y = Comma(k);
        if (Is(y, Cue.Of))
        {
            y++;
        }

        if (IsYear(y))
        {
            return Hit(y + 1, new TimeSpec { Year = _t[y].Value, Month = month }, "month-year");
        }

        if (Is(k, Cue.Of) && YearReference(k + 1) is { } yr)
        {
            return Hit(yr.End, yr.Spec with { Month = month }, "month-of-year");
        }

        if (!Is(k, Cue.The) && YearReference(k) is { } yr2)
        {
            return Hit(yr2.End, yr2.Spec with { Month = month }, "month-year-ref"); // "June last year"
        }

        return bareAbbreviation ? null : Hit(k, new TimeSpec { Month = month }, "month");
    }

    /// <summary>"the same year", "that year", "this year", "last year", "next year" as the year of a month or quarter.</summary>
    private TimexHit? YearReference(int k)
    {
        if (Is(k, Cue.The))
        {
            k++;
        }

        var (from, shift) = W(k).Cue switch
        {
            Cue.Same or Cue.That => (SpecBase.Narrative, 0),
            Cue.Following => (SpecBase.Narrative, 1),
            Cue.Previous => (SpecBase.Narrative, -1),
            Cue.This or Cue.Current => (SpecBase.Reference, 0),
            Cue.Last or Cue.Past => (SpecBase.Reference, -1),
            Cue.Next or Cue.Coming => (SpecBase.Reference, 1),
            _ => (SpecBase.Absolute, 0),
        };
        if (from == SpecBase.Absolute)
        {
            return null;
        }

        k++;
        if (Is(k, Cue.Same))
        {
            k++;
        }

        return W(k) is { Unit: TimeUnit.Year, Plural: false } ? new TimexHit(k + 1, new TimeSpec { Base = from, Shift = shift }, "year-ref") : null;
    }

    private TimexHit? DayMonth(int j)
    {
        if (!IsDayNumber(j))
        {
            return null;
        }

        int k = j + 1;
        if (Is(k, Cue.Of))
        {
            k++;
        }

        if (!IsMonth(k))
        {
            return null;
        }

        int day = _t[j].Value, month = _t[k].Word.Month;
        int y = Comma(k + 1);
        if (IsYear(y))
        {
            return Hit(y + 1, new TimeSpec { Year = _t[y].Value, Month = month, Day = day }, "day-month-year");
        }

        return Hit(k + 1, new TimeSpec { Month = month, Day = day }, "day-month");
    }

    private TimexHit? NumericDate(int j)
    {
        // 2019-02-02 and 2019/02/02
        if (IsYear(j) && Sep(j + 1) is { } s1 && Num(j + 2, 1, 12) && j + 3 < _t.Length && _t[j + 3].IsPunct(s1) && Num(j + 4, 1, 31))
        {
            return Hit(j + 5, new TimeSpec { Year = _t[j].Value, Month = _t[j + 2].Value, Day = _t[j + 4].Value }, "iso-date");
        }

        // 2/14/2019 (month first, as in US news) or 14/2/2019 when the first number cannot be a month
        if (Num(j, 1, 31) && Sep(j + 1) is { } s2 && Num(j + 2, 1, 31) && j + 3 < _t.Length && _t[j + 3].IsPunct(s2) && j + 4 < _t.Length && _t[j + 4].Glued && _t[j + 4].Shape == TokenShape.Number
            && _t[j + 4].Digits is 2 or 4)
        {
            int a = _t[j].Value, b = _t[j + 2].Value, y = _t[j + 4].Value;
            y = _t[j + 4].Digits == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
            var (m, d) = a > 12 ? (b, a) : (a, b);
            return m <= 12 ? Hit(j + 5, new TimeSpec { Year = y, Month = m, Day = d }, "numeric-date") : null;
        }

        return null;
    }

    private char? Sep(int k) => k < _t.Length && _t[k].Glued && (_t[k].IsPunct('-') || _t[k].IsPunct('/') || _t[k].IsPunct('.')) && k + 1 < _t.Length && _t[k + 1].Glued
        ? (char)_t[k].Value : null;

    private bool Num(int k, int min, int max) => k < _t.Length && _t[k].Shape == TokenShape.Number && _t[k].Digits <= 2 && _t[k].Value >= min && _t[k].Value <= max;

    private TimexHit? YearExpr(int j)
    {
        if (!IsYear(j) || (j > 0 && (_t[j - 1].IsPunct('$') || _t[j - 1].IsPunct('#'))))
        {
            return null;
        }

        int year = _t[j].Value;
        if (j + 1 < _t.Length && _t[j + 1].Glued && IsText(j + 1, "s"))
        {
            return new TimexHit(j + 2, new TimeSpec { Decade = year / 10, Literal = (year / 10).ToString(CultureInfo.InvariantCulture) + "X" }, "decade");
        }

        return new TimexHit(j + 1, new TimeSpec { Year = year }, "year");
    }

    private TimexHit? ShortDecade(int j)
    {
        // '80s
        if (_t[j].Value == '\'' && j + 2 < _t.Length && _t[j + 1].Glued && _t[j + 1].Shape == TokenShape.Number && _t[j + 1].Digits == 2
            && _t[j + 2].Glued && IsText(j + 2, "s"))
        {
            int v = _t[j + 1].Value;
            return new TimexHit(j + 3, new TimeSpec { Decade = (v < 30 ? 200 : 190) + v / 10 }, "short-decade");
        }

        return null;
    }

    private TimexHit? Clock(int j)
    {
        if (_t[j].Digits > 2 || _t[j].Value > 24)
        {
            return null;
        }

        int hour = _t[j].Value, minute = 0, k = j + 1;
        bool colon = Punct(k, ':') && k + 1 < _t.Length && _t[k + 1].Glued && _t[k + 1].Shape == TokenShape.Number && _t[k + 1].Digits == 2;
        if (colon)
        {
            minute = _t[k + 1].Value;
            k += 2;
        }

        bool am = Is(k, Cue.Am), pm = Is(k, Cue.Pm);
        if (am || pm)
        {
            if (hour > 12)
            {
                return null;
            }

            hour = pm && hour < 12 ? hour + 12 : am && hour == 12 ? 0 : hour;
            k++;
        }
        else if (Is(k, Cue.OClock))
        {
            k++;
        }
        else if (!colon || minute > 59)
        {
            return null;
        }

        if (Is(k, Cue.Zone))
        {
            k++;
        }

        var spec = new TimeSpec { Type = TimexType.Time, Hour = hour, Minute = minute, Base = SpecBase.Reference, ShiftUnit = TimeUnit.Day, Granularity = TimeUnit.Day };
        int dayAt = Is(k, Cue.On) ? k + 1 : k;
        if (W(dayAt).DayRef is { } dr)
        {
            return Hit(dayAt + 1, spec with { Shift = dr, Type = TimexType.Date }, "clock-dayref");
        }

        if (W(dayAt).Weekday is > 0 and var wd)
        {
            return Hit(dayAt + 1, spec with { Weekday = wd, Granularity = TimeUnit.None, Type = TimexType.Date }, "clock-weekday");
        }

        return Hit(k, spec, "clock");
    }

    // ---- relative dates -----------------------------------------------------------------------------------

    private TimexHit? Weekday(int j)
    {
        int weekday = _t[j].Word.Weekday;
        int k = Comma(j + 1);
        if (Month(k) is { } date && date.Spec.Day is not null)
        {
            return date with { Rule = "weekday-" + date.Rule };
        }

        if (DayMonth(k) is { } dm)
        {
            return dm with { Rule = "weekday-" + dm.Rule };
        }

        return WithDayPart(j + 1, new TimeSpec { Weekday = weekday }, "weekday");
    }

    private TimexHit? WithDayPart(int k, TimeSpec spec, string rule)
    {
        // TimeML annotators mostly give "Friday morning" and "Friday night" the day's date; "this morning" keeps its
        // part of day, and so does a night that is not a named weekday.
        bool named = spec.Base == SpecBase.Absolute && spec.Weekday != 0;
        if (W(k).DayPart is { } part && W(k).Unit != TimeUnit.Night)
        {
            return Hit(k + 1, named ? spec : spec with { Type = TimexType.Time, DayPart = part }, rule + "-daypart");
        }

        if (W(k).Unit == TimeUnit.Night && !W(k).Plural)
        {
            return Hit(k + 1, named ? spec : spec with { DayPart = "NI" }, rule + "-night");
        }

        return Hit(k, spec, rule);
    }

    private TimexHit? DayRef(int j, int offset)
    {
        var spec = TimeSpec.Relative(SpecBase.Reference, TimeUnit.Day, offset, TimeUnit.Day);
        return IsText(j, "tonight") ? Hit(j + 1, spec, "dayref") : WithDayPart(j + 1, spec, "dayref");
    }

    private TimexHit? Deictic(int j, bool the)
    {
        var cue = _t[j].Word.Cue;
        int k = j + 1;
        if (cue == Cue.That && Is(k, Cue.Same))
        {
            k++;
        }

        if (cue == Cue.Most && Is(k, Cue.Recent))
        {
            cue = Cue.Latest;
            k++;
        }

        var (from, shift) = cue switch
        {
            Cue.Last or Cue.Past => (SpecBase.Reference, -1),
            Cue.Previous => (SpecBase.Narrative, -1),
            Cue.Next or Cue.Coming => (SpecBase.Reference, 1),
            Cue.Following => (SpecBase.Narrative, 1),
            Cue.Same or Cue.That => (SpecBase.Narrative, 0),
            Cue.Latest => (SpecBase.Reference, -1),
            _ => (SpecBase.Reference, 0),
        };

        // "the past two months", "the next five years", "recent months"
        if (cue is Cue.Last or Cue.Past or Cue.Next or Cue.Coming or Cue.Previous or Cue.Following or Cue.Recent or Cue.Latest)
        {
            if (Count(k, j) is { } dur && dur.Spec.Type == TimexType.Duration && !dur.Rule.StartsWith("ago", StringComparison.Ordinal))
            {
                return dur;
            }

            if (W(k) is { Unit: not TimeUnit.None, Plural: true } pl)
            {
                return cue == Cue.Recent && pl.Unit >= TimeUnit.Year
                    ? Hit(k + 1, TimeSpec.Of(TimexType.Date, "PAST_REF"), "recent-units")
                    : Hit(k + 1, TimeSpec.Of(TimexType.Duration, Duration(pl.Unit, -1, false)), "past-units");
            }
        }

        if (cue == Cue.Recent)
        {
            return null;
        }

        if (cue == Cue.This && W(k) is { Unit: TimeUnit.Day, Plural: true })
        {
            return Hit(k + 1, TimeSpec.Of(TimexType.Date, "PRESENT_REF"), "these-days");
        }

        var w = W(k);
        if (Is(k, Cue.Fiscal) && W(k + 1) is { Unit: TimeUnit.Year, Plural: false })
        {
            k++;
            w = W(k);
        }

        if (w.Unit != TimeUnit.None && !w.Plural)
        {
            var unit = w.Unit;
            if (unit == TimeUnit.Weekend)
            {
                return Hit(k + 1, new TimeSpec { Weekday = 6, Direction = shift, Granularity = TimeUnit.Weekend }, "deictic-weekend");
            }

            if (unit == TimeUnit.Night)
            {
                return cue is Cue.Last or Cue.This
                    ? Hit(k + 1, TimeSpec.Relative(SpecBase.Reference, TimeUnit.Day, cue == Cue.Last ? -1 : 0, TimeUnit.Day) with { Type = TimexType.Time, DayPart = "NI" }, "deictic-night")
                    : null;
            }

            if (cue == Cue.Past && unit == TimeUnit.Decade)
            {
                return Hit(k + 1, TimeSpec.Of(TimexType.Duration, Duration(unit, 1, false)), "past-decade");
            }

            return Hit(k + 1, TimeSpec.Relative(from, unit, shift, unit == TimeUnit.Fortnight ? TimeUnit.Week : unit), "deictic-unit");
        }

        if (cue == Cue.Latest && Is(k, Cue.Period))
        {
            return Hit(k + 1, TimeSpec.Relative(SpecBase.Reference, TimeUnit.Quarter, -1, TimeUnit.Quarter), "latest-period");
        }

        int direction = cue switch
        {
            Cue.Last or Cue.Past or Cue.Previous => -1,
            Cue.Next or Cue.Coming or Cue.Following => 1,
            _ => 0,
        };
        bool thisOne = cue is Cue.This or Cue.Current;
        if (IsMonth(k) && (direction != 0 || thisOne))
        {
            return Hit(k + 1, new TimeSpec { Month = w.Month, Direction = direction, Base = thisOne ? SpecBase.Reference : SpecBase.Absolute }, "deictic-month");
        }

        if (w.Weekday != 0 && (direction != 0 || thisOne))
        {
            return WithDayPart(k + 1, new TimeSpec { Weekday = w.Weekday, Direction = direction }, "deictic-weekday");
        }

        if (w.Season is not null && (direction != 0 || thisOne))
        {
            return SeasonExpr(k, direction, thisOne ? SpecBase.Reference : SpecBase.Absolute);
        }

        if (w.DayPart is not null && (thisOne || cue is Cue.That or Cue.Same))
        {
            return Hit(k + 1, TimeSpec.Relative(from, TimeUnit.Day, 0, TimeUnit.Day) with { Type = TimexType.Time, DayPart = w.DayPart }, "deictic-daypart");
        }

        if (cue is Cue.Last or Cue.Previous && Is(k, Cue.Half) && Is(k + 1, Cue.Of))
        {
            return HalfOf(k + 1, 2);
        }

        if (the && cue == Cue.Past && _t[j].Word.Ref is { } r)
        {
            return Hit(j + 1, TimeSpec.Of(TimexType.Date, r), "the-past");
        }

        if (cue == Cue.Current && _t[j].Word.Ref is { } cr && !the && k < _t.Length && _t[k].Shape == TokenShape.Word && !_t[k].Word.Known)
        {
            return null;
        }

        return null;
    }

    private TimexHit? SeasonExpr(int k, int direction, SpecBase from)
    {
        var season = _t[k].Word.Season!;
        int y = Is(k + 1, Cue.Of) ? k + 2 : k + 1;
        if (IsYear(y))
        {
            return Hit(y + 1, new TimeSpec { Season = season, Year = _t[y].Value }, "season-year");
        }

        if (direction == 0 && from == SpecBase.Absolute && !(k > 0 && (Is(k - 1, Cue.The) || Is(k - 1, Cue.Early) || Is(k - 1, Cue.Late))))
        {
            return null;
        }

        return Hit(k + 1, new TimeSpec { Season = season, Direction = direction, Base = from }, "season");
    }

    private TimexHit? HalfOf(int ofAt, int half)
    {
        if (IsYear(ofAt + 1))
        {
            return Hit(ofAt + 2, new TimeSpec { Half = half, Year = _t[ofAt + 1].Value }, "half-year");
        }

        if (YearReference(ofAt + 1) is { } yr)
        {
            return Hit(yr.End, yr.Spec with { Half = half }, "half-year-ref");
        }

        return null;
    }

    private TimexHit? OrdinalPeriod(int j, int start)
    {
        int n = _t[j].Shape == TokenShape.Ordinal ? _t[j].Value : _t[j].Word.Ordinal;
        int k = j + 1;
        if (Punct(k, '-') && _t[k].Glued)
        {
            k++;
        }

        if (Is(k, Cue.Fiscal))
        {
            k++;
        }

        var w = W(k);
        if (w.Unit == TimeUnit.Quarter && !w.Plural && n is >= 1 and <= 4)
        {
            var spec = new TimeSpec { Quarter = n };
            int of = k + 1;
            if (Is(of, Cue.Of) && IsYear(of + 1))
            {
                return Hit(of + 2, spec with { Year = _t[of + 1].Value }, "quarter-year");
            }

            if (IsYear(of))
            {
                return Hit(of + 1, spec with { Year = _t[of].Value }, "quarter-year");
            }

            if (Is(of, Cue.Of) && YearReference(of + 1) is { } yr)
            {
                return Hit(yr.End, yr.Spec with { Quarter = n }, "quarter-year-ref");
            }

            return Hit(k + 1, spec, "quarter");
        }

        if (Is(k, Cue.Half) && n is 1 or 2)
        {
            return Is(k + 1, Cue.Of) ? HalfOf(k + 1, n) : Hit(k + 1, new TimeSpec { Half = n }, "half");
        }

        if (w.Unit == TimeUnit.Century && !w.Plural && n is >= 1 and <= 21)
        {
            return Hit(k + 1, new TimeSpec { Century = n - 1 }, "century");
        }

        if (n == 1 || (_t[j].Word.Ordinal == 1))
        {
            // "the first nine months"
            if (Count(j + 1, start) is { } dur && dur.Spec.Type == TimexType.Duration)
            {
                return dur;
            }
        }

        return null;
    }

    private TimexHit? Fiscal(int j)
    {
        if (IsYear(j + 1))
        {
            return Hit(j + 2, new TimeSpec { Year = _t[j + 1].Value }, "fiscal-year");
        }

        if (W(j + 1).Ordinal > 0 || _t.Length > j + 1 && _t[j + 1].Shape == TokenShape.Ordinal)
        {
            return OrdinalPeriod(j + 1, j);
        }

        if (W(j + 1) is { Unit: TimeUnit.Year, Plural: false })
        {
            return Hit(j + 2, TimeSpec.Relative(SpecBase.Reference, TimeUnit.Year, 0, TimeUnit.Year), "fiscal-year-ref");
        }

        return null;
    }

    private TimexHit? YearAgo(int j)
    {
        int k = j + 1;
        if (W(k).Ordinal > 0 && W(k + 1).Unit == TimeUnit.Quarter)
        {
            return Hit(k + 2, new TimeSpec { Quarter = W(k).Ordinal, Base = SpecBase.Reference, Shift = -1 }, "year-ago-quarter");
        }

        if (W(k) is { Unit: TimeUnit.Quarter, Plural: false } || Is(k, Cue.Period))
        {
            return Hit(k + 1, TimeSpec.Relative(SpecBase.Reference, TimeUnit.Quarter, -5, TimeUnit.Quarter), "year-ago-period");
        }

        return Hit(k, TimeSpec.Relative(SpecBase.Reference, TimeUnit.Year, -1, TimeUnit.Year), "year-ago");
    }

    private TimexHit? SetExpr(int j)
    {
        int k = j + 1;
        if (Is(k, Cue.Other))
        {
            k++;
        }

        var w = W(k);
        if (w.Unit != TimeUnit.None && !w.Plural)
        {
            return Hit(k + 1, TimeSpec.Of(TimexType.Set, Duration(w.Unit, k > j + 1 ? 2 : 1, false)), "set");
        }

        if (_t[j].Is(Cue.Every) && (w.Weekday != 0 || w.Month != 0))
        {
            return Hit(k + 1, TimeSpec.Of(TimexType.Set, w.Weekday != 0 ? "XXXX-WXX-" + w.Weekday.ToString(CultureInfo.InvariantCulture) : "XXXX-" + w.Month.ToString("00", CultureInfo.InvariantCulture)), "set-named");
        }

        return null;
    }

    private TimexHit? RefWord(int j, string value, bool the)
    {
        if (the && !(IsText(j, "past") || IsText(j, "future") || IsText(j, "present")))
        {
            return null;
        }

        if (_t[j].Word.Cue == Cue.Current && !the)
        {
            return null;
        }

        if (IsText(j, "future") && !the || IsText(j, "present") && !(j > 0 && Is(j - 1, Cue.At)))
        {
            return null;
        }

        return Hit(j + 1, TimeSpec.Of(TimexType.Date, value), "ref");
    }

    private TimexHit? BareUnit(int j, bool the, bool edgeOf)
    {
        var w = _t[j].Word;
        if (edgeOf && !w.Plural)
        {
            return Hit(j + 1, TimeSpec.Relative(SpecBase.Reference, w.Unit, 0, w.Unit), "edge-unit");
        }

        if (the && w.Unit == TimeUnit.Year && !w.Plural && Is(j + 1, Cue.Ended))
        {
            return Hit(j + 1, TimeSpec.Of(TimexType.Duration, "P1Y"), "the-year-ended"); // "for the year ended March 31"
        }

        if (the && w.Unit == TimeUnit.Year && !w.Plural && j >= 2 && (Is(j - 2, Cue.For) || Is(j - 2, Cue.Of)))
        {
            return Hit(j + 1, TimeSpec.Relative(SpecBase.Reference, TimeUnit.Year, 0, TimeUnit.Year), "the-year");
        }

        if (the && !w.Plural)
        {
            return w.Unit switch
            {
                TimeUnit.Weekend => Hit(j + 1, new TimeSpec { Weekday = 6, Granularity = TimeUnit.Weekend }, "the-weekend"),
                TimeUnit.Quarter => Hit(j + 1, TimeSpec.Relative(SpecBase.Reference, TimeUnit.Quarter, -1, TimeUnit.Quarter), "the-quarter"),
                _ => null,
            };
        }

        if (w.Plural && w.Unit >= TimeUnit.Week && j > 0 && (Is(j - 1, Cue.For) || Is(j - 1, Cue.Over) || Is(j - 1, Cue.Within)))
        {
            return Hit(j + 1, TimeSpec.Of(TimexType.Duration, Duration(w.Unit, -1, false)), "bare-units");
        }

        return null;
    }

    // ---- counts and durations -----------------------------------------------------------------------------

    /// <summary>A number followed by a unit at <paramref name="j"/>: a duration, or a date with "ago"/"earlier"/"later".</summary>
    private TimexHit? Count(int j, int start)
    {
        if (!ParseCount(j, out int n, out int k, out bool half))
        {
            return null;
        }

        if (Is(k, Cue.More) || IsText(k, "additional") || IsText(k, "extra"))
        {
            k++; // "two more weeks", "an additional year"
        }

        bool hyphen = false;
        if (Punct(k, '-') && _t[k].Glued && k + 1 < _t.Length && _t[k + 1].Glued)
        {
            k++;
            hyphen = true;
        }

        var w = W(k);
        if (w.Unit == TimeUnit.None || (hyphen && w.Plural && W(k + 2).Cue != Cue.Long))
        {
            return null;
        }

        if (n == 1 && w.Plural && _t[j].Shape != TokenShape.Number)
        {
            return null;
        }

        if (w.Unit == TimeUnit.Year && Punct(k + 1, '-') && (Is(k + 2, Cue.Ago) || Is(k + 2, Cue.Earlier)))
        {
            return null; // "a year-earlier loss": the adjective is read on its own
        }

        if (w.Unit == TimeUnit.Second && _t[j].Is(Cue.A))
        {
            return null; // "a second group"
        }

        var unit = w.Unit;
        k++;
        if (Is(k, Cue.And) && Is(k + 1, Cue.A) && Is(k + 2, Cue.Half))
        {
            half = true;
            k += 3;
        }

        if (Punct(k, '-') && _t[k].Glued && Is(k + 1, Cue.Old))
        {
            return null;
        }

        if (Punct(k, '-') && _t[k].Glued && Is(k + 1, Cue.Long))
        {
            k += 2;
        }

        if (Is(k, Cue.Ago))
        {
            if (n < 0)
            {
                return Hit(k + 1, TimeSpec.Of(TimexType.Date, "PAST_REF"), "ago-vague");
            }

            return Hit(k + 1, TimeSpec.Relative(SpecBase.Reference, unit, -n, AgoGranularity(unit)) with { FollowsQuarter = true }, "ago");
        }

        if ((Is(k, Cue.Earlier) || Is(k, Cue.Later)) && n > 0 && !hyphen)
        {
            int sign = Is(k, Cue.Earlier) ? -1 : 1;
            return Hit(k + 1, TimeSpec.Relative(SpecBase.Narrative, unit, sign * n, AgoGranularity(unit)) with { FollowsQuarter = true }, "ago-anaphoric");
        }

        if (Is(k, Cue.Old))
        {
            return null; // an age: "52 years old"
        }

        if (n == 1 && Is(j, Cue.A) && !w.Plural && j > 0 && (_t[j - 1].Shape == TokenShape.Number || _t[j - 1].Word.Unit != TimeUnit.None
            || (_t[j - 1].Shape == TokenShape.Word && !_t[j - 1].Word.Known && _text[_t[j - 1].End - 1] == 's' && _t[j - 1].End - _t[j - 1].Start > 3)))
        {
            return Hit(k, TimeSpec.Of(TimexType.Set, Duration(unit, 1, false)), "set-rate"); // "four flights a week"
        }

        return Hit(k, TimeSpec.Of(TimexType.Duration, Duration(unit, n, half)), hyphen ? "duration-adjective" : "duration");
    }

    private static TimeUnit AgoGranularity(TimeUnit unit) => unit switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Night => TimeUnit.Day,
        TimeUnit.Weekend or TimeUnit.Fortnight => TimeUnit.Week,
        TimeUnit.Decade => TimeUnit.Year,
        TimeUnit.Century or TimeUnit.Millennium => TimeUnit.Decade,
        _ => unit,
    };

    /// <summary>Reads a count ("18", "eighteen", "twenty-four", "a", "several", "5 1/2"); n = -1 for a vague one.</summary>
    private bool ParseCount(int j, out int n, out int end, out bool half)
    {
        n = 0;
        end = j;
        half = false;
        if (j >= _t.Length)
        {
            return false;
        }

        var t = _t[j];
        if (t.Shape == TokenShape.Number)
        {
            if (t.Digits > 4 || (j + 1 < _t.Length && _t[j + 1].Glued && (_t[j + 1].IsPunct('.') || _t[j + 1].IsPunct(',')) && j + 2 < _t.Length && _t[j + 2].Glued))
            {
                return false;
            }

            n = t.Value;
            end = j + 1;
            if (end + 2 < _t.Length && _t[end].Shape == TokenShape.Number && _t[end].Value == 1 && _t[end + 1].IsPunct('/') && _t[end + 2].Value == 2)
            {
                half = true;
                end += 3;
            }

            return true;
        }

        if (t.Shape != TokenShape.Word)
        {
            return false;
        }

        var w = t.Word;
        if (w.Number >= 0)
        {
            n = w.Number;
            end = j + 1;
            if (n is >= 20 and < 100 && n % 10 == 0)
            {
                int k = Punct(end, '-') && _t[end].Glued ? end + 1 : end;
                if (W(k).Number is >= 1 and <= 9)
                {
                    n += W(k).Number;
                    end = k + 1;
                }
            }

            if (W(end).Number is 100 or 1000)
            {
                n *= W(end).Number;
                end++;
            }

            return true;
        }

        switch (w.Cue)
        {
            case Cue.A:
                end = j + 1;
                if (Is(end, Cue.Few))
                {
                    n = -1;
                    end++;
                }
                else if (Is(end, Cue.Couple) && Is(end + 1, Cue.Of))
                {
                    n = 2;
                    end += 2;
                }
                else if (W(end).Number is 12 or 100 or 1000)
                {
                    n = W(end).Number;
                    end++;
                }
                else
                {
                    n = 1;
                }

                return true;
            case Cue.Several or Cue.Few or Cue.Many:
                n = -1;
                end = j + 1;
                return true;
            case Cue.Couple when Is(j + 1, Cue.Of):
                n = 2;
                end = j + 2;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The TIMEX3 duration value of <paramref name="n"/> units (n = -1: an unspecified number).</summary>
    internal static string Duration(TimeUnit unit, int n, bool half)
    {
        var inv = CultureInfo.InvariantCulture;
        if (n < 0)
        {
            return unit switch
            {
                TimeUnit.Second => "PTXS",
                TimeUnit.Minute => "PTXM",
                TimeUnit.Hour => "PTXH",
                TimeUnit.Day or TimeUnit.Night or TimeUnit.Weekend => "PXD",
                TimeUnit.Week or TimeUnit.Fortnight => "PXW",
                TimeUnit.Month or TimeUnit.Season => "PXM",
                TimeUnit.Quarter => "PXQ",
                TimeUnit.Century or TimeUnit.Millennium => "PXC",
                _ => "PXY",
            };
        }

        string N(int k) => k.ToString(inv);
        return unit switch
        {
            TimeUnit.Second => "PT" + N(n) + "S",
            TimeUnit.Minute => "PT" + N(n) + "M" + (half ? "30S" : string.Empty),
            TimeUnit.Hour => "PT" + N(n) + "H" + (half ? "30M" : string.Empty),
            TimeUnit.Day or TimeUnit.Night => "P" + N(n) + "D" + (half ? "T12H" : string.Empty),
            TimeUnit.Weekend => "P" + N(2 * n) + "D",
            TimeUnit.Week => "P" + N(n) + "W",
            TimeUnit.Fortnight => "P" + N(2 * n) + "W",
            TimeUnit.Month => "P" + N(n) + "M",
            TimeUnit.Season or TimeUnit.Quarter => "P" + N(3 * n + (half ? 1 : 0)) + "M",
            TimeUnit.Half => "P" + N(6 * n) + "M",
            TimeUnit.Year => "P" + N(n) + "Y" + (half ? "6M" : string.Empty),
            TimeUnit.Decade => "P" + N(10 * n) + "Y",
            TimeUnit.Century => "P" + N(100 * n) + "Y",
            _ => "P" + N(1000 * n) + "Y",
        };
    }

    private static TimexHit Hit(int end, TimeSpec spec, string rule) => new(end, spec, rule);
}
