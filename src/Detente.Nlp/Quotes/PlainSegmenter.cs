using System.Collections.Frozen;
using System.Collections.Immutable;
using Detente.Core.Model;
using Detente.Core.Pipeline;

namespace Detente.Nlp.Quotes;

/// <summary>
/// A small rule-based tokenizer and sentence splitter (words, possessive "’s", single punctuation marks;
/// sentences end at . ! ? … before a capital or an opening quote, and at line breaks). It lets the quote stage
/// be evaluated on raw text where the full text stages are not configured; the product pipeline uses those.
/// </summary>
public sealed class PlainSegmenter : IStage
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Prof", "Jr", "Sr",
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "No", "vs", "Inc", "Corp", "Co", "Ltd",
        "Ave", "Pres", "Adm", "Rev", "Mt", "Ft", "approx", "e.g", "i.e", "etc",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => "plain-segmenter";

    /// <inheritdoc />
    public Layers Requires => Layers.None;

    /// <inheritdoc />
    public Layers Produces => Layers.Tokens | Layers.Sentences;

    /// <inheritdoc />
    public Document Process(Document document)
    {
        var text = document.Text;
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        int sentenceFirst = 0;
        bool pendingEnd = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n')
                {
                    Close(tokens, sentences, ref sentenceFirst);
                    pendingEnd = false;
                }

                i++;
                continue;
            }

            int end = char.IsLetterOrDigit(c) ? WordEnd(text, i) : i + 1;
            if (pendingEnd && !IsCloser(c) && (char.IsUpper(c) || char.IsDigit(c) || c is '“' or '"' or '‘' or '«' or '\'' or '('))
            {
                Close(tokens, sentences, ref sentenceFirst);
            }

            pendingEnd = pendingEnd && IsCloser(c);
            if (end - i > 2 && (text[end - 1] == 's' || text[end - 1] == 'S') && text[end - 2] is '\'' or '’')
            {
                Add(tokens, text, i, end - 2);
                Add(tokens, text, end - 2, end);
            }
            else
            {
                Add(tokens, text, i, end);
            }

            if (c is '.' or '!' or '?' or '…' || (end - i > 1 && text[end - 1] == '.' && !IsAbbreviation(text, i, end)))
            {
                pendingEnd = true;
            }

            i = end;
        }

        Close(tokens, sentences, ref sentenceFirst);
        return document with { Tokens = tokens.ToImmutable(), Sentences = sentences.ToImmutable() };
    }

    private static bool IsCloser(char c) => c is '”' or '"' or '’' or '\'' or ')' or ']' or '»' or '.' or '!' or '?';

    private static int WordEnd(string text, int i)
    {
        int j = i + 1;
        while (j < text.Length)
        {
            char c = text[j];
            if (char.IsLetterOrDigit(c))
            {
                j++;
            }
            else if (c is '-' or '\'' or '’' or '.' or ',' && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1])
                && (c != ',' || (char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1]))))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        // Initials and abbreviations keep their final period: "U.S.", "Mr.".
        if (j < text.Length && text[j] == '.' && (text.AsSpan(i, j - i).Contains('.') || Abbreviations.Contains(text[i..j]) || j - i == 1 && char.IsUpper(text[i])))
        {
            j++;
        }

        return j;
    }

    private static bool IsAbbreviation(string text, int start, int end) =>
        Abbreviations.Contains(text[start..(end - 1)]) || (end - start == 2 && char.IsUpper(text[start]));

    private static void Add(ImmutableArray<Token>.Builder tokens, string text, int start, int end)
    {
        var form = text[start..end].Replace('’', '\'').Replace('“', '"').Replace('”', '"').Replace('‘', '\'');
        tokens.Add(new Token(new TextRange(start, end), form) { Head = -1, SpaceAfter = end < text.Length && char.IsWhiteSpace(text[end]) });
    }

    private static void Close(ImmutableArray<Token>.Builder tokens, ImmutableArray<Sentence>.Builder sentences, ref int first)
    {
        if (tokens.Count > first)
        {
            var range = new TextRange(tokens[first].Range.Start, tokens[^1].Range.End);
            sentences.Add(new Sentence(range, first, tokens.Count - first));
            first = tokens.Count;
        }
    }
}
