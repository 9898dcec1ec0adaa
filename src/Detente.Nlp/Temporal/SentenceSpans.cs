using Detente.Core.Model;

namespace Detente.Nlp.Temporal;

/// <summary>A rough sentence splitter for text that has no sentence layer (TimeML files, bare strings).</summary>
public static class SentenceSpans
{
    /// <summary>Sentence ranges of <paramref name="text"/>: breaks after . ! ? before a capital, and at blank lines.</summary>
    public static IReadOnlyList<TextRange> Split(string text)
    {
        var result = new List<TextRange>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool end = false;
            if (c is '.' or '!' or '?' && !(c == '.' && i >= 2 && text[i - 2] == '.'))
            {
                int k = i + 1;
                while (k < text.Length && text[k] is '"' or '\'' or '\u201d' or '\u2019' or ')')
                {
                    k++;
                }

                if (k < text.Length && char.IsWhiteSpace(text[k]))
                {
                    int n = k;
                    while (n < text.Length && char.IsWhiteSpace(text[n]))
                    {
                        n++;
                    }

                    end = n >= text.Length || char.IsUpper(text[n]) || text[n] is '"' or '\u201c';
                    if (end)
                    {
                        i = k - 1;
                    }
                }
            }
            else if (c == '\n' && i + 1 < text.Length && text[i + 1] is '\n' or '\r')
            {
                end = true;
            }

            if (end)
            {
                Add(result, text, start, i + 1);
                start = i + 1;
            }
        }

        Add(result, text, start, text.Length);
        return result;
    }

    private static void Add(List<TextRange> into, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            into.Add(new TextRange(start, end));
        }
    }
}
