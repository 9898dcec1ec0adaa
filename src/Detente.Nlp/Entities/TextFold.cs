using System.Globalization;
using System.Text;

namespace Detente.Nlp.Entities;

/// <summary>Folds a word for dictionary lookup: lower case, diacritics removed, curly apostrophes straightened.</summary>
public static class TextFold
{
    /// <summary>Writes the folded form of <paramref name="word"/> into <paramref name="output"/>; returns its length, or -1 when it does not fit.</summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> output)
    {
        if (word.Length > output.Length)
        {
            return -1;
        }

        int n = 0;
        foreach (var c in word)
        {
            if (c < 128)
            {
                output[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
            else
            {
                return FoldSlow(word, output);
            }
        }

        return n;
    }

    /// <summary>The folded form as a string.</summary>
    public static string Fold(string word)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        int n = Fold(word, buffer);
        return n < 0 ? FoldString(word) : new string(buffer[..n]);
    }

    private static int FoldSlow(ReadOnlySpan<char> word, Span<char> output)
    {
        var s = FoldString(word.ToString());
        if (s.Length > output.Length)
        {
            return -1;
        }

        s.AsSpan().CopyTo(output);
        return s.Length;
    }

    private static string FoldString(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                'ı' => 'i',
                _ => char.ToLowerInvariant(c),
            });
        }

        return sb.ToString();
    }
}
