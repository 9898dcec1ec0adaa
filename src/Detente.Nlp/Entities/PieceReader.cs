using Detente.Core.Model;

namespace Detente.Nlp.Entities;

/// <summary>
/// Turns the tokens of a sentence into the words the matcher compares: hyphenated words are split, hyphens, quotes and
/// brackets dropped ("[US Secretary of State Antony] Blinken" reads as one title and name), and each word marked as
/// inside or outside a direct quotation. Quotation state carries across sentences and resets at paragraph breaks.
/// </summary>
internal sealed class PieceReader(ActorLexicon lexicon)
{
    private bool _inQuote;
    private int _lastEnd;

    /// <summary>Fills <paramref name="output"/> with the pieces of sentence <paramref name="sentence"/>; returns how many.</summary>
    public int Read(Document doc, Sentence sentence, Piece[] output)
    {
        var text = doc.Text;
        if (text.AsSpan(_lastEnd, Math.Max(0, sentence.Range.Start - _lastEnd)).Contains('\n'))
        {
            _inQuote = false;
        }

        _lastEnd = sentence.Range.End;
        int n = 0;
        Span<char> folded = stackalloc char[64];
        var tokens = doc.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
        foreach (ref readonly var t in tokens)
        {
            var form = t.Form.AsSpan();
            if (form is "\"" || form is "``" || form is "''" || (form.Length == 1 && text[t.Range.Start] is '\u201C' or '\u201D'))
            {
                _inQuote = !_inQuote;
                continue;
            }

            if (form is "[" or "]" or "(" or ")" or "-" or "--" || (form.Length == 1 && form[0] is '\u2010' or '\u2011'))
            {
                continue;
            }

            bool sameLength = form.Length == t.Range.Length;
            int partStart = 0;
            for (int k = 0; k <= form.Length; k++)
            {
                if (k < form.Length && form[k] != '-')
                {
                    continue;
                }

                if (k > partStart && n < output.Length)
                {
                    var part = form[partStart..k];
                    int start = sameLength ? t.Range.Start + partStart : t.Range.Start;
                    int end = sameLength ? t.Range.Start + k : t.Range.End;
                    int len = TextFold.Fold(part, folded);
                    int word = len < 0 ? -1 : lexicon.WordId(folded[..len]);
                    output[n++] = new Piece(start, end, word, char.IsUpper(part[0]), IsAllCaps(part), _inQuote);
                }

                partStart = k + 1;
            }
        }

        return n;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        int letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }
}
