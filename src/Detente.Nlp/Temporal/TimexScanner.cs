namespace Detente.Nlp.Temporal;

/// <summary>Splits a stretch of text into words, numbers and punctuation and looks each word up once.</summary>
internal static class TimexScanner
{
    /// <summary>Appends the tokens of <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>) to <paramref name="into"/>.</summary>
    public static void Scan(string text, int start, int end, TemporalLexicon lexicon, List<TimexToken> into)
    {
        int i = start;
        int prevEnd = -1;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            bool glued = prevEnd == i;
            int s = i;
            if (char.IsAsciiDigit(c))
            {
                long v = 0;
                while (i < end && char.IsAsciiDigit(text[i]))
                {
                    v = Math.Min(v * 10 + (text[i] - '0'), 1_000_000_000L);
                    i++;
                }

                int digits = i - s;
                if (i + 1 < end && IsOrdinalSuffix(text[i], text[i + 1]) && (i + 2 >= end || !char.IsLetter(text[i + 2])))
                {
                    into.Add(new TimexToken(s, i + 2, TokenShape.Ordinal, TemporalWord.Empty, (int)v, digits, glued, false));
                    i += 2;
                }
                else
                {
                    into.Add(new TimexToken(s, i, TokenShape.Number, TemporalWord.Empty, (int)v, digits, glued, false));
                }
            }
            else if (char.IsLetter(c))
            {
                while (i < end && (char.IsLetter(text[i]) || (IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]) && i > s && text[i + 1] is 'c' or 'C')))
                {
                    i++;
                }

                // Dotted abbreviations: a.m., p.m., Feb.
                int wordEnd = i;
                while (wordEnd - s <= 2 && wordEnd + 1 < end && text[wordEnd] == '.' && char.IsLetter(text[wordEnd + 1]) && wordEnd + 2 < end && text[wordEnd + 2] == '.')
                {
                    wordEnd += 3;
                }

                var word = lexicon.Find(text.AsSpan(s, wordEnd - s));
                if (wordEnd < end && text[wordEnd] == '.')
                {
                    var dotted = lexicon.Find(text.AsSpan(s, wordEnd - s + 1));
                    if (dotted.Known)
                    {
                        word = dotted;
                        wordEnd++;
                    }
                }

                i = wordEnd;
                into.Add(new TimexToken(s, i, TokenShape.Word, word, 0, 0, glued, char.IsUpper(c)));
            }
            else
            {
                i++;
                char p = IsApostrophe(c) ? '\'' : c is '\u2010' or '\u2011' or '\u2013' or '\u2014' ? '-' : c;
                into.Add(new TimexToken(s, i, TokenShape.Punct, TemporalWord.Empty, p, 0, glued, false));
            }

            prevEnd = i;
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018';

    private static bool IsOrdinalSuffix(char a, char b) =>
        (char.ToLowerInvariant(a), char.ToLowerInvariant(b)) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
}
