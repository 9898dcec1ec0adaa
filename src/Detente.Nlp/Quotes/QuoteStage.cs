using System.Collections.Immutable;
using Detente.Core.Model;
using Detente.Core.Pipeline;

namespace Detente.Nlp.Quotes;

/// <summary>
/// Finds direct, partial, indirect and mixed speech and attributes each to its speaker, with cue, medium and
/// date. Uses the dependency parse when present (speech verb + clausal complement) and surface rules
/// otherwise; uses actor mentions when present to resolve speakers to actors. Quotes come out sorted by
/// content start; a quote's index in <see cref="Document.Quotes"/> addresses it (see <see cref="QuoteLookup"/>).
/// Pieces of one attribution (a quote broken by "he said", its continuation in the next sentence or
/// paragraph, the quoted words inside a mixed quote) share the same <see cref="Quote.Cue"/>.
/// </summary>
public sealed class QuoteStage : IStage
{
    private const int LongQuoteWords = 4;

    private readonly QuoteLexicon _lexicon;

    /// <summary>Creates the stage over a loaded lexicon.</summary>
    public QuoteStage(QuoteLexicon lexicon) => _lexicon = lexicon;

    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences;

    /// <inheritdoc />
    public Layers Produces => Layers.Quotes;

    /// <inheritdoc />
    public Document Process(Document document)
    {
        if (document.Sentences.IsEmpty)
        {
            return document with { Quotes = [] };
        }

        var text = document.Text;
        var quoted = QuotationScanner.Scan(text);
        var inQuote = MarkQuoted(document.Tokens, quoted);
        var attributions = new List<Attribution>();
        var surface = new SurfaceAttributor(_lexicon, document, inQuote);
        var parsed = (document.Present & Layers.Dependencies) != 0 ? new ParseAttributor(_lexicon, document, inQuote) : null;
        for (int si = 0; si < document.Sentences.Length; si++)
        {
            if (parsed is null || !parsed.Find(si, attributions))
            {
                surface.Find(si, attributions);
            }
        }

        var resolver = new SpeakerResolver(document, _lexicon);
        var paragraphs = Paragraphs(document);
        Attribution? context = null;
        foreach (var a in attributions)
        {
            if (a.Content is { } c)
            {
                a.Content = Snap(c, quoted);
            }

            if (a.Source is { } s)
            {
                a.Speaker = resolver.Resolve(s);
            }

            Describe(document, a);

            // "Lavrov's remarks were reported in TASS. “...,” he said.": the medium carries over in the paragraph.
            if (a.Medium is null && context is { Medium: { } medium } && paragraphs[context.Sentence] == paragraphs[a.Sentence])
            {
                a.Medium = medium;
            }

            context = a.Content is null && a.Medium is not null ? a : context;
        }

        var quotes = ImmutableArray.CreateBuilder<Quote>();
        foreach (var a in attributions)
        {
            if (a.Content is not { } content)
            {
                continue;
            }

            quotes.Add(Make(document, a, content, KindOf(text, content, quoted), a.Rule));
            foreach (var q in quoted)
            {
                if (content.Contains(q) && q != content && !IsQuotedOnly(text, content, q))
                {
                    quotes.Add(Make(document, a, q, QuoteKind.Partial, a.Rule + "+partial"));
                }
            }
        }

        foreach (var q in quoted)
        {
            if (attributions.Exists(a => a.Content is { } c && c.Overlaps(q)))
            {
                continue;
            }

            int si = document.SentenceAt(q.Start);
            if (si < 0)
            {
                continue;
            }

            if (Words(text, q) >= LongQuoteWords)
            {
                if (Nearest(attributions, paragraphs, si) is { } parent)
                {
                    quotes.Add(Make(document, parent, q, QuoteKind.Direct, "flow:" + parent.Rule));
                }
            }
            else if (NameBefore(document, q) is { } name)
            {
                var partial = new Attribution { Sentence = si, Cue = q, Rule = "partial-subject", Speaker = resolver.Resolve(name) };
                quotes.Add(Make(document, partial, q, QuoteKind.Partial, partial.Rule) with { Cue = null });
            }
        }

        quotes.Sort((x, y) => x.Content.Start != y.Content.Start ? x.Content.Start.CompareTo(y.Content.Start) : y.Content.End.CompareTo(x.Content.End));
        return document with { Quotes = quotes.ToImmutable() };
    }

    private static Quote Make(Document doc, Attribution a, TextRange content, QuoteKind kind, string rule) => new()
    {
        Content = content,
        Text = doc.Slice(content),
        Kind = kind,
        Speaker = a.Speaker,
        Cue = a.Cue,
        Medium = a.Medium,
        Date = a.Date,
        Rule = rule,
    };

    private static bool[] MarkQuoted(ImmutableArray<Token> tokens, List<TextRange> quoted)
    {
        var marks = new bool[tokens.Length];
        int q = 0;
        for (int i = 0; i < tokens.Length && q < quoted.Count; i++)
        {
            var r = tokens[i].Range;
            while (q < quoted.Count && quoted[q].End <= r.Start)
            {
                q++;
            }

            marks[i] = q < quoted.Count && quoted[q].Contains(r);
        }

        return marks;
    }

    // A content edge that falls inside a quotation moves to the quotation's edge.
    private static TextRange Snap(TextRange c, List<TextRange> quoted)
    {
        int start = c.Start, end = c.End;
        foreach (var q in quoted)
        {
            if (q.Start >= end)
            {
                break;
            }

            if (q.Start < start && q.End > start)
            {
                start = q.Start;
            }

            if (q.Start < end && q.End > end)
            {
                end = q.End;
            }
        }

        return new TextRange(start, end);
    }

    private static QuoteKind KindOf(string text, TextRange content, List<TextRange> quoted)
    {
        int letters = 0, quotedLetters = 0;
        bool any = false;
        foreach (var q in quoted)
        {
            if (q.Overlaps(content))
            {
                any = true;
                quotedLetters += Letters(text, new TextRange(Math.Max(q.Start, content.Start), Math.Min(q.End, content.End)));
            }
        }

        if (!any)
        {
            return QuoteKind.Indirect;
        }

        letters = Letters(text, content);

        // Whole content inside quotation marks.
        if (quotedLetters == letters)
        {
            return Words(text, content) >= LongQuoteWords ? QuoteKind.Direct : QuoteKind.Partial;
        }

        return QuoteKind.Mixed;
    }

    private static int Letters(string text, TextRange r)
    {
        int n = 0;
        for (int i = r.Start; i < r.End; i++)
        {
            n += char.IsLetterOrDigit(text[i]) ? 1 : 0;
        }

        return n;
    }

    // The content is the quotation itself, or only punctuation lies outside it.
    private static bool IsQuotedOnly(string text, TextRange content, TextRange q)
    {
        for (int i = content.Start; i < content.End; i++)
        {
            if (!q.Contains(i) && char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Words(string text, TextRange r)
    {
        int words = 0;
        bool inWord = false;
        for (int i = r.Start; i < r.End; i++)
        {
            bool w = char.IsLetterOrDigit(text[i]);
            if (w && !inWord)
            {
                words++;
            }

            inWord = w;
        }

        return words;
    }

    private static int[] Paragraphs(Document doc)
    {
        var result = new int[doc.Sentences.Length];
        int p = 0;
        for (int i = 1; i < result.Length; i++)
        {
            if (doc.Text.AsSpan(doc.Sentences[i - 1].Range.End, doc.Sentences[i].Range.Start - doc.Sentences[i - 1].Range.End).Contains('\n'))
            {
                p++;
            }

            result[i] = p;
        }

        return result;
    }

    // The attribution a cue-less quotation belongs to: the last one before it in its paragraph, else the
    // first after it in its paragraph, else the last one of the previous paragraph (the flow of speakers).
    private static Attribution? Nearest(List<Attribution> attributions, int[] paragraphs, int si)
    {
        Attribution? before = null, after = null;
        foreach (var a in attributions)
        {
            if (!a.Speech || a.Speaker is null)
            {
                continue;
            }

            if (a.Sentence <= si && paragraphs[a.Sentence] >= paragraphs[si] - 1)
            {
                before = a;
            }
            else if (a.Sentence > si && paragraphs[a.Sentence] == paragraphs[si] && after is null)
            {
                after = a;
            }
        }

        if (before is not null && paragraphs[before.Sentence] == paragraphs[si])
        {
            return before;
        }

        return after ?? before;
    }

    // "as Putin “reaffirmed” ...": a short quotation right after a capitalised name is that name's word.
    private static TextRange? NameBefore(Document doc, TextRange q)
    {
        var tokens = doc.Tokens;
        int si = doc.SentenceAt(q.Start);
        var s = doc.Sentences[si];
        int i = s.FirstToken;
        while (i < s.EndToken && tokens[i].Range.End <= q.Start)
        {
            i++;
        }

        int end = i;
        int start = end;
        while (start - 1 >= s.FirstToken && SentenceWords.IsCapitalized(tokens[start - 1]) && end - start < 4)
        {
            start--;
        }

        if (start == end || start == s.FirstToken)
        {
            return null;
        }

        return new TextRange(tokens[start].Range.Start, tokens[end - 1].Range.End);
    }

    private void Describe(Document doc, Attribution a)
    {
        var s = doc.Sentences[a.Sentence].Range;
        var text = doc.Text;
        foreach (var name in _lexicon.Media)
        {
            int at = text.IndexOf(name, s.Start, s.Length, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(text[at - 1])) && (at + name.Length >= text.Length || !char.IsLetter(text[at + name.Length]))
                && !(a.Content is { } c && c.Contains(at)))
            {
                a.Medium = name;
                break;
            }
        }

        foreach (var t in doc.Times)
        {
            if (s.Contains(t.Range) && !(a.Content is { } c && c.Overlaps(t.Range)))
            {
                a.Date = t.Value;
                break;
            }
        }
    }
}
