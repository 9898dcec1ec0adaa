using System.Collections.Immutable;
using Detente.Core.Model;

namespace Detente.Nlp.Text;

/// <summary>
/// Splits tokens into sentences. A sentence ends at terminal punctuation (with any closing quotes and brackets
/// that follow it) when the next token can start a sentence, at an abbreviation only when a typical sentence
/// opener follows, and at every paragraph break. Single line breaks end sentences unless the text is hard-wrapped.
/// </summary>
public sealed class SentenceSplitter(TextLexicons lexicons)
{
    private const int WrappedLineMinLength = 40;

    /// <summary>Splits <paramref name="tokens"/> of <paramref name="original"/> (normalised as <paramref name="normalized"/>).</summary>
    public ImmutableArray<Sentence> Split(string original, string normalized, IReadOnlyList<Token> tokens)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        if (tokens.Count == 0)
        {
            return result.ToImmutable();
        }

        bool wrapped = IsHardWrapped(normalized);
        int first = 0;
        for (int k = 0; k < tokens.Count; k++)
        {
            bool last = k == tokens.Count - 1;
            int endOfSentence = -1;
            if (last)
            {
                endOfSentence = k;
            }
            else if (LineBreakBetween(normalized, tokens[k], tokens[k + 1], wrapped))
            {
                endOfSentence = k;
            }
            else if (IsTerminal(tokens[k].Form) || IsAbbreviationEnd(tokens[k].Form))
            {
                int m = k;
                while (m + 1 < tokens.Count && IsClosing(original, normalized, tokens[m + 1]) && !LineBreakBetween(normalized, tokens[m], tokens[m + 1], wrapped))
                {
                    m++;
                }

                if (m == tokens.Count - 1 || LineBreakBetween(normalized, tokens[m], tokens[m + 1], wrapped) ||
                    StartsSentence(original, normalized, tokens[k].Form, tokens[m + 1]))
                {
                    endOfSentence = m;
                }
            }

            if (endOfSentence >= 0)
            {
                result.Add(new Sentence(new TextRange(tokens[first].Range.Start, tokens[endOfSentence].Range.End), first, endOfSentence - first + 1));
                first = endOfSentence + 1;
                k = endOfSentence;
            }
        }

        return result.ToImmutable();
    }

    private static bool IsTerminal(string form) =>
        form is "." or "!" or "?" or "..." or "\u2026" || (form.Length > 1 && form.All(c => c is '?' or '!' or '.'));

    private bool IsAbbreviationEnd(string form) =>
        form.Length > 1 && form[^1] == '.' && char.IsLetter(form[^2]) && !lexicons.NonFinalAbbreviations.Contains(form);

    private static bool IsClosing(string original, string normalized, Token token)
    {
        var f = token.Form;
        if (f is ")" or "]" or "}")
        {
            return true;
        }

        if (f is "\"" or "'")
        {
            char o = original[token.Range.Start];
            if (o is '\u201D' or '\u2019' or '\u00BB')
            {
                return true;
            }

            if (o is '\u201C' or '\u2018' or '\u00AB' or '\u201E')
            {
                return false;
            }

            // A straight quote closes when it is attached to the text before it.
            int p = token.Range.Start - 1;
            return p >= 0 && !char.IsWhiteSpace(normalized[p]);
        }

        return false;
    }

    private bool StartsSentence(string original, string normalized, string terminal, Token next)
    {
        var f = next.Form;
        char c = f[0];
        bool abbreviation = !IsTerminal(terminal);
        if (abbreviation)
        {
            return lexicons.SentenceStarters.Contains(f);
        }

        if (char.IsUpper(c) || char.IsDigit(c))
        {
            return true;
        }

        if (f is "\"" or "'" or "(" or "[" or "-" or "--")
        {
            return !IsClosing(original, normalized, next);
        }

        return false;
    }

    private static bool LineBreakBetween(string text, Token a, Token b, bool wrapped)
    {
        int newlines = 0;
        for (int p = a.Range.End; p < b.Range.Start; p++)
        {
            if (text[p] == '\n')
            {
                newlines++;
            }
        }

        return wrapped ? newlines >= 2 || (newlines == 1 && IndentedOrShortLine(text, a, b)) : newlines >= 1;
    }

    private static bool IndentedOrShortLine(string text, Token a, Token b)
    {
        // In hard-wrapped text a paragraph starts with indentation, or follows a short line.
        int lineStart = b.Range.Start;
        while (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        if (b.Range.Start - lineStart >= 2)
        {
            return true;
        }

        int prevStart = a.Range.End;
        while (prevStart > 0 && text[prevStart - 1] != '\n')
        {
            prevStart--;
        }

        return a.Range.End - prevStart < WrappedLineMinLength;
    }

    /// <summary>True when most lines are long and end without terminal punctuation (a hard-wrapped wire story).</summary>
    private static bool IsHardWrapped(string text)
    {
        int lines = 0, wrappedLines = 0;
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start).TrimEnd();
            if (line.Length > 0)
            {
                lines++;
                char last = line[^1];
                if (line.Length >= WrappedLineMinLength && line.Length <= 100 && last is not ('.' or '!' or '?' or '"' or ':'))
                {
                    wrappedLines++;
                }
            }

            start = end + 1;
        }

        return lines >= 4 && wrappedLines * 2 > lines;
    }
}
