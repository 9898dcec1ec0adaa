using System.Collections.Immutable;
using Detente.Core.Model;

namespace Detente.Nlp.Quotes;

/// <summary>
/// Finds attributions in a sentence from its words alone: a cue verb with its verb group, the source noun
/// phrase before it (or after it, "said Lavrov"), and the content after it ("that ...") or before it
/// ("..., Lavrov said"); "according to X"; and "X's remarks". Used when the sentence has no parse, and for
/// what the parse-based rules leave.
/// </summary>
internal sealed class SurfaceAttributor
{
    private const int MaxSourceTokens = 14;

    private readonly QuoteLexicon _lexicon;
    private readonly Document _doc;
    private readonly ImmutableArray<Token> _tokens;
    private readonly bool[] _inQuote;
    private readonly CueAt[] _cues = new CueAt[8];

    public SurfaceAttributor(QuoteLexicon lexicon, Document doc, bool[] inQuote)
    {
        _lexicon = lexicon;
        _doc = doc;
        _tokens = doc.Tokens;
        _inQuote = inQuote;
    }

    /// <summary>Adds the attributions of sentence <paramref name="si"/> to <paramref name="output"/>.</summary>
    public void Find(int si, List<Attribution> output)
    {
        var sentence = _doc.Sentences[si];
        int f = sentence.FirstToken, e = sentence.EndToken;
        int last = e;
        while (last > f && _tokens[last - 1].Form is "." or "!" or "?" or "…" or ";")
        {
            last--;
        }

        var cues = _cues;
        int count = FindCues(f, last, cues);
        for (int k = 0; k < count; k++)
        {
            var (start, end) = cues[k].Verb is null ? (cues[k].L, cues[k].L) : WalkBack(cues[k], k > 0 ? cues[k - 1].R : f);
            cues[k] = cues[k] with { SourceStart = start, SourceEnd = end };
        }

        TextRange? previousSource = null;
        int insideUntil = -1;
        for (int k = 0; k < count; k++)
        {
            var cue = cues[k];
            if (cue.L < insideUntil && !Independent(cue, f))
            {
                // A cue inside another attribution's content ("said Moscow has no plans"): not annotated apart.
                continue;
            }

            int boundary = last;
            for (int j = k + 1; j < count; j++)
            {
                if (Independent(cues[j], f))
                {
                    boundary = ContentBoundary(cues[j], f);
                    break;
                }
            }

            var a = cue.Verb is null
                ? According(si, f, last, cue, boundary)
                : Verb(si, f, last, cue, boundary, previousSource, k > 0 ? cues[k - 1].R : f);
            if (a is not null)
            {
                output.Add(a);
                previousSource = a.Source ?? previousSource;
                if (a.Content is { } c && c.Start >= _tokens[cue.L].Range.Start)
                {
                    insideUntil = boundary;
                }
            }
        }

        if (count == 0)
        {
            SpeechNoun(si, f, last, output);
        }
    }

    private int FindCues(int f, int last, Span<CueAt> cues)
    {
        int count = 0;
        for (int t = f; t < last && count < cues.Length; t++)
        {
            if (_inQuote[t])
            {
                continue;
            }

            var form = _tokens[t].Form;
            if (form.Equals("according", StringComparison.OrdinalIgnoreCase) && t + 1 < last && _tokens[t + 1].Form.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                cues[count++] = new CueAt(t, t + 2, null);
                t++;
                continue;
            }

            var verb = MatchVerb(t, last);
            if (verb is null)
            {
                continue;
            }

            int r = t + verb.Words;
            int l = t;
            while (l - 1 >= f && !_inQuote[l - 1] && IsVerbGroupWord(l - 1))
            {
                l--;
            }

            // "went on to say", "continued to insist": the whole phrase is the cue.
            if (verb.Lemma is "go on" or "continue" && r + 1 < last && _tokens[r].Form == "to" && MatchVerb(r + 1, last) is { } inner)
            {
                r += 1 + inner.Words;
            }

            if (r < last && _tokens[r].Form == ":")
            {
                r++;
            }

            cues[count++] = new CueAt(l, r, verb);
            t = r - 1;
        }

        return count;
    }

    private CueVerb? MatchVerb(int t, int end)
    {
        var tok = _tokens[t];
        if (tok.Upos is { } upos && upos is not ("VERB" or "AUX"))
        {
            return null;
        }

        // Part of a hyphenated word ("so-called", "self-described").
        if (t > 0 && _tokens[t - 1].Form == "-" && _tokens[t - 1].Range.End == tok.Range.Start)
        {
            return null;
        }

        if (t + 1 < end && _lexicon.VerbPhrase(tok.Form, _tokens[t + 1].Form) is { } phrase)
        {
            return phrase;
        }

        var verb = tok.Lemma is { } lemma ? _lexicon.VerbLemma(lemma) : _lexicon.VerbForm(tok.Form);
        if (verb is null || tok.Upos is not null)
        {
            return verb;
        }

        // Without tags: a capitalised word inside the sentence is a name ("United States", "the Post"), and a
        // present-tense form that is also a noun ("claims", "reports") is a verb only after a subject-like word.
        if (SentenceWords.IsCapitalized(tok) && t > 0 && !IsSentenceStart(t))
        {
            return null;
        }

        bool plain = !tok.Form.EndsWith("ed", StringComparison.Ordinal) && !tok.Form.EndsWith("ing", StringComparison.Ordinal)
            && tok.Form is not ("said" or "told" or "wrote" or "thought" or "knew" or "felt" or "saw" or "found" or "heard" or "spoke");
        if (plain && t > 0 && SentenceWords.NounLike.Contains(tok.Form))
        {
            var prev = _tokens[t - 1];
            bool subjectBefore = SentenceWords.SubjectEnd.Contains(prev.Form) || (SentenceWords.IsCapitalized(prev) && !IsSentenceStart(t - 1))
                || IsLyAdverb(prev.Form);
            bool endsClause = t + 1 >= end || SentenceWords.IsPunct(_tokens[t + 1]);
            if (!subjectBefore || SentenceWords.Determiner.Contains(prev.Form) || (endsClause && !SentenceWords.Pronoun.Contains(prev.Form)))
            {
                return null;
            }
        }

        return verb;
    }

    private bool IsSentenceStart(int t)
    {
        int si = _doc.SentenceAt(_tokens[t].Range.Start);
        int first = si >= 0 ? _doc.Sentences[si].FirstToken : 0;
        while (first < t && SentenceWords.IsPunct(_tokens[first]))
        {
            first++;
        }

        return first == t;
    }

    private bool IsVerbGroupWord(int i)
    {
        var form = _tokens[i].Form;
        return SentenceWords.VerbGroup.Contains(form)
            || IsLyAdverb(form);
    }

    private static bool IsLyAdverb(string form) =>
        form.Length > 5 && form.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(form[0])
        && form is not ("family" or "likely" or "weekly" or "monthly" or "daily" or "friendly" or "elderly" or "holy" or "costly" or "deadly");

    // Content of the cue before `next` ends before the comma that opens it (", adding that ...", ", and he said").
    private int ContentBoundary(CueAt next, int f)
    {
        int b = Math.Min(next.SourceStart, next.L);
        while (b - 1 >= f && _tokens[b - 1].Form is "," or "and" or "but" or ";")
        {
            b--;
        }

        return b;
    }

    // A cue that starts its own clause: after a comma, semicolon or dash, or after ", and".
    private bool Independent(CueAt cue, int f)
    {
        int b = Math.Min(cue.SourceStart, cue.L) - 1;
        if (b >= f && _tokens[b].Form is "and" or "but")
        {
            b--;
        }

        return b >= f && (_tokens[b].Form is "," or ";" or "—" or "–" || IsClosingQuote(b));
    }

    // Start of the source noun phrase before a cue: stops at a comma, a clause word or a quotation; a subject
    // pronoun next to the verb group is the whole source; an adverbial "on several occasions" is stepped over.
    private (int Start, int End) WalkBack(CueAt cue, int floor)
    {
        int prev = cue.L - 1;
        var form = _tokens[cue.L].Form;
        if (form.EndsWith("ing", StringComparison.Ordinal) && cue.L == cue.R - 1)
        {
            // "..., adding that", "and reaffirming": a participle shares the subject of the clause before it.
            return (cue.L, cue.L);
        }

        if (prev >= floor && SentenceWords.Pronoun.Contains(_tokens[prev].Form) && _tokens[prev].Form is not ("him" or "them" or "her"))
        {
            return (prev, cue.L);
        }

        int b = prev;
        int n = 0;
        while (b >= floor && n <= MaxSourceTokens && !_inQuote[b] && _tokens[b].Form != "," && !SentenceWords.ClauseBreak.Contains(_tokens[b].Form))
        {
            b--;
            n++;
        }

        if (b >= floor && n > 0 && n <= 4 && SentenceWords.Preposition.Contains(_tokens[b].Form) && SentenceWords.TimeNoun.Contains(_tokens[prev].Form))
        {
            // "Trump has on several occasions vowed": step over the adverbial and the auxiliaries before it.
            var inner = new CueAt(b, cue.R, cue.Verb);
            while (inner.L - 1 >= floor && IsVerbGroupWord(inner.L - 1))
            {
                inner = inner with { L = inner.L - 1 };
            }

            return inner.L < b ? (WalkBack(inner with { R = inner.L + 1 }, floor).Start, inner.L) : (b + 1, cue.L);
        }

        int start = b + 1;
        while (start < cue.L && _tokens[start].Form is "and" or "And" or "but" or "But")
        {
            start++;
        }

        return n > MaxSourceTokens ? (cue.L, cue.L) : (start, cue.L);
    }

    private Attribution? According(int si, int f, int last, CueAt cue, int boundary)
    {
        int srcEnd = cue.R;
        while (srcEnd < last && _tokens[srcEnd].Form != "," && !_inQuote[srcEnd])
        {
            srcEnd++;
        }

        if (srcEnd == cue.R)
        {
            return null;
        }

        int cs, ce;
        if (IsSentenceOpening(f, cue.L))
        {
            cs = srcEnd < last ? srcEnd + 1 : last;
            ce = boundary;
        }
        else
        {
            cs = f;
            ce = _tokens[cue.L - 1].Form == "," ? cue.L - 1 : cue.L;
        }

        return Make(si, cue, Range(cue.R, srcEnd), Span(cs, ce), "according-to", speech: true);
    }

    private Attribution? Verb(int si, int f, int last, CueAt cue, int boundary, TextRange? previousSource, int floor)
    {
        var verb = cue.Verb!;
        int prev = cue.L - 1;

        // Inverted: "“...,” said Lavrov" / "..., said the minister".
        if (prev >= f && (_tokens[prev].Form == "," || IsClosingQuote(prev)) && cue.R < last && !_inQuote[cue.R]
            && (SentenceWords.IsCapitalized(_tokens[cue.R]) || _tokens[cue.R].Form is "the" or "a" or "an" or "his" or "her" or "their")
            && (verb.Flags & CueFlags.Speech) != 0 && prev > floor && !_tokens[cue.L].Form.EndsWith("ing", StringComparison.Ordinal))
        {
            int srcEnd = cue.R;
            while (srcEnd < boundary && _tokens[srcEnd].Form != "," && !_inQuote[srcEnd])
            {
                srcEnd++;
            }

            return Make(si, cue, Range(cue.R, srcEnd), LeftContent(floor, prev), "inverted", speech: true);
        }

        int srcStart = cue.SourceStart;
        int b = srcStart - 1;
        while (b >= floor && _tokens[b].Form is "and" or "And" or "but" or "But")
        {
            b--;
        }

        // "Lavrov's remarks were reported in TASS": the owner of the speech noun is the source, the noun joins the cue.
        if (cue.L - srcStart >= 3 && _lexicon.IsSpeechNoun(_tokens[cue.L - 1].Form) && _tokens[cue.L - 2].Form is "'s" or "'")
        {
            var owned = cue with { L = cue.L - 1 };
            int ce0 = SkipRecipient(cue.R, last, verb);
            bool channelOnly = ce0 >= boundary || _tokens[ce0].Form is "in" or "by" or "on" or "to" or "at";
            return Make(si, owned, Range(srcStart, cue.L - 2), channelOnly ? null : Span(ContentStart(cue.R, ce0, last, verb) is var st and >= 0 ? st : ce0, boundary), "speech-noun", speech: true);
        }

        TextRange? source = srcStart < cue.SourceEnd ? Range(srcStart, cue.SourceEnd) : null;
        bool commaBefore = b >= floor && (_tokens[b].Form == "," || IsClosingQuote(b));
        int afterR = SkipRecipient(cue.R, last, verb);
        bool bareEnd = afterR >= boundary || _tokens[afterR].Form == "," || SentenceWords.Adjunct.Contains(_tokens[afterR].Form);
        bool thatNext = cue.R < last && _tokens[cue.R].Form is "that" or ":" or "whether";

        // Parenthetical: "Russia, Trump noted, had vetoed ...": the content is the sentence around the attribution.
        if (commaBefore && source is not null && b > floor && afterR < boundary - 1 && _tokens[afterR].Form == "," && cue.R == afterR)
        {
            return Make(si, cue, source, Span(floor, boundary), "parenthetical", speech: true);
        }

        // Post-posed: "..., Lavrov told CBS in an interview".
        if (commaBefore && source is not null && b - floor >= 2 && bareEnd && !thatNext && !_inQuote[cue.R < last ? cue.R : last - 1])
        {
            return Make(si, cue, source, LeftContent(floor, b), "post", speech: true);
        }

        if (source is null && b >= floor && b + 1 < srcStart)
        {
            // "... and declared", "but said ...": the subject is shared with the previous cue.
            source = previousSource;
        }

        if (source is null && (IsSentenceStart(cue.L) || (b >= f && _tokens[b].Form is "to")))
        {
            // A cue with no subject in reach ("Ask yourself", "to say", "is expected"): not an attribution.
            return null;
        }

        // Pre-posed: "Lavrov said (that) ...", "Lavrov told CBS that ...".
        int cs = ContentStart(cue.R, afterR, last, verb);
        if (cs < 0)
        {
            return null;
        }

        int ce = boundary;
        source ??= commaBefore ? previousSource : null;
        if (source is null && _tokens[cue.L].Form.EndsWith("ing", StringComparison.Ordinal) && cue.L > f)
        {
            source = ClauseSubject(f, cue.L);
        }

        if (cs >= ce)
        {
            // "X's remarks ...: " or "he said:" followed by a quote in the next sentence: the cue sets the speaker.
            return (verb.Flags & CueFlags.Speech) != 0 && source is not null ? Make(si, cue, source, null, "pre-speaker", speech: true) : null;
        }

        if (SentenceWords.Adjunct.Contains(_tokens[cs].Form) && _tokens[cs].Form is not ("about" or "of" or "with" or "to"))
        {
            // "had repeated throughout his campaign": an adverbial, not what was said.
            return null;
        }

        return Make(si, cue, source, Span(cs, ce), source is null ? "pre-nosource" : "pre", speech: (verb.Flags & CueFlags.Speech) != 0);
    }

    // The subject of the sentence's main clause for a participle cue far from it ("Trump used ..., while
    // claiming credit"): the last capitalised name that follows a comma or the sentence start and precedes a
    // lower-case word.
    private TextRange? ClauseSubject(int f, int before)
    {
        TextRange? best = null;
        for (int i = f; i < before; i++)
        {
            if (_inQuote[i] || !SentenceWords.IsCapitalized(_tokens[i]) || !(i == f || _tokens[i - 1].Form == ","))
            {
                continue;
            }

            int j = i;
            while (j < before && SentenceWords.IsCapitalized(_tokens[j]))
            {
                j++;
            }

            if (j < before && char.IsLower(_tokens[j].Form[0]) && !SentenceWords.ClauseBreak.Contains(_tokens[i].Form) && _tokens[i].Form is not ("A" or "The" or "An" or "In" or "On"))
            {
                best = Range(i, j);
            }
        }

        return best;
    }

    // "told CBS that ...", "warned reporters the ...": the recipient is neither source nor content.
    private int SkipRecipient(int r, int last, CueVerb verb)
    {
        if ((verb.Flags & CueFlags.Recipient) == 0)
        {
            return r;
        }

        int i = r;
        while (i < last && i - r < 5 && !_inQuote[i] && _tokens[i].Form is not ("that" or "," or ":" or "to")
               && (SentenceWords.IsCapitalized(_tokens[i]) || _tokens[i].Form is "reporters" or "journalists" or "me" or "us" or "him" or "her" or "them"
                   || (_tokens[i].Form is "the" or "a" or "an" && i + 1 < last && SentenceWords.IsCapitalized(_tokens[i + 1]))))
        {
            i++;
        }

        return i;
    }

    private int ContentStart(int r, int afterR, int last, CueVerb verb)
    {
        if (r >= last)
        {
            return r;
        }

        // Look a little ahead for "that" / "whether" past an adjunct: "said in an interview that ...".
        bool adjunct = afterR < last && (SentenceWords.Adjunct.Contains(_tokens[afterR].Form) || afterR > r);
        for (int i = afterR; i < last && i - afterR < (adjunct ? 8 : 1); i++)
        {
            var form = _tokens[i].Form;
            if (form is "that" or "whether")
            {
                return i;
            }

            if (form == "," || (_inQuote[i] && i > afterR))
            {
                break;
            }
        }

        if ((verb.Flags & CueFlags.Clausal) != 0)
        {
            return -1;
        }

        int cs = afterR;
        while (cs < last && _tokens[cs].Form is "," or ":")
        {
            cs++;
        }

        return cs;
    }

    private void SpeechNoun(int si, int f, int last, List<Attribution> output)
    {
        for (int t = f + 1; t < last; t++)
        {
            if (_inQuote[t] || !_lexicon.IsSpeechNoun(_tokens[t].Form) || _tokens[t - 1].Form is not ("'s" or "'"))
            {
                continue;
            }

            int s = t - 1;
            while (s - 1 >= f && SentenceWords.IsCapitalized(_tokens[s - 1]) && t - s < 8)
            {
                s--;
            }

            if (s == t - 1)
            {
                continue;
            }

            var cue = new CueAt(t, t + 1, null);
            output.Add(Make(si, cue, Range(s, t - 1), null, "speech-noun", speech: true));
            return;
        }
    }

    private TextRange? LeftContent(int floor, int comma)
    {
        int ce = comma;
        if (IsClosingQuote(comma))
        {
            ce = comma + 1;
        }
        else if (comma - 1 >= floor && IsClosingQuote(comma - 1))
        {
            ce = comma;
        }

        int cs = floor;
        while (cs < ce && _tokens[cs].Form is "," or "and" or "but" or "But" or "And")
        {
            cs++;
        }

        return Span(cs, ce);
    }

    private bool IsClosingQuote(int i) =>
        SentenceWords.IsQuoteMark(_tokens[i]) && _inQuote[i] && (i + 1 >= _inQuote.Length || !_inQuote[i + 1] || i + 1 >= _tokens.Length);

    private bool IsSentenceOpening(int f, int l)
    {
        for (int i = f; i < l; i++)
        {
            if (_tokens[i].Form is not ("But" or "And" or "So" or "Yet" or "," or "But," or "However"))
            {
                return false;
            }
        }

        return true;
    }

    private Attribution Make(int si, CueAt cue, TextRange? source, TextRange? content, string rule, bool speech) =>
        new()
        {
            Sentence = si,
            Cue = Range(cue.L, cue.R),
            Source = source,
            Content = content,
            Rule = "surface:" + rule,
            Speech = speech,
        };

    private TextRange Range(int first, int end) => new(_tokens[first].Range.Start, _tokens[end - 1].Range.End);

    private TextRange? Span(int first, int end) => end > first ? Range(first, end) : null;

    private readonly record struct CueAt(int L, int R, CueVerb? Verb, int SourceStart = -1, int SourceEnd = -1);
}
