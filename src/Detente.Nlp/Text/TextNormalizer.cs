using Detente.Core.Model;
using Detente.Core.Pipeline;

namespace Detente.Nlp.Text;

/// <summary>
/// Makes a normalised view of the text with exactly the original length, so every offset stays valid:
/// curly and angle quotes become straight ones, exotic spaces become plain spaces, non-breaking hyphens become '-'.
/// </summary>
public sealed class TextNormalizer : IStage
{
    /// <inheritdoc />
    public string Name => "normalize";

    /// <inheritdoc />
    public Layers Requires => Layers.None;

    /// <inheritdoc />
    public Layers Produces => Layers.Normalized;

    /// <inheritdoc />
    public Document Process(Document document) => document with { NormalizedText = Normalize(document.Text) };

    /// <summary>The same-length normalisation of <paramref name="text"/>.</summary>
    public static string Normalize(string text)
    {
        int first = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (Map(text[i]) != text[i])
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan(0, state.first).CopyTo(span);
            for (int i = state.first; i < span.Length; i++)
            {
                span[i] = Map(state.text[i]);
            }
        });
    }

    /// <summary>The normalised form of one character.</summary>
    public static char Map(char c)
    {
        if (c < 0x80)
        {
            return c == '\r' || c == '\t' || c == '\f' || c == '\v' ? (c == '\r' ? '\n' : ' ') : c;
        }

        return c switch
        {
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '\u0060' or '\u00B4' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' or '\u301D' or '\u301E' => '"',
            '\u2010' or '\u2011' => '-',
            '\u2028' or '\u2029' or '\u0085' => '\n',
            '\u00A0' or '\u2007' or '\u202F' or '\u3000' or '\u200B' or '\uFEFF' => ' ',
            >= '\u2000' and <= '\u200A' => ' ',
            _ => c,
        };
    }
}
