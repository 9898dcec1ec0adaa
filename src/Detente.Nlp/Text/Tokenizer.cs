using System.Globalization;
using System.Text;
using Detente.Core.Model;

namespace Detente.Nlp.Text;

/// <summary>
/// A news-grade tokenizer that follows the Universal Dependencies English conventions: clitics split
/// ("don't" -> do n't, "Russia's" -> Russia 's), hyphens between words are tokens unless the first part is a
/// prefix ("non-Microsoft"), abbreviations and initials keep their period ("U.S.", "Gen.", "W."), numbers keep
/// their separators ("5,500", "3.5", "4/4/2017"), URLs and e-mail addresses stay whole, ellipses and dash runs
/// are one token. It reads the normalised text and reports ranges into the original.
/// </summary>
public sealed class Tokenizer(TextLexicons lexicons)
{
    private const string TrailingUrlPunctuation = ".,;:!?)]}\"'";

    /// <summary>Tokenizes <paramref name="normalized"/>[<paramref name="start"/>..<paramref name="end"/>) into <paramref name="output"/>.</summary>
    /// <param name="normalized">The same-length normalised text.</param>
    /// <param name="start">First character of the segment.</param>
    /// <param name="end">One past the last character of the segment.</param>
    /// <param name="output">Where tokens are appended.</param>
    public void Tokenize(string normalized, int start, int end, List<Token> output)
    {
        int i = start;
        while (i < end)
        {
            char c = normalized[i];
            if (char.IsWhiteSpace(c) || c == '\u00AD')
            {
                i++;
                continue;
            }

            int j = TryUrlOrEmail(normalized, i, end);
            if (j > i)
            {
                Emit(normalized, i, j, output);
                i = j;
                continue;
            }

            if (IsWordChar(c))
            {
                i = ScanWord(normalized, i, end, output);
                continue;
            }

            i = ScanPunctuation(normalized, i, end, output);
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || c == '\u00AD' ||
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static int TryUrlOrEmail(string t, int i, int end)
    {
        int k = i;
        while (k < end && !char.IsWhiteSpace(t[k]))
        {
            k++;
        }

        var chunk = t.AsSpan(i, k - i);
        bool url = chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
                   chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
                   (chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && chunk.Length > 6);
        if (!url)
        {
            int at = chunk.IndexOf('@');
            int dot = at > 0 ? chunk[at..].IndexOf('.') : -1;
            if (at <= 0 || dot < 2 || !char.IsLetterOrDigit(chunk[0]) || at + dot + 1 >= chunk.Length)
            {
                return i;
            }

            // An e-mail address: letters, digits and . _ % + - around a single @.
            foreach (var ch in chunk)
            {
                if (!(char.IsLetterOrDigit(ch) || ch is '.' or '_' or '%' or '+' or '-' or '@') && TrailingUrlPunctuation.IndexOf(ch, StringComparison.Ordinal) < 0)
                {
                    return i;
                }
            }
        }

        // Trailing punctuation belongs to the sentence, and a bracket closes only if one opened in the URL.
        while (k > i && TrailingUrlPunctuation.Contains(t[k - 1], StringComparison.Ordinal))
        {
            char last = t[k - 1];
            if (last == ')' && t.AsSpan(i, k - i).Contains('('))
            {
                break;
            }

            k--;
        }

        return k;
    }

    private int ScanWord(string t, int i, int end, List<Token> output)
    {
        // Initials and dotted abbreviations: "U.S.", "a.m.", "e.g.".
        int dotted = ScanDottedAbbreviation(t, i, end);
        if (dotted > i)
        {
            Emit(t, i, dotted, output);
            return dotted;
        }

        int j = i;
        int segmentStart = i;
        bool numeric = char.IsDigit(t[i]);
        while (j < end)
        {
            char c = t[j];
            if (IsWordChar(c))
            {
                numeric &= char.IsDigit(c);
                j++;
                continue;
            }

            bool nextIsLetterOrDigit = j + 1 < end && char.IsLetterOrDigit(t[j + 1]);
            if (c == '\'' && nextIsLetterOrDigit && char.IsLetter(t[j + 1]))
            {
                j++;
                continue;
            }

            if (c == '-' && nextIsLetterOrDigit && j > i && char.IsLetterOrDigit(t[j - 1]) &&
                lexicons.HyphenPrefixes.Contains(t.AsSpan(segmentStart, j - segmentStart).ToString().ToLowerInvariant()))
            {
                j++;
                segmentStart = j;
                continue;
            }

            if (numeric && j + 1 < end && char.IsDigit(t[j + 1]))
            {
                if (c is '.' or ':' or '/')
                {
                    j++;
                    continue;
                }

                if (c == ',' && IsThousandsGroup(t, j + 1, end))
                {
                    j++;
                    continue;
                }
            }

            break;
        }

        // A period that belongs to an abbreviation or an initial.
        if (j < end && t[j] == '.' && !(j + 1 < end && t[j + 1] == '.'))
        {
            var withPeriod = t.AsSpan(i, j + 1 - i).ToString();
            bool initial = j - i == 1 && char.IsUpper(t[i]);
            if (initial || lexicons.Abbreviations.Contains(withPeriod))
            {
                Emit(t, i, j + 1, output);
                return j + 1;
            }
        }

        SplitClitics(t, i, j, output);
        return j;
    }

    private static bool IsThousandsGroup(string t, int k, int end)
    {
        int digits = 0;
        while (k + digits < end && char.IsDigit(t[k + digits]))
        {
            digits++;
        }

        return digits == 3;
    }

    private static int ScanDottedAbbreviation(string t, int i, int end)
    {
        // letter '.' letter '.' ( letter '.' )*
        int k = i;
        int pairs = 0;
        while (k + 1 < end && char.IsLetter(t[k]) && t[k + 1] == '.')
        {
            pairs++;
            k += 2;
        }

        if (pairs >= 2 && !(k < end && char.IsLetterOrDigit(t[k])))
        {
            return k;
        }

        // "U.S" written without the final period is still one token.
        return -1;
    }

    private static void SplitClitics(string t, int i, int j, List<Token> output)
    {
        var word = t.AsSpan(i, j - i);
        int len = word.Length;
        if (len > 3 && word[^3..].Equals("n't", StringComparison.OrdinalIgnoreCase))
        {
            Emit(t, i, j - 3, output);
            Emit(t, j - 3, j, output);
            return;
        }

        int apostrophe = word.LastIndexOf('\'');
        if (apostrophe > 0)
        {
            var clitic = word[apostrophe..];
            if (clitic.Equals("'s", StringComparison.OrdinalIgnoreCase) || clitic.Equals("'re", StringComparison.OrdinalIgnoreCase) ||
                clitic.Equals("'ve", StringComparison.OrdinalIgnoreCase) || clitic.Equals("'ll", StringComparison.OrdinalIgnoreCase) ||
                clitic.Equals("'d", StringComparison.OrdinalIgnoreCase) || clitic.Equals("'m", StringComparison.OrdinalIgnoreCase))
            {
                Emit(t, i, i + apostrophe, output);
                Emit(t, i + apostrophe, j, output);
                return;
            }
        }

        // Fused forms that UD splits: cannot, gonna, wanna, gotta.
        if (len == 6 && word.Equals("cannot", StringComparison.OrdinalIgnoreCase))
        {
            Emit(t, i, i + 3, output);
            Emit(t, i + 3, j, output);
            return;
        }

        if (len == 5 && (word.Equals("gonna", StringComparison.OrdinalIgnoreCase) || word.Equals("wanna", StringComparison.OrdinalIgnoreCase) ||
                         word.Equals("gotta", StringComparison.OrdinalIgnoreCase)))
        {
            Emit(t, i, i + 3, output);
            Emit(t, i + 3, j, output);
            return;
        }

        Emit(t, i, j, output);
    }

    private static int ScanPunctuation(string t, int i, int end, List<Token> output)
    {
        char c = t[i];
        int j = i + 1;
        if (c is '.' or '-' or '?' or '!' or '*' or '=' or '_' or '~')
        {
            while (j < end && (t[j] == c || (c is '?' or '!' && t[j] is '?' or '!')))
            {
                j++;
            }
        }

        Emit(t, i, j, output);
        return j;
    }

    private static void Emit(string t, int start, int end, List<Token> output)
    {
        if (end <= start)
        {
            return;
        }

        output.Add(new Token(new TextRange(start, end), FormOf(t, start, end))
        {
            Head = -1,
            SpaceAfter = end < t.Length && char.IsWhiteSpace(t[end]),
        });
    }

    /// <summary>The normalised form of a token: soft hyphens removed, compatibility characters folded (NFKC).</summary>
    public static string FormOf(string t, int start, int end)
    {
        var span = t.AsSpan(start, end - start);
        bool ascii = true;
        foreach (var ch in span)
        {
            if (ch >= 0x80)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return span.ToString();
        }

        var s = span.ToString().Replace("\u00AD", string.Empty, StringComparison.Ordinal);
        return s.IsNormalized(NormalizationForm.FormKC) ? s : s.Normalize(NormalizationForm.FormKC);
    }
}
