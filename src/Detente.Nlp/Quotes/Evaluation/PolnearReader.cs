using System.Collections.Immutable;
using System.Globalization;
using Detente.Core.Model;

namespace Detente.Nlp.Quotes.Evaluation;

/// <summary>
/// Reads PolNeAR brat files: <c>text/NAME.txt</c> and <c>attributions/NAME_ANNOTATOR.ann</c>, where T lines are
/// Source / Cue / Content spans (pieces joined by ';') and E lines link them into attributions. When an article
/// has several annotators' files, the first in name order is used.
/// </summary>
public static class PolnearReader
{
    /// <summary>Reads every annotated article under <paramref name="directory"/> (a split folder, or a folder of splits).</summary>
    /// <exception cref="DirectoryNotFoundException">No <c>attributions</c> folder was found.</exception>
    public static List<AnnotatedArticle> Read(string directory)
    {
        var splits = Directory.Exists(Path.Combine(directory, "attributions"))
            ? [directory]
            : Directory.GetDirectories(directory).Where(d => Directory.Exists(Path.Combine(d, "attributions"))).Order(StringComparer.Ordinal).ToList();
        if (splits.Count == 0)
        {
            throw new DirectoryNotFoundException($"{directory}: no 'attributions' folder (expected a PolNeAR split such as polnear/dev, or polnear/ itself)");
        }

        var result = new List<AnnotatedArticle>();
        foreach (var split in splits)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var ann in Directory.GetFiles(Path.Combine(split, "attributions"), "*.ann").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(ann);
                int cut = name.LastIndexOf('_');
                var article = cut > 0 ? name[..cut] : name;
                var textPath = Path.Combine(split, "text", article + ".txt");
                if (!seen.Add(article) || !File.Exists(textPath))
                {
                    continue;
                }

                result.Add(new AnnotatedArticle(article, File.ReadAllText(textPath), Parse(File.ReadAllLines(ann), ann)));
            }
        }

        return result;
    }

    /// <summary>Parses the lines of one .ann file.</summary>
    /// <exception cref="InvalidDataException">A span line is malformed.</exception>
    public static ImmutableArray<GoldAttribution> Parse(IEnumerable<string> lines, string name)
    {
        var spans = new Dictionary<string, ImmutableArray<TextRange>>(StringComparer.Ordinal);
        var events = new List<string>();
        foreach (var line in lines)
        {
            var cols = line.Split('\t');
            if (cols.Length >= 2 && cols[0].StartsWith('T'))
            {
                var head = cols[1];
                int space = head.IndexOf(' ', StringComparison.Ordinal);
                if (space < 0)
                {
                    throw new InvalidDataException($"{name}: span line without offsets: '{line}'");
                }

                var pieces = head[(space + 1)..].Split(';').Select(p =>
                {
                    var se = p.Split(' ');
                    return new TextRange(int.Parse(se[0], CultureInfo.InvariantCulture), int.Parse(se[1], CultureInfo.InvariantCulture));
                }).ToImmutableArray();
                spans[cols[0]] = pieces;
            }
            else if (cols.Length >= 2 && cols[0].StartsWith('E'))
            {
                events.Add(cols[1]);
            }
        }

        var result = ImmutableArray.CreateBuilder<GoldAttribution>();
        foreach (var e in events)
        {
            ImmutableArray<TextRange> source = [], cue = [], content = [];
            foreach (var part in e.Split(' ').Skip(1))
            {
                int colon = part.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(part[(colon + 1)..], out var r))
                {
                    continue;
                }

                switch (part[..colon])
                {
                    case "Source": source = r; break;
                    case "Cue": cue = r; break;
                    case "Content": content = r; break;
                }
            }

            if (!cue.IsEmpty && !content.IsEmpty)
            {
                result.Add(new GoldAttribution(source, cue, content));
            }
        }

        return result.ToImmutable();
    }
}
