using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Detente.Core.Model;

namespace Detente.Nlp.Events.Evaluation;

/// <summary>
/// The PETRARCH-2 validation sentences with their gold CAMEO events and provided UD parses, scored on
/// (source country, target country, CAMEO root).
/// </summary>
public sealed partial class GsrValidationSet
{
    private GsrValidationSet(IReadOnlyList<GsrRecord> records) => Records = records;

    /// <summary>The records in file order.</summary>
    public IReadOnlyList<GsrRecord> Records { get; }

    /// <summary>Loads PETR2_GSR_validation.jsonl (gold) and PETR2_GSR_validation.xml (parses) from <paramref name="directory"/>.</summary>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    public static GsrValidationSet Load(string directory)
    {
        var xmlPath = Path.Combine(directory, "PETR2_GSR_validation.xml");
        var jsonPath = Path.Combine(directory, "PETR2_GSR_validation.jsonl");
        var xml = File.ReadAllText(xmlPath);
        var parses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in SentenceWithParse().Matches(xml))
        {
            parses[m.Groups["id"].Value] = m.Groups["parse"].Value;
        }

        var records = new List<GsrRecord>();
        foreach (var line in File.ReadLines(jsonPath))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var date = ParseDate(root.GetProperty("date").GetString());
            var gold = new HashSet<(string, string, string)>();
            foreach (var e in root.GetProperty("events").EnumerateArray())
            {
                if (e.TryGetProperty("code", out var code))
                {
                    gold.Add((Country(e.GetProperty("source").GetString()), Country(e.GetProperty("target").GetString()), code.GetString()![..2]));
                }
            }

            if (parses.TryGetValue(id, out var parse))
            {
                records.Add(new GsrRecord(id, date, parse, gold));
            }
        }

        return new GsrValidationSet(records);
    }

    /// <summary>Codes every record and scores (source country, target country, root) against the gold events.</summary>
    public EventScore Score(EventCoder coder, PetrarchActorDictionary actors, Action<GsrRecord, Document, IReadOnlySet<(string, string, string)>>? each = null)
    {
        var total = default(EventScore);
        foreach (var r in Records)
        {
            var doc = actors.FindMentions(ConlluDocument.Build(r.Id, [r.Parse], r.Date));
            var predicted = new HashSet<(string, string, string)>();
            foreach (var e in coder.Code(doc))
            {
                if (e.Target?.Actor?.Code is { } t && e.Source.Actor?.Code is { } s && e.Modality is not (Modality.Negated or Modality.Denied))
                {
                    predicted.Add((Country(s), Country(t), e.Cameo[..2]));
                }
            }

            each?.Invoke(r, doc, predicted);
            total += EventScore.Of(predicted, r.Gold);
        }

        return total;
    }

    /// <summary>Parses a PETRARCH record date (yyyyMMdd or yyMMdd); null when absent or malformed.</summary>
    public static DateOnly? ParseDate(string? s) =>
        DateOnly.TryParseExact(s, ["yyyyMMdd", "yyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Country(string? code) => code is null ? string.Empty : code.Length >= 3 ? code[..3] : code;

    [GeneratedRegex("<Sentence [^>]*id=\"(?<id>[^\"]+)\".*?<Parse>\\s*(?<parse>.*?)</Parse>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex SentenceWithParse();
}
