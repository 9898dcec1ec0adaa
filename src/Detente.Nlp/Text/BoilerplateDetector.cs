using System.Collections.Immutable;
using Detente.Core.Model;
using Detente.Core.Pipeline;

namespace Detente.Nlp.Text;

/// <summary>Marks lines of page furniture in plain-text articles ("Read more", "Leave a Reply", "Source: ...").</summary>
public sealed class BoilerplateDetector(TextLexicons lexicons) : IStage
{
    private const int MaxLinkedHeadlineWords = 14;

    /// <inheritdoc />
    public string Name => "boilerplate";

    /// <inheritdoc />
    public Layers Requires => Layers.Normalized;

    /// <inheritdoc />
    public Layers Produces => Layers.Boilerplate;

    /// <inheritdoc />
    public Document Process(Document document)
    {
        var text = document.NormalizedText ?? document.Text;
        var found = ImmutableArray.CreateBuilder<TextRange>();
        bool markNext = false;
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = Trim(text, start, end);
            if (line.Length > 0)
            {
                var lineText = text.AsSpan(line.Start, line.Length);
                if (markNext && LooksLikeLinkedHeadline(lineText))
                {
                    found.Add(line);
                    markNext = false;
                }
                else
                {
                    markNext = false;
                    if (lineText.Length <= lexicons.MaxBoilerplateLineLength && lexicons.AnyBoilerplate.IsMatch(lineText))
                    {
                        found.Add(line);
                        foreach (var p in lexicons.Boilerplate)
                        {
                            if (p.Pattern.IsMatch(lineText))
                            {
                                markNext = p.MarksNextLine;
                                break;
                            }
                        }
                    }
                }
            }

            start = end + 1;
        }

        return document with { Boilerplate = found.ToImmutable() };
    }

    private static TextRange Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextRange(start, end);
    }

    private static bool LooksLikeLinkedHeadline(ReadOnlySpan<char> line)
    {
        char last = line[^1];
        if (last is '.' or '!' or '?' or '"' or ':')
        {
            return false;
        }

        int words = 1;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words <= MaxLinkedHeadlineWords;
    }
}
