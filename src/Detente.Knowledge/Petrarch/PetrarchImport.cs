using System.Globalization;
using System.Text;

namespace Detente.Knowledge.Petrarch;

/// <summary>
/// Turns PETRARCH actor entries into knowledge-base rows: people (entries with dated or several codes) with their
/// codes, and aliases (entries with one undated code of a known state or organisation) as metonyms. Entries already
/// in the knowledge base, and aliases of codes it does not know, are counted and left out.
/// </summary>
public sealed class PetrarchImport(KnowledgeBase kb)
{
    /// <summary>people.tsv rows.</summary>
    public List<string> People { get; } = [];

    /// <summary>codes.tsv rows.</summary>
    public List<string> Codes { get; } = [];

    /// <summary>metonyms.tsv rows.</summary>
    public List<string> Aliases { get; } = [];

    /// <summary>Entries left out, with the reason.</summary>
    public List<string> Skipped { get; } = [];

    /// <summary>Converts <paramref name="actors"/> read from <paramref name="source"/>.</summary>
    public void Add(IEnumerable<PetrarchActor> actors, string source)
    {
        var ids = kb.People.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var phrases = kb.Metonyms.Select(m => m.Phrase).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var a in actors)
        {
            var codes = a.Codes.Where(c => c.Code is not null).ToList();
            var where = string.Create(CultureInfo.InvariantCulture, $"{source}:{a.Line}");
            if (codes.Count == 0)
            {
                Skipped.Add($"{where}: {a.Name}: no code");
                continue;
            }

            if (codes.Count == 1 && codes[0].From is null && codes[0].To is null)
            {
                var code = codes[0].Code!;
                var target = kb.State(code.Length >= 3 ? code[..3] : code) is { } st ? st.Iso3 : kb.Organisations.FirstOrDefault(o => o.Code == code)?.Id;
                if (target is null)
                {
                    Skipped.Add($"{where}: {a.Name}: code {code} names no state or organisation of the knowledge base");
                    continue;
                }

                var sector = kb.State(target) is not null && code.Length > 3 ? code[3..] : string.Empty;
                foreach (var phrase in new[] { a.Name }.Concat(a.Synonyms).Select(Title).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    if (phrases.Add(phrase))
                    {
                        Aliases.Add($"{phrase}\t{target}\t{sector}\timported from {where}");
                    }
                }

                continue;
            }

            var id = Slug(a.Name);
            if (!ids.Add(id))
            {
                Skipped.Add($"{where}: {a.Name}: person '{id}' is already in the knowledge base");
                continue;
            }

            var country = codes.Select(c => c.Code![..Math.Min(3, c.Code!.Length)]).LastOrDefault(c => kb.State(c) is not null) ?? string.Empty;
            var variants = a.Synonyms.Select(Title).Where(s => !string.Equals(s, Title(a.Name), StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase);
            People.Add($"{id}\t{Title(a.Name)}\t{string.Join('|', variants)}\t\t\t{country}\timported from {where}");
            foreach (var c in codes)
            {
                Codes.Add($"{id}\t{c.Code}\t{Iso(c.From)}\t{Iso(c.To)}\timported from {where}");
            }
        }
    }

    private static string Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>"VLADIMIR PUTIN" → "Vladimir Putin"; words of two letters or fewer without vowels stay upper case ("UN").</summary>
    public static string Title(string upper)
    {
        var words = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w =>
            w.Length <= 3 && !w.Any(c => "AEIOU".Contains(c, StringComparison.Ordinal)) ? w : w[..1] + w[1..].ToLowerInvariant());
        return string.Join(' ', words);
    }

    private static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }
}
