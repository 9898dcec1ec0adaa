using System.Text.Json;
using Detente.Core.Model;

namespace Detente.Nlp.Events.Evaluation;

/// <summary>
/// The PETRARCH-2 unit-test records (invented actors): a record is right when the set of (source code, target code,
/// CAMEO code) coded from it equals the expected set exactly, with the toy actor dictionary of the suite.
/// </summary>
public sealed class PetrarchUnitTestSet
{
    private readonly List<(string Id, DateOnly? Date, string Text, HashSet<(string, string, string)> Gold)> _records = [];

    /// <summary>Number of records.</summary>
    public int Count => _records.Count;

    /// <summary>Loads PETR.UnitTest.records.jsonl.</summary>
    public static PetrarchUnitTestSet Load(string path)
    {
        var set = new PetrarchUnitTestSet();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            var gold = new HashSet<(string, string, string)>();
            foreach (var e in r.GetProperty("events").EnumerateArray())
            {
                if (e.TryGetProperty("code", out var code))
                {
                    gold.Add((e.GetProperty("source").GetString() ?? string.Empty, e.GetProperty("target").GetString() ?? string.Empty, code.GetString()!));
                }
            }

            set._records.Add((r.GetProperty("id").GetString()!, GsrValidationSet.ParseDate(r.GetProperty("date").GetString()), r.GetProperty("text").GetString()!, gold));
        }

        return set;
    }

    /// <summary>Codes every record and returns how many came out exactly right, and the event-level score.</summary>
    public (int Exact, EventScore Events) Run(EventCoder coder, Func<Article, Document> analyze, PetrarchActorDictionary actors)
    {
        int exact = 0;
        var total = default(EventScore);
        foreach (var (id, date, text, gold) in _records)
        {
            var doc = actors.FindMentions(analyze(new Article(id, text, Published: date)));
            var predicted = new HashSet<(string, string, string)>();
            foreach (var e in coder.Code(doc))
            {
                if (e.Target?.Actor?.Code is { } t && e.Source.Actor?.Code is { } s && e.Modality is not (Modality.Negated or Modality.Denied))
                {
                    predicted.Add((s, t, e.Cameo));
                }
            }

            exact += predicted.SetEquals(gold) ? 1 : 0;
            total += EventScore.Of(predicted, gold);
        }

        return (exact, total);
    }
}
