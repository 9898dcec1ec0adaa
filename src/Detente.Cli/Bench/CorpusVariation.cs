using System.Globalization;
using System.Text;
using Detente.Core.Model;

namespace Detente.Cli.Bench;

/// <summary>
/// Makes distinct variants of an article for a large benchmark corpus: round 0 is the article itself; later
/// rounds move its date by whole days, reorder the paragraphs after the lede and rename the countries it
/// mentions (a fixed rotation per round), so every variant has its own content hash and its own actors.
/// Deterministic: the same article and round always give the same variant.
/// </summary>
internal sealed class CorpusVariation
{
    private static readonly string[] Countries =
    [
        "Japan", "France", "Britain", "Canada", "Brazil", "Mexico", "China", "Italy", "Iran", "Iraq", "Egypt", "India",
        "Argentina", "Australia", "Indonesia", "Nigeria", "Kenya", "Spain", "Sweden", "Norway", "Poland", "Turkey",
        "Israel", "Syria", "Pakistan", "Chile", "Peru", "Venezuela", "Germany", "Belgium", "Russia", "Ukraine",
    ];

    private static readonly Dictionary<string, int> CountryIndex =
        Countries.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);

    private readonly int _seed;

    /// <summary>Creates the variation with a seed for the paragraph order.</summary>
    public CorpusVariation(int seed) => _seed = seed;

    /// <summary>The variant of <paramref name="article"/> for <paramref name="round"/> (0 = unchanged).</summary>
    public Article Vary(Article article, int round)
    {
        if (round == 0)
        {
            return article;
        }

        var suffix = ".v" + round.ToString(CultureInfo.InvariantCulture);
        var text = Reorder(RenameCountries(article.Text, round), StableSeed(article.Id, round));
        var title = article.Title is null ? null : RenameCountries(article.Title, round);
        var date = (article.Published ?? new DateOnly(1987, 1, 1)).AddDays(round);
        return new Article(article.Id + suffix, text, title, date, article.Source, article.Url);
    }

    /// <summary>A seed from the id and round that is the same in every process (string hash codes are not).</summary>
    private int StableSeed(string id, int round)
    {
        unchecked
        {
            int h = (_seed * 397) ^ round;
            foreach (char c in id)
            {
                h = (h * 31) + c;
            }

            return h;
        }
    }

    /// <summary>Replaces each whole-word country name by the one <paramref name="round"/> places on in the list.</summary>
    internal static string RenameCountries(string text, int round)
    {
        var sb = new StringBuilder(text.Length + 16);
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterUpper(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                sb.Append(text[i++]);
                continue;
            }

            int end = i + 1;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            var word = text.AsSpan(i, end - i);
            if (CountryIndex.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out int index))
            {
                sb.Append(Countries[(index + round) % Countries.Length]);
            }
            else
            {
                sb.Append(word);
            }

            i = end;
        }

        return sb.ToString();
    }

    /// <summary>
    /// Keeps the first paragraph and shuffles the others. A paragraph starts after a blank line or at an indented
    /// line; single line breaks inside a paragraph are hard wraps and stay where they are.
    /// </summary>
    private static string Reorder(string text, int seed)
    {
        var paragraphs = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length - 1; i++)
        {
            if (text[i] == '\n' && i + 1 > start && char.IsWhiteSpace(text[i + 1]))
            {
                paragraphs.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        paragraphs.Add(text[start..]);
        if (paragraphs.Count < 3)
        {
            return text;
        }

        var last = paragraphs[^1];
        if (!last.EndsWith('\n'))
        {
            paragraphs[^1] = last + "\n";
        }

        var rest = paragraphs.GetRange(1, paragraphs.Count - 1).ToArray();
        new Random(seed).Shuffle(rest);
        return paragraphs[0] + string.Concat(rest);
    }
}
