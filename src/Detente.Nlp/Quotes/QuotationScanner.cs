using Detente.Core.Model;

namespace Detente.Nlp.Quotes;

/// <summary>
/// Finds the outermost quoted passages of a text, marks included: “ ” " ' ‘ ’ « » ‹ › „ “ and „ ”. Apostrophes
/// (Lavrov’s, don't, leaders’) are told from single quotes by the letters around them and by whether a single
/// quote is open. A quote left open at the end of a paragraph continues when the next paragraph opens with a
/// quotation mark (the newspaper convention); otherwise it ends with its paragraph.
/// </summary>
public static class QuotationScanner
{
    /// <summary>The outermost quoted passages of <paramref name="text"/>, in text order.</summary>
    public static List<TextRange> Scan(string text)
    {
        var result = new List<TextRange>();
        Span<char> closers = stackalloc char[8];
        int depth = 0;
        int outerStart = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                if (depth > 0)
                {
                    int next = SkipSpace(text, i);
                    if (next < text.Length && next > i && IsOpening(text, next, out _) && text[next] != '\'' && text[next] != '‘')
                    {
                        // Continued quotation: the next paragraph re-opens it; skip the re-opening mark.
                        depth = 1;
                        i = next;
                        continue;
                    }

                    result.Add(new TextRange(outerStart, TrimEnd(text, i)));
                    depth = 0;
                }

                continue;
            }

            if (!IsQuoteChar(c))
            {
                continue;
            }

            if (depth > 0 && Closes(text, i, closers[depth - 1]))
            {
                depth--;
                if (depth == 0)
                {
                    result.Add(new TextRange(outerStart, i + 1));
                }

                continue;
            }

            if (depth < closers.Length && IsOpening(text, i, out var closer))
            {
                if (depth == 0)
                {
                    outerStart = i;
                }

                closers[depth++] = closer;
            }
        }

        if (depth > 0)
        {
            result.Add(new TextRange(outerStart, TrimEnd(text, text.Length)));
        }

        return result;
    }

    private static bool IsQuoteChar(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '«' or '»' or '‹' or '›' or '„';

    private static bool Closes(string text, int i, char expected)
    {
        char c = text[i];
        bool letterBefore = i > 0 && char.IsLetterOrDigit(text[i - 1]);
        bool letterAfter = i + 1 < text.Length && char.IsLetter(text[i + 1]);
        return expected switch
        {
            '”' => c is '”' or '"',
            '“' => c is '“' or '”',
            '’' => (c is '’' or '\'') && !(letterBefore && letterAfter) && !IsElision(text, i),
            '\'' => (c is '\'' or '’') && !(letterBefore && letterAfter) && !IsElision(text, i),
            '"' => c is '"' or '”',
            _ => c == expected,
        };
    }

    private static bool IsOpening(string text, int i, out char closer)
    {
        char c = text[i];
        bool spaceBefore = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or '“' or '"' or '‘' or '«' or '/';
        bool wordAfter = i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
        closer = c switch
        {
            '“' => '”',
            '„' => '“',
            '«' => '»',
            '‹' => '›',
            '"' => '"',
            '‘' => '’',
            '\'' => '\'',
            _ => '\0',
        };
        return c switch
        {
            '“' or '„' or '«' or '‹' => true,
            '"' => spaceBefore || wordAfter,
            '‘' or '\'' => spaceBefore && wordAfter && !IsElision(text, i),
            _ => false,
        };
    }

    // ’til, ’em, '90s, 'n': an apostrophe standing for left-out letters at the start of a word.
    private static bool IsElision(string text, int i)
    {
        if (i + 1 >= text.Length)
        {
            return false;
        }

        if (char.IsDigit(text[i + 1]) && i + 3 < text.Length && char.IsDigit(text[i + 2]) && text[i + 3] == 's')
        {
            return true;
        }

        var rest = text.AsSpan(i + 1, Math.Min(4, text.Length - i - 1));
        return rest.StartsWith("em ", StringComparison.Ordinal) || rest.StartsWith("til ", StringComparison.Ordinal)
            || rest.StartsWith("n ", StringComparison.Ordinal) || rest.StartsWith("cause", StringComparison.Ordinal);
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
