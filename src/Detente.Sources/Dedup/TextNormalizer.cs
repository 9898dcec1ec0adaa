using System.Globalization;
using System.Text;

namespace Detente.Sources.Dedup;

/// <summary>
/// Normalises text for duplicate detection: Unicode NFKC, lower case, quotes and dashes unified, and every run
/// of characters that are not letters or digits collapsed to one space. Two texts that differ only in
/// typography, case or spacing normalise to the same string.
/// </summary>
public static class TextNormalizer
{
    /// <summary>The normalised form of <paramref name="text"/>.</summary>
    public static string Normalize(string text)
    {
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        bool space = true;
        foreach (var rune in nfkc.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                sb.Append(Rune.ToLowerInvariant(rune).ToString());
                space = false;
            }
            else if (!space && Rune.GetUnicodeCategory(rune) is not UnicodeCategory.NonSpacingMark and not UnicodeCategory.Format)
            {
                // apostrophes inside words ("Gondor's") are dropped rather than splitting the word
                if (rune.Value is '\'' or '\u2019')
                {
                    continue;
                }

                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>The words of the normalised text.</summary>
    public static string[] Words(string text) => Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
