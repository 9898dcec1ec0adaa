using System.Globalization;
using System.Text.Json;

namespace Detente.Nlp.Events.Evaluation;

/// <summary>Readers for the labelled event sets: PLOVER gold records, PLV rows and cameo-class rows.</summary>
public static class LabelledSets
{
    /// <summary>PLOVER gold records (JSON array); the DOCUMENT header is skipped and labels are mapped to current types.</summary>
    public static IReadOnlyList<LabelledSentence> PloverGold(string path, PloverLabels labels)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var list = new List<LabelledSentence>();
        foreach (var r in json.RootElement.EnumerateArray())
        {
            var type = r.GetProperty("event").GetString() ?? string.Empty;
            if (type == "DOCUMENT" || !r.TryGetProperty("text", out var text))
            {
                continue;
            }

            DateOnly? date = r.TryGetProperty("date", out var d) && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dd) ? dd : null;
            var current = labels.Current(type);
            list.Add(new LabelledSentence(r.GetProperty("id").GetString()!, text.GetString()!, date, Actors(r, "source"), Actors(r, "target"), current, labels.ClassOf(current)));
        }

        return list;
    }

    /// <summary>PLV rows (tab-separated with a header): sentence, marked source and target, gold root and class.</summary>
    public static IReadOnlyList<LabelledSentence> Plv(string path)
    {
        var list = new List<LabelledSentence>();
        foreach (var col in Rows(path))
        {
            int? quad = int.TryParse(col("gold_penta"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var q) ? q : null;
            list.Add(new LabelledSentence("plv" + col("sentence_id") + "/" + list.Count.ToString(CultureInfo.InvariantCulture), col("sentence"), null,
                [col("source")], [col("target")], col("gold_root"), quad));
        }

        return list;
    }

    /// <summary>
    /// AW rows (tab-separated with a header): sentence, marked source and target ("Role:" prefixes dropped) and a binary
    /// label, 1 conflict (classes 3 and 4) or 0 cooperation (classes 1 and 2).
    /// </summary>
    public static IReadOnlyList<LabelledSentence> Aw(string path)
    {
        var list = new List<LabelledSentence>();
        foreach (var col in Rows(path))
        {
            var conflict = col("gold_binary").Trim() == "1";
            list.Add(new LabelledSentence("aw" + col("uid") + "/" + list.Count.ToString(CultureInfo.InvariantCulture), col("sentence"), null,
                [Unrole(col("source"))], [Unrole(col("target"))], null, null) { AllowedClasses = conflict ? [3, 4] : [1, 2] });
        }

        return list;
    }

    private static string Unrole(string phrase) => phrase.IndexOf(':', StringComparison.Ordinal) is var c and > 0 ? phrase[(c + 1)..] : phrase;

    private static IEnumerable<Func<string, string>> Rows(string path)
    {
        string[]? header = null;
        foreach (var line in File.ReadLines(path))
        {
            var f = line.TrimEnd('\r').Split('\t');
            if (header is null)
            {
                header = f;
                continue;
            }

            var h = header;
            yield return name =>
            {
                int i = Array.IndexOf(h, name);
                return i >= 0 && i < f.Length ? f[i] : string.Empty;
            };
        }
    }

    /// <summary>cameo-class rows: sentence TAB class (0 statement .. 4 material conflict).</summary>
    public static IReadOnlyList<LabelledSentence> CameoClass(string path)
    {
        var list = new List<LabelledSentence>();
        foreach (var line in File.ReadLines(path))
        {
            int tab = line.LastIndexOf('\t');
            if (tab < 0 || !int.TryParse(line.AsSpan(tab + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var label))
            {
                continue;
            }

            list.Add(new LabelledSentence("row" + list.Count.ToString(CultureInfo.InvariantCulture), line[..tab], null, [], [], null, label));
        }

        return list;
    }

    private static string[] Actors(JsonElement r, string field)
    {
        if (!r.TryGetProperty(field, out var arr) || arr.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. arr.EnumerateArray().Select(a => a.TryGetProperty("actorText", out var t) ? t.GetString() ?? string.Empty : string.Empty).Where(t => t.Length > 0)];
    }
}
